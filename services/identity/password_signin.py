"""Password sign-in, sign-out and revoking a session.

Lockout counts per resolved account, so every spelling of one phone number or e-mail address
shares one budget; a failure is recorded against that account, so its owner sees it among
their security events.
"""

from __future__ import annotations

from models.identity.sessions import Session
from models.identity.users import User, UserStatus, find_by_identifier, identifier_key
from providers.base import InvalidCredentials
from services.identity import audit, lockout
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.recent_auth import require_recent_authentication
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode


def lockout_subject(identifier: str, account: User | None) -> str:
    """The account when the identifier names one, else the identifier in normal form."""
    if account is not None:
        return f"account:{account.id}"
    key = identifier_key(identifier)
    return f"{key[0]}:{key[1]}" if key else f"raw:{identifier.strip().lower()[:256]}"


async def log_in_with_password(
    svc: Services, identifier: str, password: str, client: ClientInfo
) -> SignInResult:
    """Known and unknown accounts get the same answer after the same amount of work."""
    settings = svc.settings
    field = ["password"]
    await limits.enforce(
        svc.counter,
        f"login-ip:{client.limit_key}",
        settings.login_max_failures_per_address,
        settings.login_failure_window_seconds,
        field,
    )
    account = await find_by_identifier(identifier)
    subject = lockout_subject(identifier, account)
    await lockout.claim_attempt(svc.counter, settings, subject, field)
    try:
        identity = await svc.passwords.authenticate(
            {"identifier": identifier, "password": password}
        )
        # The account looked up above is the one the provider verified: no second read.
        same = account is not None and account.id == identity.user_id
        user = account if same and account is not None else await User.get(id=identity.user_id)
        if user.status is not UserStatus.ACTIVE:
            raise InvalidCredentials
    except InvalidCredentials:
        await lockout.after_failure(svc.counter, settings, subject)
        await audit.record(account.id if account else None, SecurityEventKind.LOGIN_FAILED, client)
        raise DomainError(
            ErrorCode.INVALID_CREDENTIALS, "The identifier or password is wrong.", field
        ) from None
    await lockout.record_success(svc.counter, subject)
    return await finish_sign_in(svc, user, client, SecurityEventKind.LOGIN_SUCCEEDED)


async def log_out(svc: Services, session: Session, client: ClientInfo) -> None:
    await svc.sessions.revoke(session.id, session.user_id)
    await audit.record(session.user_id, SecurityEventKind.LOGGED_OUT, client)


async def revoke_session(
    svc: Services, session: Session, session_id: int, client: ClientInfo
) -> None:
    """Signing out another session needs a recent sign-in: a stolen old session must not be
    able to sign the owner out and stay in."""
    if session_id != session.id:
        require_recent_authentication(session, svc.settings.reauthentication_minutes)
    if not await svc.sessions.revoke(session_id, session.user_id):
        raise DomainError(ErrorCode.NOT_FOUND, "No such session.", ["id"])
    await audit.record(session.user_id, SecurityEventKind.SESSION_REVOKED, client)
