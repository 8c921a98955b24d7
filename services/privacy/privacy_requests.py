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
from models.identity.roles import Role
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
from services.gate import processing_limits
from services.identity import roles
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


async def _move(
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
    await _move(
        request, RequestState.VERIFIED, "verified", "requester", user.id, how, verified_at=now
    )
    if request.kind is RequestKind.ACCESS:
        await _move(request, RequestState.IN_PROGRESS, "export_started", "system")
        await svc.queue.enqueue("build_privacy_export", request_id=request.id)
    elif request.kind is RequestKind.ERASURE:
        await begin_erasure(svc, request, user)


async def begin_erasure(svc: Services, request: PrivacyRequest, user: User) -> None:
    """Deactivate at once and sign out everywhere; the purge erases after the grace period."""
    erase_after = clock.now() + timedelta(days=svc.settings.erasure_grace_days)
    async with in_transaction():
        await User.filter(id=user.id).update(status=UserStatus.DEACTIVATED)
        await svc.sessions.revoke_all_except(user.id, None)
        await _move(
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
    await _move(
        request, RequestState.WITHDRAWN, "withdrawn", "requester", user.id, closed_at=clock.now()
    )
    return request


async def _open_for_officer(request_id: int) -> PrivacyRequest:
    request = await PrivacyRequest.get_or_none(id=request_id).select_related("user")
    if request is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such request.", ["id"])
    if request.state in CLOSED_STATES:
        raise DomainError(ErrorCode.INVALID_STATE, "This request is closed.", ["id"])
    return request


async def extend(
    svc: Services, officer: User | None, request_id: int, months: int, reason: str
) -> PrivacyRequest:
    """Extend once, by one or two months, before the due date, with reasons; tell the requester."""
    officer = await roles.require(officer, Role.PRIVACY_OFFICER)
    if not reason.strip():
        raise DomainError(ErrorCode.REQUIRED, "An extension needs its reasons.", ["reason"])
    if not 1 <= months <= MAX_EXTENSION_MONTHS:
        raise DomainError(
            ErrorCode.INVALID, "An extension is one or two further months.", ["months"]
        )
    request = await _open_for_officer(request_id)
    if request.extended_at is not None:
        raise DomainError(ErrorCode.ALREADY_EXTENDED, "A request is extended only once.", ["id"])
    if clock.now() >= request.due_at:
        raise DomainError(
            ErrorCode.DEADLINE_PASSED, "The due date has passed: it can no longer be extended."
        )
    new_due = request.due_at + relativedelta(months=months)
    await _move(
        request,
        RequestState.EXTENDED,
        "extended",
        "officer",
        officer.id,
        reason.strip(),
        due_at=new_due,
        extended_at=clock.now(),
        reminded_at=None,
    )
    await tell(
        queued(svc),
        request.user,
        "We need more time for your privacy request",
        f"We extended the deadline for your {request.kind.value.lower()} request to "
        f"{new_due:%Y-%m-%d}.\n\nWhy: {reason.strip()}",
    )
    return request


async def refuse(
    svc: Services, officer: User | None, request_id: int, reasons: str
) -> PrivacyRequest:
    """Refuse with written reasons; the mail says where to complain (statement §6f)."""
    officer = await roles.require(officer, Role.PRIVACY_OFFICER)
    if not reasons.strip():
        raise DomainError(ErrorCode.REQUIRED, "A refusal needs written reasons.", ["reasons"])
    request = await _open_for_officer(request_id)
    if request.kind is RequestKind.ERASURE and request.erase_after is not None:
        # The account is already deactivated and signed out; half-undoing that is worse.
        raise DomainError(
            ErrorCode.INVALID_STATE, "This erasure is under way and can no longer be refused."
        )
    await _move(
        request,
        RequestState.REFUSED,
        "refused",
        "officer",
        officer.id,
        reasons.strip(),
        closed_at=clock.now(),
    )
    await tell(
        queued(svc),
        request.user,
        "Your privacy request was refused",
        f"We refused your {request.kind.value.lower()} request.\n\nReasons: {reasons.strip()}\n\n"
        f"If you disagree you may complain to {svc.settings.privacy_complaint_authority}.",
    )
    return request


SELF_COMPLETING = frozenset({RequestKind.ACCESS, RequestKind.ERASURE})


async def complete(
    svc: Services, officer: User | None, request_id: int, note: str | None
) -> PrivacyRequest:
    """Close a RECTIFICATION, RESTRICTION or OBJECTION request and apply what it asked."""
    officer = await roles.require(officer, Role.PRIVACY_OFFICER)
    request = await _open_for_officer(request_id)
    note = (note or "").strip() or None
    if request.kind in SELF_COMPLETING:
        raise DomainError(
            ErrorCode.INVALID_STATE, "Access and erasure requests complete themselves.", ["id"]
        )
    if request.state is RequestState.RECEIVED:
        raise DomainError(
            ErrorCode.INVALID_STATE, "The requester has not confirmed their identity yet.", ["id"]
        )
    if request.kind is RequestKind.RECTIFICATION and not note:
        raise DomainError(ErrorCode.REQUIRED, "Say what was corrected.", ["note"])
    async with in_transaction():
        if request.kind is RequestKind.RESTRICTION:
            await processing_limits.restrict(request.user_id)
        elif request.kind is RequestKind.OBJECTION:
            assert request.purpose is not None
            await processing_limits.object_to(request.user_id, Purpose(request.purpose))
        await _move(
            request,
            RequestState.COMPLETED,
            "completed",
            "officer",
            officer.id,
            note,
            closed_at=clock.now(),
        )
    await tell(
        queued(svc),
        request.user,
        "Your privacy request is done",
        f"We completed your {request.kind.value.lower()} request."
        + (f"\n\n{note}" if note else ""),
    )
    return request


async def complete_by_system(request: PrivacyRequest, note: str) -> None:
    await _move(
        request, RequestState.COMPLETED, "completed", "system", note=note, closed_at=clock.now()
    )


async def remind_officers(settings: Settings, send: Send) -> int:
    """Mail every officer about open requests due within the reminder window; once each."""
    horizon = clock.now() + timedelta(days=settings.privacy_request_reminder_days)
    due = await PrivacyRequest.filter(
        state__not_in=[s.value for s in CLOSED_STATES], due_at__lte=horizon, reminded_at=None
    ).order_by("due_at")
    if not due:
        return 0
    lines = "\n".join(
        f"- request {r.id} ({r.kind.value}, {r.state.value}) due {r.due_at:%Y-%m-%d}" for r in due
    )
    for officer in await roles.holders(Role.PRIVACY_OFFICER):
        if officer.email:
            await send(Mail(officer.email, f"{len(due)} privacy request(s) fall due soon", lines))
    await PrivacyRequest.filter(id__in=[r.id for r in due]).update(reminded_at=clock.now())
    return len(due)
