"""TOTP second factor: enrolment, recovery codes, and the ticket between the two sign-in steps.

The TOTP secret is encrypted with a key derived from SECRET_KEY, so a database dump alone does
not let anyone generate codes. Recovery codes and tickets are high-entropy, so a SHA-256 of
each is enough to store; recovery codes thus outlive a change of SECRET_KEY, which makes
the TOTP secret unreadable, and let the person back in to enrol again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

import pyotp
from cryptography.fernet import Fernet, InvalidToken
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from models.annotations import Purpose
from models.identity.mfa import MfaTicket, RecoveryCode, TotpFactor
from models.identity.sessions import Session
from models.identity.users import User, UserStatus
from services.delivery.mail import Mail, queue_mail
from services.identity import audit, lockout
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.recent_auth import require_recent_authentication
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

ISSUER = "Commons"
RECOVERY_CODE_COUNT = 10
TICKET_LIFETIME = timedelta(minutes=5)
TICKET_MAX_ATTEMPTS = 5


def _derived_key(settings: Settings, label: str) -> bytes:
    return hmac.new(settings.secret_key.encode(), label.encode(), hashlib.sha256).digest()


def _fernet(settings: Settings) -> Fernet:
    return Fernet(base64.urlsafe_b64encode(_derived_key(settings, "commons/totp-secret/v1")))


def _digest(label: str, value: str) -> str:
    # Unkeyed on purpose: the values carry 80+ random bits, and recovery codes must keep
    # working when SECRET_KEY changes (which makes the encrypted TOTP secret unreadable).
    return hashlib.sha256(f"{label}\x1f{value}".encode()).hexdigest()


def _normalise_recovery_code(code: str) -> str:
    return code.strip().lower().replace("-", "").replace(" ", "")


def _secret_of(settings: Settings, factor: TotpFactor) -> str | None:
    try:
        return _fernet(settings).decrypt(factor.secret_encrypted.encode()).decode()
    except InvalidToken:
        # SECRET_KEY changed since enrolment: the factor can no longer be checked.
        return None


def _matching_step(secret: str, code: str) -> int | None:
    """The 30-second step `code` belongs to, allowing one step of clock drift either way."""
    code = code.strip().replace(" ", "")
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    current = totp.timecode(clock.now())
    for step in (current - 1, current, current + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


async def _accept_totp(settings: Settings, factor: TotpFactor, code: str) -> bool:
    """True when `code` is right and its step is newer than the last one accepted."""
    secret = _secret_of(settings, factor)
    step = _matching_step(secret, code) if secret else None
    if step is None:
        return False
    # The conditional update is the replay guard: a step is accepted at most once, even racing.
    won = (
        await TotpFactor.filter(id=factor.id)
        .filter(Q(last_used_step__isnull=True) | Q(last_used_step__lt=step))
        .update(last_used_step=step)
    )
    return won == 1


async def _enabled_factor(user_id: int) -> TotpFactor | None:
    return await TotpFactor.get_or_none(user_id=user_id, confirmed_at__not_isnull=True)


async def is_enabled(user_id: int) -> bool:
    return await TotpFactor.exists(user_id=user_id, confirmed_at__not_isnull=True)


async def recovery_codes_left(user_id: int) -> int:
    return await RecoveryCode.filter(user_id=user_id, used_at=None).count()


async def verify_second_factor(
    svc: Services,
    user_id: int,
    client: ClientInfo,
    totp_code: str | None = None,
    recovery_code: str | None = None,
) -> bool:
    """Check one second factor of an account with TOTP enabled; a recovery code is spent."""
    factor = await _enabled_factor(user_id)
    if factor is None:
        return False
    if totp_code is not None:
        return await _accept_totp(svc.settings, factor, totp_code)
    if recovery_code is None:
        return False
    digest = _digest("recovery", _normalise_recovery_code(recovery_code))
    used = await RecoveryCode.filter(user_id=user_id, code_digest=digest, used_at=None).update(
        used_at=clock.now()
    )
    if used == 1:
        await audit.record(user_id, SecurityEventKind.RECOVERY_CODE_USED, client)
    return used == 1


@dataclass(frozen=True, slots=True)
class Enrolment:
    secret: str
    otpauth_uri: str


async def enrol(svc: Services, session: Session) -> Enrolment:
    """Start enrolment: a new secret, not yet in force until `confirm` sees a first code."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    user: User = session.user
    if await is_enabled(user.id):
        raise DomainError(
            ErrorCode.MFA_ALREADY_ENABLED, "Two-step sign-in is already on. Turn it off first."
        )
    secret = pyotp.random_base32()
    encrypted = _fernet(svc.settings).encrypt(secret.encode()).decode()
    async with in_transaction():
        await TotpFactor.filter(user_id=user.id).delete()
        await TotpFactor.create(user_id=user.id, secret_encrypted=encrypted)
    uri = pyotp.TOTP(secret).provisioning_uri(name=user.username, issuer_name=ISSUER)
    return Enrolment(secret, uri)


def _new_recovery_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(10)).decode().lower()  # 16 chars, 80 bits
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:12]}-{raw[12:]}"


