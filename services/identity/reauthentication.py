"""`reauthenticate`: prove again who you are, so the next minutes allow sensitive changes."""

from __future__ import annotations

from dataclasses import dataclass

from models.identity.sessions import Session
from models.identity.users import User
from services.identity import audit, mfa
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodePurpose
from services.identity.contact import address_of, notify
from services.identity.container import Services
from services.identity.recent_auth import require_recent_authentication
from services.kernel import clock, limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode


@dataclass(frozen=True, slots=True)
class Proof:
    """Exactly one of these is set (the GraphQL input is a @oneOf)."""

    password: str | None = None
    totp_code: str | None = None
    recovery_code: str | None = None
    # A REAUTHENTICATE code sent to the account's own address on this channel.
    code: str | None = None
    code_channel: Channel | None = None


async def send_reauthentication_code(svc: Services, session: Session, channel: Channel) -> None:
    """Send a code to the account's own e-mail address or phone, for accounts without a
    password (e.g. created through Gitee) or people who prefer it."""
    user: User = session.user
    address = address_of(user, channel)
    if address is None:
        raise DomainError(
            ErrorCode.INVALID, "This account has no address on that channel.", ["channel"]
        )
    issued = await svc.codes.issue(channel, address, CodePurpose.REAUTHENTICATE)
    text = (
        f"Your Commons code to confirm it is you is {issued.code}. "
        f"It is valid for {svc.settings.code_ttl_minutes} minutes."
    )
    await notify(svc.queue, channel, address, "Confirm it is you", text)


async def reauthenticate(svc: Services, session: Session, proof: Proof, client: ClientInfo) -> None:
    """Refresh the session's `authenticated_at` when the proof holds."""
    settings = svc.settings
    field = ["password" if proof.password is not None else "totpCode"]
    if proof.recovery_code is not None:
        field = ["recoveryCode"]
    if proof.code is not None:
        field = ["code", "code"]
    # Failures count per account, as for logIn: a stolen session cannot guess the password.
    key = f"reauth-fail:{session.user_id}"
    if await svc.counter.count(key) >= settings.login_max_failures_per_account:
        raise await limits.rate_limited(svc.counter, key, "Too many failed attempts.", field)
    user: User = session.user
    if proof.password is not None:
        ok = await svc.passwords.verify_user(user, proof.password)
    elif proof.code is not None and proof.code_channel is not None:
        address = address_of(user, proof.code_channel)
        ok = address is not None and await svc.codes.consume(
            proof.code_channel, address, CodePurpose.REAUTHENTICATE, proof.code
        )
    else:
        ok = await mfa.verify_second_factor(
            svc, user.id, client, proof.totp_code, proof.recovery_code
        )
    if not ok:
        await svc.counter.hit(key, settings.login_failure_window_seconds)
        raise DomainError(ErrorCode.INVALID_CREDENTIALS, "That did not match.", field)
    await svc.counter.reset(key)
    now = clock.now()
    await Session.filter(id=session.id).update(authenticated_at=now)
    session.authenticated_at = now
    await audit.record(user.id, SecurityEventKind.REAUTHENTICATED, client)


async def revoke_other_sessions(svc: Services, session: Session, client: ClientInfo) -> int:
    """Sign out everywhere else, e.g. after changing a factor. Needs a recent proof."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    await limits.enforce(svc.counter, f"revoke-others:{session.user_id}", 30, 3600, [])
    revoked = await svc.sessions.revoke_all_except(session.user_id, session.id)
    await audit.record(session.user_id, SecurityEventKind.OTHER_SESSIONS_REVOKED, client)
    return revoked
