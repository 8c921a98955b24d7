"""Tokens of outside identities, encrypted at rest; and asking providers to revoke grants.

Access and refresh tokens are stored as Fernet tokens under a key derived from SECRET_KEY,
the scheme of the TOTP secrets (services/identity/mfa.py) with its own label, so a database
dump alone does not let anyone act at a provider in a member's name. A token that no longer
decrypts (SECRET_KEY changed) reads as absent: the person signs in again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable

import structlog
from cryptography.fernet import Fernet, InvalidToken

from models.identity.identities import ExternalIdentity
from models.identity.users import User
from providers.base import LinkedIdentity, RevokingProvider
from providers.http import ServiceUnavailable
from providers.registry import OutboundClients, ProviderRegistry, build_registry, log_unavailable
from settings import Settings

log = structlog.get_logger(__name__)
LABEL = "commons/provider-tokens/v1"


def _fernet(settings: Settings) -> Fernet:
    key = hmac.new(settings.secret_key.encode(), LABEL.encode(), hashlib.sha256).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(settings: Settings, token: str | None) -> str | None:
    return None if token is None else _fernet(settings).encrypt(token.encode()).decode()


def unseal(settings: Settings, stored: str | None) -> str | None:
    if stored is None:
        return None
    try:
        return _fernet(settings).decrypt(stored.encode()).decode()
    except InvalidToken:
        return None


async def revoke(settings: Settings, providers: ProviderRegistry, bound: ExternalIdentity) -> None:
    """Ask the provider to withdraw its grant; an outage is logged, never fatal."""
    provider = providers.get(bound.provider)
    if not isinstance(provider, RevokingProvider):
        return
    linked = LinkedIdentity(
        provider=bound.provider,
        subject=bound.subject,
        access_token=unseal(settings, bound.access_token),
        refresh_token=unseal(settings, bound.refresh_token),
    )
    try:
        await provider.revoke(linked)
    except ServiceUnavailable as exc:
        log_unavailable(bound.provider, exc)
    except Exception as exc:  # a plugin's bug must not stop an unbind or an erasure
        log.warning("revoking a grant failed", provider=bound.provider, error=type(exc).__name__)


class RevokeGrants:
    """Erasure hook: every bound identity's grant is revoked before the account is erased.

    The providers are built on the first erasure, not when a job context opens: a command
    that erases nothing does not depend on the installed plugins."""

    name = "provider_grants"

    def __init__(self, settings: Settings, providers: Callable[[], ProviderRegistry]) -> None:
        self.settings = settings
        self._make_providers = providers
        self._providers: ProviderRegistry | None = None

    async def erase(self, user: User) -> None:
        bound = await ExternalIdentity.filter(user_id=user.id)
        if not bound:
            return
        if self._providers is None:
            self._providers = self._make_providers()
        for identity in bound:
            await revoke(self.settings, self._providers, identity)


def provider_grant_hooks(settings: Settings, outbound: OutboundClients) -> list[RevokeGrants]:
    """The erasure hook, over the outside providers this deployment has configured."""
    return [RevokeGrants(settings, lambda: build_registry(settings, outbound, []))]
