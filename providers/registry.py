"""The enabled identity providers: built-ins listed here once, plugins found by entry point.

A plugin package declares, in its pyproject.toml::

    [project.entry-points."commons.identity_providers"]
    campus = "commons_campus:plugin"

naming a `commons.plugin_api.Plugin` (see `providers/plugins.py`). At start the registry
checks each plugin's API version and name (a broken plugin stops the start with a clear
error), reads its settings (environment and `.env`, with its own prefix) and builds it; a
plugin left unconfigured or half configured stays disabled and the log says why.
`PROVIDER_PLUGINS` (comma-separated names) limits which installed plugins are considered.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from importlib.metadata import EntryPoint, entry_points
from typing import Any, Protocol

import structlog

from providers import gitee
from providers.base import IdentityProvider, ProviderFactory, RedirectProvider
from providers.http import HttpClient, ServiceUnavailable
from providers.plugins import NAME_PATTERN, Plugin, check_api_version
from settings import Settings

ENTRY_POINT_GROUP = "commons.identity_providers"

log = structlog.get_logger(__name__)

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
            if not NAME_PATTERN.fullmatch(provider.name):
                raise RuntimeError(
                    f"identity provider name {provider.name!r} is not a short lowercase id "
                    f"(letters, digits, '-' or '_', starting with a letter)"
                )
            self._providers[provider.name] = provider

    def __iter__(self) -> Iterator[IdentityProvider]:
        return iter(self._providers.values())

    def get(self, name: str) -> IdentityProvider | None:
        return self._providers.get(name)

    def redirecting(self, name: str) -> IdentityProvider | None:
        """The provider `name` if it starts with a redirect (OAuth2, OIDC)."""
        provider = self._providers.get(name)
        return provider if isinstance(provider, RedirectProvider) else None


def installed_plugins(only: Iterable[str] | None = None) -> list[Plugin[Any]]:
    """Installed plugins by entry-point name, checked; a broken plugin stops the start."""
    wanted = None if only is None else set(only)
    entries = sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name)
    for missing in sorted((wanted or set()) - {entry.name for entry in entries}):
        log.warning("identity provider plugin not installed", provider=missing)
    return [load_plugin(e) for e in entries if wanted is None or e.name in wanted]


def load_plugin(entry: EntryPoint) -> Plugin[Any]:
    """The entry point's `Plugin`, refused when its name or API version does not fit."""
    try:
        plugin = entry.load()
    except Exception as exc:
        raise RuntimeError(f"identity provider plugin {entry.name!r} failed to load") from exc
    if not isinstance(plugin, Plugin):
        raise RuntimeError(
            f"identity provider plugin {entry.name!r} names {entry.value}, which is not a "
            f"commons.plugin_api.Plugin"
        )
    check_api_version(entry.name, plugin.api_version)
    if not NAME_PATTERN.fullmatch(entry.name) or plugin.name != entry.name:
        raise RuntimeError(
            f"identity provider plugin {entry.name!r}: the entry-point name must be a short "
            f"lowercase id equal to the plugin's name ({plugin.name!r})"
        )
    return plugin


def build_plugin(
    plugin: Plugin[Any], http: HttpClient, env_file: str | None = ".env"
) -> IdentityProvider | None:
    """The plugin's provider, or None (logged) while its settings are missing or incomplete."""
    config = plugin.read_settings(env_file)
    if isinstance(config, str):
        level = log.info if config.startswith("not configured") else log.warning
        level("identity provider disabled", provider=plugin.name, reason=config)
        return None
    provider = plugin.build(config, http)
    if provider.name != plugin.name:
        raise RuntimeError(
            f"identity provider plugin {plugin.name!r} built a provider named "
            f"{provider.name!r}: the names must be equal"
        )
    return provider


class OutboundClients(Protocol):
    """What the composition root hands in: a client bound to each outside service."""

    def for_service(self, service: str, *, gated: bool = True) -> HttpClient: ...


def build_registry(
    settings: Settings,
    outbound: OutboundClients,
    core: Iterable[IdentityProvider],
    *,
    env_file: str | None = ".env",
) -> ProviderRegistry:
    """Core providers, then configured built-ins, then configured plugins.

    A provider's client applies the timeout, retry and logging rule but not the consent gate:
    signing in sends a provider nothing but the code it issued itself, to a service the
    person chose to go to. (Gitee stays in the recipients register for what it gives us.)"""
    enabled = list(core)
    for name, factory in BUILTIN_FACTORIES.items():
        provider = factory(settings, outbound.for_service(name.upper(), gated=False))
        if provider is not None:
            enabled.append(provider)
    for plugin in installed_plugins(settings.provider_plugin_names):
        client = outbound.for_service(plugin.name.upper(), gated=False)
        provider = build_plugin(plugin, client, env_file)
        if provider is not None:
            enabled.append(provider)
    return ProviderRegistry(enabled)


def log_unavailable(provider: str, exc: ServiceUnavailable) -> None:
    """One line per provider outage: provider, endpoint, status; no query, no personal data."""
    log.warning(
        "identity provider unavailable",
        provider=provider,
        endpoint=getattr(exc, "endpoint", None),
        status=getattr(exc, "status", None),
        detail=exc.detail,
    )
