"""The privacy officer's side of data-subject requests (statement §6): extending a deadline
once with reasons, refusing with written reasons and where to complain, completing, and the
reminders before requests fall due. Every step checks the officer role and appends an event.
"""

from __future__ import annotations

from datetime import timedelta

from dateutil.relativedelta import relativedelta
from tortoise.transactions import in_transaction

from models.annotations import Purpose
from models.identity.roles import Role
from models.identity.users import User
from models.privacy.privacy_requests import (
    CLOSED_STATES,
    PrivacyRequest,
    RequestKind,
    RequestState,
)
from services.delivery.mail import Mail
from services.gate import processing_limits
from services.identity import roles
from services.identity.container import Services
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.privacy.privacy_requests import (
    MAX_EXTENSION_MONTHS,
    Send,
    move,
    queued,
    tell,
)
from settings import Settings


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
    await move(
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
    await move(
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
        await move(
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
