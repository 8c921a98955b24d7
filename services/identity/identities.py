"""Sign-in with outside identities (Gitee, plugins), binding and unbinding them.

The rules live here, not in providers: identities are keyed by (provider, subject) and never
matched by e-mail; an unbound identity creates a new account; binding and unbinding need a
recent sign-in; the last way to sign in, counted across every provider, cannot be removed.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.identity.identities import ExternalIdentity
from models.identity.sessions import Session
from models.identity.users import Profile, User, UserStatus
from providers.base import (
    CredentialCounter,
    InvalidCredentials,
    ProviderUnavailable,
    RedirectProvider,
    RefreshingProvider,
    VerifiedIdentity,
)
from providers.http import ServiceUnavailable
from providers.registry import log_unavailable
from services.identity import audit, oauth_state
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.identifiers import USERNAME_PATTERN
from services.identity.provider_tokens import revoke, seal, unseal
from services.identity.provider_usernames import username_base
from services.identity.recent_auth import require_recent_authentication
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode

# Renew a little before the provider would refuse the token.
REFRESH_MARGIN = timedelta(minutes=1)


async def start_oauth(
    svc: Services, provider_name: str, redirect_uri: str
) -> tuple[str, oauth_state.StartedFlow]:
    """The provider's authorize URL and the flow whose cookie binds it to this browser."""
    provider = svc.providers.redirecting(provider_name)
    if not isinstance(provider, RedirectProvider):
        raise DomainError(ErrorCode.UNKNOWN_PROVIDER, "No such sign-in provider.", ["provider"])
    oauth_state.check_redirect_uri(svc.settings, redirect_uri, ["redirectUri"])
    flow = oauth_state.start_flow(svc.settings, provider_name, redirect_uri)
    url = await provider.authorize_url(redirect_uri, flow.state)
    if getattr(provider, "supports_pkce", False):
        url = oauth_state.with_pkce(url, flow.code_challenge)
    return url, flow


async def _verified(
    svc: Services, provider_name: str, code: str, state: str, cookie: str | None
) -> VerifiedIdentity:
    field = ["oauth"]
    provider = svc.providers.redirecting(provider_name)
    if provider is None:
        raise DomainError(
            ErrorCode.UNKNOWN_PROVIDER, "No such sign-in provider.", [*field, "provider"]
        )
    redirect_uri = oauth_state.finish_flow(
        svc.settings, provider_name, state, cookie, [*field, "state"]
    )
    await oauth_state.spend_state(svc.counter, svc.settings, state, [*field, "state"])
    credentials = {"code": code, "redirect_uri": redirect_uri}
    verifier = oauth_state.code_verifier(cookie)
    if getattr(provider, "supports_pkce", False) and verifier:
        credentials["code_verifier"] = verifier
    try:
        return await provider.authenticate(credentials)
    except InvalidCredentials:
        raise DomainError(
            ErrorCode.INVALID_CREDENTIALS,
            f"{provider.display_name} did not confirm the sign-in. Start again.",
            [*field, "code"],
        ) from None
    except ServiceUnavailable as exc:  # ProviderUnavailable, or a plugin's bare outage
        log_unavailable(provider_name, exc)
        raise DomainError(
            ErrorCode.PROVIDER_UNAVAILABLE,
            f"{provider.display_name} cannot be reached right now. Try again later.",
            field,
        ) from None


def _bounded(value: str | None, limit: int) -> str | None:
    return value if value is None or len(value) <= limit else None


def _identity_fields(svc: Services, identity: VerifiedIdentity) -> dict[str, Any]:
    """Exactly what the privacy statement lists (§1a.3), plus the tokens to keep access
    (encrypted: services/identity/provider_tokens.py)."""
    expires_at = (
        clock.now() + timedelta(seconds=identity.expires_in) if identity.expires_in else None
    )
    return {
        "login": _bounded(identity.login, 255),
        "nickname": _bounded(identity.nickname, 255),
        "avatar_url": _bounded(identity.avatar_url, 512),
        "email": _bounded(identity.email, 254),
        "email_verified": identity.email_verified and identity.email is not None,
        "access_token": seal(svc.settings, identity.access_token),
        "refresh_token": seal(svc.settings, identity.refresh_token),
        "token_expires_at": expires_at,
    }


async def _refresh_record(
    svc: Services, bound: ExternalIdentity, identity: VerifiedIdentity
) -> None:
    fields = _identity_fields(svc, identity)
    for name, value in fields.items():
        setattr(bound, name, value)
    await bound.save(update_fields=list(fields))


def username_candidates(base: str) -> list[str]:
    """`base`, then `base-2` ... `base-9`, then random suffixes; each within the rule."""
    suffixes = [f"-{n}" for n in range(2, 10)]
    suffixes += [f"-{secrets.token_hex(3)}" for _ in range(5)]
    found = [base]
    for suffix in suffixes:
        stem = re.sub(r"[_-]+$", "", base[: 20 - len(suffix)])
        found.append(f"{stem}{suffix}")
    return [c for c in found if USERNAME_PATTERN.fullmatch(c)]