async def confirm(svc: Services, session: Session, code: str, client: ClientInfo) -> list[str]:
    """Turn TOTP on with a first code; returns the recovery codes, shown this once."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    factor = await TotpFactor.get_or_none(user_id=session.user_id, confirmed_at=None)
    if factor is None:
        raise DomainError(ErrorCode.MFA_NOT_ENABLED, "Start enrolment first.", ["code"])
    if not await _accept_totp(svc.settings, factor, code):
        raise DomainError(ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["code"])
    async with in_transaction():
        await TotpFactor.filter(id=factor.id).update(confirmed_at=clock.now())
        codes = await _replace_recovery_codes(session.user_id)
    await audit.record(session.user_id, SecurityEventKind.MFA_ENABLED, client)
    return codes


async def _replace_recovery_codes(user_id: int) -> list[str]:
    """A fresh set of recovery codes; every earlier one, used or not, stops working.

    Call inside a transaction, so a failure never leaves the account without codes.
    """
    codes = [_new_recovery_code() for _ in range(RECOVERY_CODE_COUNT)]
    await RecoveryCode.filter(user_id=user_id).delete()
    await RecoveryCode.bulk_create(
        [
            RecoveryCode(
                user_id=user_id, code_digest=_digest("recovery", _normalise_recovery_code(c))
            )
            for c in codes
        ]
    )
    return codes


async def regenerate_recovery_codes(
    svc: Services, session: Session, client: ClientInfo
) -> list[str]:
    """Replace all recovery codes (say, after some were used or seen); shown this once.

    Needs a recent re-authentication: whoever finds an open session must not be able to
    take the owner's way back in, nor learn codes that work without the authenticator.
    """
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    async with in_transaction():
        # Checked inside the transaction so a concurrent disableTotp cannot leave orphan codes.
        if not await is_enabled(session.user_id):
            raise DomainError(ErrorCode.MFA_NOT_ENABLED, "Two-step sign-in is not on.")
        codes = await _replace_recovery_codes(session.user_id)
    await audit.record(session.user_id, SecurityEventKind.RECOVERY_CODES_REGENERATED, client)
    return codes


async def disable(svc: Services, session: Session, client: ClientInfo) -> None:
    """Turn TOTP off; only right after the person proved who they are again."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    if not await is_enabled(session.user_id):
        raise DomainError(ErrorCode.MFA_NOT_ENABLED, "Two-step sign-in is not on.")
    async with in_transaction():
        await TotpFactor.filter(user_id=session.user_id).delete()
        await RecoveryCode.filter(user_id=session.user_id).delete()
    await audit.record(session.user_id, SecurityEventKind.MFA_DISABLED, client)
    user: User = session.user
    if user.email:
        # If this was not them, the person learns it from somewhere a thief does not control.
        await queue_mail(
            svc.queue,
            Mail(
                user.email,
                "Two-step sign-in was turned off",
                "Two-step sign-in for your Commons account was just turned off. If that was "
                "not you, reset your password and turn it on again.",
            ),
            purpose=Purpose.SECURITY,
        )


async def issue_ticket(svc: Services, user: User, kind: SecurityEventKind) -> str:
    """The first factor passed: a short-lived, single-use ticket for the second step."""
    ticket = secrets.token_urlsafe(32)
    await MfaTicket.create(
        user_id=user.id,
        ticket_hash=_digest("ticket", ticket),
        event_kind=kind.value,
        expires_at=clock.now() + TICKET_LIFETIME,
    )
    return ticket


_DEAD_TICKET = "This sign-in has expired. Start again."


async def redeem_ticket(
    svc: Services,
    ticket: str,
    client: ClientInfo,
    totp_code: str | None,
    recovery_code: str | None,
) -> tuple[User, SecurityEventKind]:
    """Check the second factor against a ticket; spend the ticket when it passes."""
    now = clock.now()
    row = await MfaTicket.get_or_none(
        ticket_hash=_digest("ticket", ticket), used_at=None, expires_at__gt=now
    ).select_related("user")
    if row is None or row.attempts >= TICKET_MAX_ATTEMPTS:
        raise DomainError(ErrorCode.INVALID_TICKET, _DEAD_TICKET, ["ticket"])
    if row.user.status is not UserStatus.ACTIVE:
        raise DomainError(ErrorCode.INVALID_TICKET, _DEAD_TICKET, ["ticket"])
    # Each attempt is counted before the code is checked, on the ticket and per account
    # across tickets: racing guesses cannot all pass a check made while the count was low,
    # and whoever has the password cannot get fresh tickets to keep guessing.
    claimed = await MfaTicket.filter(
        id=row.id, used_at=None, attempts__lt=TICKET_MAX_ATTEMPTS
    ).update(attempts=F("attempts") + 1)
    if claimed != 1:
        raise DomainError(ErrorCode.INVALID_TICKET, _DEAD_TICKET, ["ticket"])
    subject = f"second-factor:{row.user_id}"
    await lockout.claim_attempt(svc.counter, svc.settings, subject, ["ticket"])
    if not await verify_second_factor(svc, row.user_id, client, totp_code, recovery_code):
        await lockout.after_failure(svc.counter, svc.settings, subject)
        await audit.record(row.user_id, SecurityEventKind.LOGIN_FAILED, client)
        field = ["secondFactor", "totpCode" if totp_code is not None else "recoveryCode"]
        raise DomainError(ErrorCode.INVALID_CODE, "The code is wrong or was already used.", field)
    await lockout.record_success(svc.counter, subject)
    won = await MfaTicket.filter(id=row.id, used_at=None).update(used_at=now)
    if won != 1:
        raise DomainError(ErrorCode.INVALID_TICKET, _DEAD_TICKET, ["ticket"])
    return row.user, SecurityEventKind(row.event_kind)
