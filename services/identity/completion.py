"""The "complete your account" step after a sign-up through any outside provider.

An outside provider proves an identity, not an age. An account it creates is PENDING: no
session, nothing processed but the account, until the person gives their date of birth,
their guardian where the statement's §9 asks for one, and their consents, as sign-up by
e-mail asks. A child's account then waits for the guardian like any other.

The ticket between the two steps is signed with SECRET_KEY and names the account; it is
single use because completing moves the account out of PENDING.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.transactions import in_transaction

from models.identity.users import User, UserStatus
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity import guardians
from services.identity.audit import SecurityEventKind
from services.identity.container import Services
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

TICKET_LIFETIME = timedelta(minutes=30)
# Unfinished accounts are deleted after this long (the identity is unbound with them).
INCOMPLETE_ACCOUNT_DAYS = 7


def _signature(settings: Settings, body: str) -> str:
    key = settings.secret_key.encode()
    return hmac.new(key, b"account-completion\x1f" + body.encode(), hashlib.sha256).hexdigest()


def issue_ticket(settings: Settings, user: User) -> str:
    expires = int((clock.now() + TICKET_LIFETIME).timestamp())
    body = f"{user.public_id}.{expires}"
    return f"{body}.{_signature(settings, body)}"


def _ticket_subject(settings: Settings, ticket: str) -> str | None:
    body, _, signature = ticket.rpartition(".")
    public_id, _, expires = body.partition(".")
    if not hmac.compare_digest(signature.encode(), _signature(settings, body).encode()):
        return None
    if not expires.isdigit() or int(expires) < clock.now().timestamp():
        return None
    return public_id


def needs_completion(svc: Services, user: User) -> SignInResult:
    """What a sign-in answers for a PENDING account: a ticket for `complete_account`."""
    return SignInResult(user, None, completion_ticket=issue_ticket(svc.settings, user))


@dataclass(frozen=True, slots=True)
class Completion:
    ticket: str
    date_of_birth: date
    consents: tuple[ConsentPurpose, ...] = ()
    guardian_email: str | None = None
    guardian_phone: str | None = None


_DEAD = "This sign-up has expired or was completed already. Sign in again."


async def _pending_user(settings: Settings, ticket: str) -> User:
    subject = _ticket_subject(settings, ticket) if len(ticket) <= 200 else None
    user = await User.get_or_none(public_id=subject, status=UserStatus.PENDING) if subject else None
    if user is None:
        raise DomainError(ErrorCode.INVALID_TICKET, _DEAD, ["ticket"])
    return user


async def complete_account(
    svc: Services, completion: Completion, client: ClientInfo
) -> SignInResult:
    """Record age, guardian and consents; an adult's account becomes active and signs in."""
    user = await _pending_user(svc.settings, completion.ticket)
    guardian = guardians.check_sign_up(
        svc.settings,
        completion.date_of_birth,
        completion.guardian_email,
        completion.guardian_phone,
    )
    status = UserStatus.DEACTIVATED if guardian else UserStatus.ACTIVE
    async with in_transaction():
        # Conditional: of two racing completions only one moves the account on.
        won = await User.filter(id=user.id, status=UserStatus.PENDING).update(status=status)
        if won != 1:
            raise DomainError(ErrorCode.INVALID_TICKET, _DEAD, ["ticket"])
        await guardians.record(user, completion.date_of_birth, guardian)
        if guardian is None:  # a child cannot consent; the guardian will
            await consent.record_sign_up(user.id, completion.consents, client)
    user.status = status
    if guardian is not None:
        await guardians.ask_guardian(svc, user, guardian)
        return SignInResult(user, None)
    return await finish_sign_in(svc, user, client, SecurityEventKind.SIGNED_UP)


async def purge_incomplete() -> int:
    """Delete accounts left PENDING for `INCOMPLETE_ACCOUNT_DAYS`. Returns how many."""
    cutoff = clock.now() - timedelta(days=INCOMPLETE_ACCOUNT_DAYS)
    return await User.filter(status=UserStatus.PENDING, created_at__lt=cutoff).delete()