async def _create_account(
    svc: Services, identity: VerifiedIdentity, status: UserStatus = UserStatus.ACTIVE
) -> User:
    """A new account for an unbound identity; its user name comes from the outside profile."""
    base = username_base(svc.providers.get(identity.provider), identity)
    for candidate in username_candidates(base):
        if await User.exists(username_key=candidate.lower()):
            continue
        try:
            async with in_transaction():
                user = await User.create(
                    username=candidate, username_key=candidate.lower(), status=status
                )
                await Profile.create(user=user)
                await ExternalIdentity.create(
                    user=user,
                    provider=identity.provider,
                    subject=identity.subject,
                    **_identity_fields(svc, identity),
                )
            return user
        except IntegrityError:
            # Either the name was taken meanwhile, or a racing request bound this identity.
            raced = await ExternalIdentity.get_or_none(
                provider=identity.provider, subject=identity.subject
            ).select_related("user")
            if raced is not None:
                return raced.user
    raise DomainError(
        ErrorCode.USERNAME_TAKEN, "No free user name could be derived. Try again.", ["oauth"]
    )


def _require_recent(svc: Services, session: Session, field: Sequence[str]) -> None:
    require_recent_authentication(session, svc.settings.reauthentication_minutes, field)


async def link_identity(
    svc: Services,
    session: Session,
    provider_name: str,
    code: str,
    state: str,
    cookie: str | None,
    client: ClientInfo,
) -> ExternalIdentity:
    """Bind an outside identity to the signed-in account. Never by e-mail: by proof only."""
    _require_recent(svc, session, ["oauth"])
    identity = await _verified(svc, provider_name, code, state, cookie)
    user_id = session.user_id
    taken = DomainError(
        ErrorCode.IDENTITY_TAKEN,
        "This account is already bound to another Commons account. Sign in with it and "
        "unbind it there first.",
        ["oauth"],
    )
    existing = await ExternalIdentity.get_or_none(
        provider=identity.provider, subject=identity.subject
    )
    if existing is not None and existing.user_id != user_id:
        raise taken
    if existing is not None:
        await _refresh_record(svc, existing, identity)
        return existing
    if await ExternalIdentity.exists(user_id=user_id, provider=identity.provider):
        raise DomainError(
            ErrorCode.ALREADY_LINKED,
            "Another account of this provider is bound already. Unbind it first.",
            ["oauth", "provider"],
        )
    try:
        linked = await ExternalIdentity.create(
            user_id=user_id,
            provider=identity.provider,
            subject=identity.subject,
            **_identity_fields(svc, identity),
        )
    except IntegrityError:
        raise taken from None
    await audit.record(user_id, SecurityEventKind.IDENTITY_LINKED, client)
    return linked


async def sign_in_methods(svc: Services, user_id: int) -> int:
    """Working first-factor credentials of the account, summed over every enabled provider."""
    total = 0
    for provider in svc.providers:
        if isinstance(provider, CredentialCounter):
            total += await provider.active_credentials(user_id)
        elif isinstance(provider, RedirectProvider):
            # A plugin that does not count for itself: its bound identities count.
            total += await ExternalIdentity.filter(user_id=user_id, provider=provider.name).count()
    return total


async def unlink_identity(
    svc: Services, session: Session, provider_name: str, client: ClientInfo
) -> None:
    _require_recent(svc, session, ["provider"])
    user_id = session.user_id
    async with in_transaction():
        # Lock the account row so two racing unbinds cannot both leave "one more" method.
        await User.select_for_update().get(id=user_id)
        identity = await ExternalIdentity.get_or_none(user_id=user_id, provider=provider_name)
        if identity is None:
            raise DomainError(
                ErrorCode.NOT_FOUND, "No identity of this provider is bound.", ["provider"]
            )
        counted = 1 if svc.providers.get(provider_name) is not None else 0
        if await sign_in_methods(svc, user_id) - counted < 1:
            raise DomainError(
                ErrorCode.LAST_SIGN_IN_METHOD,
                "This is your only way to sign in. Set a password or add an address first.",
                ["provider"],
            )
        await identity.delete()
    await revoke(svc.settings, svc.providers, identity)
    await audit.record(user_id, SecurityEventKind.IDENTITY_UNLINKED, client)


async def identities_of(user_id: int) -> list[ExternalIdentity]:
    return await ExternalIdentity.filter(user_id=user_id).order_by("linked_at", "id")


async def fresh_access_token(svc: Services, identity: ExternalIdentity) -> str | None:
    """A usable access token for the identity, renewed with the refresh token when expired.

    None when the provider no longer accepts the refresh token: the person signs in again.
    """
    expires_at: datetime | None = identity.token_expires_at
    if expires_at is None or expires_at - REFRESH_MARGIN > clock.now():
        return unseal(svc.settings, identity.access_token)
    provider = svc.providers.get(identity.provider)
    refresh_token = unseal(svc.settings, identity.refresh_token)
    if not refresh_token or not isinstance(provider, RefreshingProvider):
        return None
    try:
        tokens = await provider.refresh(refresh_token)
    except ProviderUnavailable as exc:
        log_unavailable(identity.provider, exc)
        raise
    except InvalidCredentials:
        identity.access_token = identity.refresh_token = None
        identity.token_expires_at = None
        await identity.save(update_fields=["access_token", "refresh_token", "token_expires_at"])
        return None
    identity.access_token = seal(svc.settings, tokens.access_token)
    if tokens.refresh_token:
        identity.refresh_token = seal(svc.settings, tokens.refresh_token)
    identity.token_expires_at = (
        clock.now() + timedelta(seconds=tokens.expires_in) if tokens.expires_in else None
    )
    await identity.save(update_fields=["access_token", "refresh_token", "token_expires_at"])
    return tokens.access_token
