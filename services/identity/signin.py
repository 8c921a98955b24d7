"""The last step of every sign-in, whichever provider proved the person: one place for the
checks and the session, so providers never start sessions themselves."""

from __future__ import annotations

from dataclasses import dataclass

from models.identity.users import User
from services.identity import audit, mfa
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.sessions import NewSession
from services.kernel import limits
from services.kernel.client import ClientInfo


@dataclass(frozen=True, slots=True)
class SignInResult:
    user: User
    session: NewSession | None
    # Set instead of a session when the account has a second factor to check first.
    mfa_ticket: str | None = None


async def finish_sign_in(
    svc: Services, user: User, client: ClientInfo, kind: SecurityEventKind
) -> SignInResult:
    """Start a session for `user`, who has just proved who they are; record the event.

    With two-step sign-in on, no session yet: a ticket for `complete_sign_in` instead."""
    if await mfa.is_enabled(user.id):
        return SignInResult(user, None, await mfa.issue_ticket(svc, user, kind))
    await audit.record(user.id, kind, client)
    return SignInResult(user, await svc.sessions.start(user, client))


async def complete_sign_in(
    svc: Services,
    ticket: str,
    client: ClientInfo,
    totp_code: str | None = None,
    recovery_code: str | None = None,
) -> SignInResult:
    """The second step: a TOTP or recovery code against the ticket from the first."""
    settings = svc.settings
    # Per client address, as for logIn; each ticket also allows only a few tries.
    await limits.enforce(
        svc.counter,
        f"mfa-ip:{client.limit_key}",
        settings.login_max_failures_per_address,
        settings.login_failure_window_seconds,
        ["ticket"],
    )
    user, kind = await mfa.redeem_ticket(svc, ticket, client, totp_code, recovery_code)
    await audit.record(user.id, kind, client)
    return SignInResult(user, await svc.sessions.start(user, client))
