"""How a package outside the core declares an identity provider (`commons.plugin_api`).

A plugin's entry point in the group `commons.identity_providers` names a `Plugin`: its name
(equal to the entry-point name and to the provider's `name`), the plugin API version it was
written against, its settings class and a function that builds the provider::

    class CampusSettings(PluginSettings):
        client_id: str
        client_secret: str
        issuer: str

    plugin = Plugin(
        name="campus",
        api_version="1.0",  # the version you wrote against: a literal, not the constant
        settings=CampusSettings,  # read from CAMPUS_* in the environment and .env
        build=lambda config, http: CampusProvider(http, config.issuer, ...),
    )

The registry refuses to start with a plugin whose major version differs from
`PLUGIN_API_VERSION` or that needs a newer minor version, and leaves a plugin whose settings
are missing or incomplete disabled, saying why in the log.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from pydantic import ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from providers.base import IdentityProvider
from providers.http import HttpClient

PLUGIN_API_VERSION = "1.0"
"""Major.minor of `commons.plugin_api`. A new minor adds; a new major breaks plugins."""

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")
"""A provider's name: a short lowercase id (`logIn`, `startOAuth`, `authProviders` use it)."""


class IncompatiblePlugin(RuntimeError):
    """A plugin written against a plugin API this Commons does not offer. Stops the start."""


class PluginSettings(BaseSettings):
    """A plugin's own settings, read from the environment and `.env` alike.

    Each variable carries the plugin's prefix: the name in capitals, `-` as `_`, then `_`
    (`oidc-example` reads `OIDC_EXAMPLE_CLIENT_ID` into `client_id`). Fields without a
    default are required: while any is missing the plugin stays disabled."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)


S = TypeVar("S", bound=PluginSettings)


def env_prefix(name: str) -> str:
    return f"{name.upper().replace('-', '_')}_"


@dataclass(frozen=True)
class Plugin(Generic[S]):
    """What a plugin's entry point names (see the module documentation)."""

    name: str
    api_version: str
    settings: type[S]
    build: Callable[[S, HttpClient], IdentityProvider]
    # "module:attribute" of a callable returning the plugin's contract scenario
    # (`commons.plugin_kit.Scenario`), for `commons providers check`. Imported only there.
    scenario: str | None = None

    @property
    def env_prefix(self) -> str:
        return env_prefix(self.name)

    def read_settings(self, env_file: str | None = ".env") -> S | str:
        """The plugin's settings, or why it stays disabled (names of fields, never values)."""
        try:
            return self.settings(_env_prefix=self.env_prefix, _env_file=env_file)
        except ValidationError as exc:
            return _why_disabled(self, exc)


def _why_disabled(plugin: Plugin[Any], exc: ValidationError) -> str:
    required = [n for n, f in plugin.settings.model_fields.items() if f.is_required()]
    missing = [str(e["loc"][0]) for e in exc.errors() if e["type"] == "missing" and e["loc"]]
    invalid = [str(e["loc"][0]) for e in exc.errors() if e["type"] != "missing" and e["loc"]]
    names = ", ".join(f"{plugin.env_prefix}{field.upper()}" for field in missing + invalid)
    if not invalid and set(missing) == set(required):
        return f"not configured (set {names})"
    if invalid:
        return f"incomplete configuration: invalid {names}"
    return f"incomplete configuration: missing {names}"


def check_api_version(plugin_name: str, wanted: str) -> None:
    """Refuse a plugin written for another major version or a newer minor version."""
    have_major, have_minor = _version(PLUGIN_API_VERSION)
    try:
        major, minor = _version(wanted)
    except ValueError:
        raise IncompatiblePlugin(
            f"identity provider plugin {plugin_name!r} declares plugin API version {wanted!r}; "
            f"expected MAJOR.MINOR such as {PLUGIN_API_VERSION!r}"
        ) from None
    if major != have_major or minor > have_minor:
        raise IncompatiblePlugin(
            f"identity provider plugin {plugin_name!r} was written for plugin API {wanted}, "
            f"but this Commons offers {PLUGIN_API_VERSION}: upgrade the plugin or Commons "
            f"(majors must match, and the plugin may not need a newer minor)"
        )


def _version(text: str) -> tuple[int, int]:
    major, _, minor = text.partition(".")
    return int(major), int(minor or "0")
