"""The plugin API of Commons, version `PLUGIN_API_VERSION`: all a provider plugin imports.

Names here keep their meaning within a major version; a new minor version only adds. A
plugin states the version it was written against in its `Plugin(api_version="1.0", ...)`,
and Commons refuses to start with a plugin of another major version (docs/plugins.md).
"""

from __future__ import annotations

from providers.base import (
    CredentialCounter,
    IdentityProvider,
    InvalidCredentials,
    LinkedIdentity,
    ProviderKind,
    ProviderUnavailable,
    RedirectProvider,
    RefreshingProvider,
    RevokingProvider,
    TokenSet,
    UsernameSuggester,
    VerifiedIdentity,
)
from providers.http import HttpClient, SessionClient
from providers.oauth2 import ExternalProfile, OAuth2Provider
from providers.plugins import (
    NAME_PATTERN,
    PLUGIN_API_VERSION,
    IncompatiblePlugin,
    Plugin,
    PluginSettings,
)

__all__ = [
    "NAME_PATTERN",
    "PLUGIN_API_VERSION",
    "CredentialCounter",
    "ExternalProfile",
    "HttpClient",
    "IdentityProvider",
    "IncompatiblePlugin",
    "InvalidCredentials",
    "LinkedIdentity",
    "OAuth2Provider",
    "Plugin",
    "PluginSettings",
    "ProviderKind",
    "ProviderUnavailable",
    "RedirectProvider",
    "RefreshingProvider",
    "RevokingProvider",
    "SessionClient",
    "TokenSet",
    "UsernameSuggester",
    "VerifiedIdentity",
]
