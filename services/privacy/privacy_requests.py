"""Data-subject requests (statement §6): submission, identity, deadlines, the officer's queue.

States: RECEIVED → VERIFIED → IN_PROGRESS → (EXTENDED) → COMPLETED | REFUSED, and WITHDRAWN
by the requester. Every step appends a `PrivacyRequestEvent`; nothing is ever rewritten.
The answer is due one calendar month after receipt; one extension of at most two further
months is allowed, before the due date, with reasons the requester is told.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from tortoise.transactions import in_transaction

from models.annotations import Purpose
from models.identity.sessions import Session
from models.identity.users import User, UserStatus
from models.privacy.privacy_requests import (
    CLOSED_STATES,
    PrivacyRequest,
    PrivacyRequestEvent,
    RequestKind,
    RequestState,
)
from services.delivery.mail import Mail, deliver, queue_mail
from services.identity.codes import Channel, CodePurpose, IssuedCode
from services.identity.contact import notify
from services.identity.container import Services
from services.identity.recent_auth import is_recent, require_recent_authentication
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

MAX_DETAILS = 4000
MAX_EXTENSION_MONTHS = 2
Send = Callable[[Mail], Awaitable[None]]


def due_date(received_at: datetime) -> datetime:
    """One calendar month later; 31 January + 1 month is the last day of February."""
    return received_at + relativedelta(months=1)


def queued(svc: Services) -> Send:
    # Answering a person's own request is allowed even under restriction (GDPR art. 18(2)).
    return lambda mail: queue_mail(svc.queue, mail, purpose=Purpose.OPERATIONS)


def direct(settings: Settings) -> Send:
    return lambda mail: deliver(settings, mail)


async def tell(send: Send, user: User, subject: str, body: str) -> None:
    """Mail the requester. Phone-only accounts see the state in `me { privacyRequests }`."""
    if user.email:
        await send(Mail(user.email, subject, body))


async def record(
    request: PrivacyRequest,
    action: str,
    actor: str,
    actor_user_id: int | None = None,
    note: str | None = None,
) -> None:
    await PrivacyRequestEvent.create(
        request_id=request.id,
        action=action,
        state=request.state,
        actor=actor,
        actor_user_id=actor_user_id,
        note=note,
    )


async def move(
    request: PrivacyRequest,
    state: RequestState,
    action: str,
    actor: str,
    actor_user_id: int | None = None,
    note: str | None = None,
    **changes: object,
) -> None:
    """Change state and append the event in one transaction: never one without the other."""
    async with in_transaction():
        request.state = state
        for name, value in changes.items():
            setattr(request, name, value)
        await request.save(update_fields=["state", *changes])
        await record(request, action, actor, actor_user_id, note)


@dataclass(frozen=True, slots=True)
class Submitted:
    request: PrivacyRequest
    code_sent: bool


async def submit(
    svc: Services,
    session: Session,
    kind: RequestKind,
    details: str | None,
    purpose: Purpose | None,
) -> Submitted:
    """Receive a request. A recent sign-in verifies it at once; otherwise a code is sent."""
    user: User = session.user
    details = (details or "").strip() or None
    if details and len(details) > MAX_DETAILS:
        raise DomainError(ErrorCode.TOO_LONG, f"At most {MAX_DETAILS} characters.", ["details"])
    if kind is RequestKind.OBJECTION and purpose is None:
        raise DomainError(ErrorCode.REQUIRED, "Name the purpose you object to.", ["purpose"])
    recent = is_recent(session, svc.settings.reauthentication_minutes)
    # The code is issued first: if that is refused (too soon after another) nothing is stored.
    code = None if recent else await _issue_code(svc, user)
    now = clock.now()
    async with in_transaction():
        request = await PrivacyRequest.create(
            user_id=user.id,
            kind=kind,
            state=RequestState.RECEIVED,
            details=details,
            purpose=purpose.value if purpose and kind is RequestKind.OBJECTION else None,
            received_at=now,
            due_at=due_date(now),
        )
        await record(request, "received", "requester", user.id)
    if code is None:
        await _verified(svc, request, user, "recent sign-in")
        return Submitted(request, code_sent=False)
    await _send_code(svc, code)
    return Submitted(request, code_sent=True)


def _address(user: User) -> tuple[Channel, str]:
    channel, target = (Channel.EMAIL, user.email) if user.email else (Channel.SMS, user.phone)
    assert target is not None, "an account has an e-mail address or a phone number"
    return channel, target


async def _issue_code(svc: Services, user: User) -> IssuedCode:
    channel, target = _address(user)
    return await svc.codes.issue(channel, target, CodePurpose.PRIVACY_REQUEST)


async def _send_code(svc: Services, issued: IssuedCode) -> None:
    text = (
        f"Your code to confirm your privacy request is {issued.code}. "
        f"It is valid for {svc.settings.code_ttl_minutes} minutes."
    )
    await notify(svc.queue, issued.channel, issued.target, "Confirm your privacy request", text)


async def _own(user: User, request_id: int) -> PrivacyRequest:
    request = await PrivacyRequest.get_or_none(id=request_id, user_id=user.id)
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such request.", ["id"])
    return request


async def verify(svc: Services, user: User, request_id: int, code: str) -> PrivacyRequest:
    """Confirm a RECEIVED request with the code sent to the account's address."""
    request = await _own(user, request_id)
    if request.state is not RequestState.RECEIVED:
        raise DomainError(ErrorCode.INVALID_STATE, "This request needs no code.", ["id"])
    channel, target = _address(user)
    if not await svc.codes.consume(channel, target, CodePurpose.PRIVACY_REQUEST, code):
        raise DomainError(ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["code"])
    await _verified(svc, request, user, "code")
    return request


