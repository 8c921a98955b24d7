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

    Raised with a message alone, it names the service "provider". `endpoint` (a path, never
    a query) and `status` say where it failed; the core logs them, never personal data."""

    def __init__(
        self,
        detail: str = "unavailable",
        service: str = "provider",
        *,
        endpoint: str | None = None,
        status: int | None = None,
    ) -> None:
        super().__init__(service, detail)
        self.endpoint = endpoint
        self.status = status


@dataclass(frozen=True, slots=True)
class VerifiedIdentity:
    """What a provider proved.

    `user_id` is set by providers that sign in to an existing local account (password, codes).
    External providers set `subject` (stable id at the provider, never the renamable login
    nor an e-mail address) and what the person's profile there says; the core finds or
    creates the local account. `email` is passed on only with `email_verified=True` when the
    provider itself verified the address; the core uses no other address for anything.
    """

    provider: str
    subject: str
    user_id: int | None = None
    login: str | None = None
    nickname: str | None = None
    avatar_url: str | None = None
    email: str | None = None
    email_verified: bool = False
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


@dataclass(frozen=True, slots=True)
class LinkedIdentity:
    """A bound identity as the core hands it back to its provider (`revoke`)."""

    provider: str
    subject: str
    access_token: str | None = None
    refresh_token: str | None = None


@runtime_checkable
class RevokingProvider(Protocol):
    """A provider that can withdraw the grant it gave us. The core calls `revoke` when the
    identity is unbound and when the account is erased; failures are logged, never fatal."""

    async def revoke(self, identity: LinkedIdentity) -> None: ...


@runtime_checkable
class UsernameSuggester(Protocol):
    """A provider that knows what a new account's user name should look like. The core
    still sanitises the suggestion and de-duplicates it; None means "no idea"."""

    def suggest_username(self, identity: VerifiedIdentity) -> str | None: ...


@runtime_checkable
class CredentialCounter(Protocol):
    """How many working first-factor credentials of this provider an account has.

    The core sums this over all providers to refuse removing the last way to sign in.
    """

    async def active_credentials(self, user_id: int) -> int: ...


ProviderFactory = Callable[[Settings, HttpClient], IdentityProvider | None]
"""How a built-in provider is made: from the core's Settings and an `HttpClient` (the
outbound client bound to this provider: timeout, retries and failure logs included); None
while it is not configured. Plugins declare a `providers.plugins.Plugin` instead."""
