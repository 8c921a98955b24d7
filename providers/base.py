"""The protocols an identity provider implements. Plugin authors start here (docs/plugins.md).

A provider is one class with a `name`. It proves who someone is and nothing more: rate
limits, lockout, enumeration protection, linking rules, sessions and audit events are the
core's business. Optional capabilities are separate small protocols, checked with
`isinstance` at run time.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol, runtime_checkable

from providers.http import HttpClient, ServiceUnavailable
from settings import Settings


class ProviderKind(StrEnum):
    PASSWORD = "PASSWORD"
    CODE = "CODE"
    OAUTH = "OAUTH"


class InvalidCredentials(Exception):
    """The credentials prove nothing. Providers raise this one exception for every kind of miss,
    so the core can answer known and unknown accounts alike."""


class ProviderUnavailable(ServiceUnavailable):
    """The outside service behind a provider failed (timeout, 5xx). Not the person's fault.

    Raised with a message alone, it names the service "provider"."""

    def __init__(self, detail: str = "unavailable", service: str = "provider") -> None:
        super().__init__(service, detail)


@dataclass(frozen=True, slots=True)
class VerifiedIdentity:
    """What a provider proved.

    `user_id` is set by providers that sign in to an existing local account (password, codes).
    External providers set `subject` (stable id at the provider) and what the person's
    profile there says; the core finds or creates the local account.
    """

    provider: str
    subject: str
    user_id: int | None = None
    login: str | None = None
    nickname: str | None = None
    avatar_url: str | None = None
    email: str | None = None
    access_token: str | None = None
    refresh_token: str | None = None
    expires_in: int | None = None
    extra: Mapping[str, str] = field(default_factory=dict)


@runtime_checkable
class IdentityProvider(Protocol):
    """Proves who someone is from the credentials a sign-in form sent.

    Example::

        class Shibboleth:
            name = "shibboleth"
            kind = ProviderKind.OAUTH
            display_name = "Campus login"

            async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity:
                ...  # raise InvalidCredentials on any miss

    A provider that sends codes may also declare `channels = ("EMAIL", "SMS")`, which
    `authProviders` shows. Registration: `providers/registry.py` and docs/plugins.md.
    """

    name: str
    kind: ProviderKind
    display_name: str

    async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity: ...


@runtime_checkable
class RedirectProvider(Protocol):
    """A provider whose sign-in starts by sending the browser elsewhere (OAuth2, OIDC)."""

    async def authorize_url(self, redirect_uri: str, state: str) -> str: ...


@dataclass(frozen=True, slots=True)
class TokenSet:
    """Fresh tokens from an OAuth2 token endpoint."""

    access_token: str
    refresh_token: str | None = None
    expires_in: int | None = None


@runtime_checkable
class RefreshingProvider(Protocol):
    """A provider whose access tokens expire and can be renewed with a refresh token."""

    async def refresh(self, refresh_token: str) -> TokenSet:
        """New tokens; raises InvalidCredentials when the refresh token is no longer good."""
        ...


@runtime_checkable
class CredentialCounter(Protocol):
    """How many working first-factor credentials of this provider an account has.

    The core sums this over all providers to refuse removing the last way to sign in.
    """

    async def active_credentials(self, user_id: int) -> int: ...


ProviderFactory = Callable[[Settings, HttpClient], IdentityProvider | None]
"""What an entry point of the group `commons.identity_providers` names.

It receives the Settings and an `HttpClient` (the outbound client bound to this provider:
timeout, retries and failure logs included) and returns the provider,
or None when the provider is not configured (so it stays disabled). Example::

    def make_provider(settings, http):
        config = provider_environment("CAMPUS_")  # CAMPUS_CLIENT_ID, ... from the environment
        if "client_id" not in config:
            return None
        return CampusProvider(http, config)
"""