async def _verified(svc: Services, request: PrivacyRequest, user: User, how: str) -> None:
    now = clock.now()
    await move(
        request, RequestState.VERIFIED, "verified", "requester", user.id, how, verified_at=now
    )
    if request.kind is RequestKind.ACCESS:
        await move(request, RequestState.IN_PROGRESS, "export_started", "system")
        await svc.queue.enqueue("build_privacy_export", request_id=request.id)
    elif request.kind is RequestKind.ERASURE:
        await begin_erasure(svc, request, user)


async def begin_erasure(svc: Services, request: PrivacyRequest, user: User) -> None:
    """Deactivate at once and sign out everywhere; the purge erases after the grace period."""
    erase_after = clock.now() + timedelta(days=svc.settings.erasure_grace_days)
    async with in_transaction():
        await User.filter(id=user.id).update(status=UserStatus.DEACTIVATED)
        await svc.sessions.revoke_all_except(user.id, None)
        await move(
            request,
            RequestState.IN_PROGRESS,
            "deactivated",
            "system",
            note=f"account deactivated, sessions revoked; erasure after {erase_after:%Y-%m-%d}",
            erase_after=erase_after,
        )
    await tell(
        queued(svc),
        user,
        "Your account is deactivated and will be erased",
        "We received your request to erase your Commons account. It is deactivated and all "
        f"sessions are signed out. Your personal data will be erased by {erase_after:%Y-%m-%d}.",
    )


async def delete_account(svc: Services, session: Session, reason: str | None) -> PrivacyRequest:
    """`deleteAccount`: an erasure request verified by a sign-in within the last 10 minutes."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    user: User = session.user
    now = clock.now()
    async with in_transaction():
        request = await PrivacyRequest.create(
            user_id=user.id,
            kind=RequestKind.ERASURE,
            state=RequestState.RECEIVED,
            details=(reason or "").strip()[:MAX_DETAILS] or None,
            received_at=now,
            due_at=due_date(now),
        )
        await record(request, "received", "requester", user.id, "deleteAccount")
    await _verified(svc, request, user, "recent sign-in")
    return request


async def withdraw(user: User, request_id: int) -> PrivacyRequest:
    request = await _own(user, request_id)
    if request.state in CLOSED_STATES or (
        request.kind is RequestKind.ERASURE and (request.state is RequestState.IN_PROGRESS)
    ):
        raise DomainError(ErrorCode.INVALID_STATE, "This request can no longer be withdrawn.")
    await move(
        request, RequestState.WITHDRAWN, "withdrawn", "requester", user.id, closed_at=clock.now()
    )
    return request


async def complete_by_system(request: PrivacyRequest, note: str) -> None:
    await move(
        request, RequestState.COMPLETED, "completed", "system", note=note, closed_at=clock.now()
    )
