"""The enabled identity providers: built-ins listed here once, plugins found by entry point.

A plugin package declares, in its pyproject.toml::

    [project.entry-points."commons.identity_providers"]
    campus = "commons_campus:make_provider"

and its factory (see `providers.base.ProviderFactory`) returns a provider or None.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping
from importlib.metadata import entry_points
from typing import Protocol

from providers import gitee
from providers.base import IdentityProvider, ProviderFactory, RedirectProvider
from providers.http import HttpClient
from settings import Settings

ENTRY_POINT_GROUP = "commons.identity_providers"

# Built-in providers that are enabled by settings. Password and code sign-in are always on
# and are handed in by the composition root, which owns their collaborators.
BUILTIN_FACTORIES: dict[str, ProviderFactory] = {"gitee": gitee.from_settings}


class ProviderRegistry:
    """Enabled providers by name, in a stable order (built-ins first, then plugins)."""

    def __init__(self, providers: Iterable[IdentityProvider] = ()) -> None:
        self._providers: dict[str, IdentityProvider] = {}
        for provider in providers:
            if provider.name in self._providers:
                raise RuntimeError(f"two identity providers are named {provider.name!r}")
            self._providers[provider.name] = provider

    def __iter__(self) -> Iterator[IdentityProvider]:
        return iter(self._providers.values())

    def get(self, name: str) -> IdentityProvider | None:
        return self._providers.get(name)

    def redirecting(self, name: str) -> IdentityProvider | None:
        """The provider `name` if it starts with a redirect (OAuth2, OIDC)."""
        provider = self._providers.get(name)
        return provider if isinstance(provider, RedirectProvider) else None


def plugin_factories() -> list[tuple[str, ProviderFactory]]:
    """Factories of installed plugins, by entry-point name; a broken plugin stops the start."""
    found: list[tuple[str, ProviderFactory]] = []
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        try:
            found.append((entry.name, entry.load()))
        except Exception as exc:
            raise RuntimeError(f"identity provider plugin {entry.name!r} failed to load") from exc
    return found


class OutboundClients(Protocol):
    """What the composition root hands in: a client bound to each outside service."""

    def for_service(self, service: str, *, gated: bool = True) -> HttpClient: ...


def build_registry(
    settings: Settings, outbound: OutboundClients, core: Iterable[IdentityProvider]
) -> ProviderRegistry:
    """Core providers, then configured built-ins, then configured plugins.

    A provider's client applies the timeout, retry and logging rule but not the consent gate:
    signing in sends a provider nothing but the code it issued itself, to a service the
    person chose to go to. (Gitee stays in the recipients register for what it gives us.)"""
    enabled = list(core)
    factories = [*BUILTIN_FACTORIES.items(), *plugin_factories()]
    for name, factory in factories:
        client = outbound.for_service(name.upper(), gated=False)
        enabled.extend(_built(factory, settings, client))
    return ProviderRegistry(enabled)


def _built(
    factory: ProviderFactory, settings: Settings, http: HttpClient
) -> list[IdentityProvider]:
    provider = factory(settings, http)
    return [] if provider is None else [provider]


def provider_environment(prefix: str, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """A plugin's own settings: `PREFIX_CLIENT_ID=x` becomes `{"client_id": "x"}`."""
    source = os.environ if environ is None else environ
    prefix = prefix.upper()
    return {
        key[len(prefix) :].lower(): value
        for key, value in source.items()
        if key.upper().startswith(prefix) and len(key) > len(prefix)
    }
