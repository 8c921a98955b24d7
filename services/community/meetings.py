"""Scheduling, changing and cancelling SIG meetings, and who may see what of them.

Only a SIG's maintainers (`sigs.require_maintainer`, the one check) schedule its meetings.
Each change queues one invitation mail per invitee (`send_meeting_invitation`), keyed by the
meeting, its SEQUENCE and the address, so a duplicate enqueue sends nothing twice.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta

import structlog
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.community.meetings import Meeting, MeetingInvitee, MeetingStatus
from models.community.sigs import Sig
from models.identity.users import User
from services.community import recording_removal, sigs
from services.community.meeting_fields import MeetingFields, checked
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue

log = structlog.get_logger(__name__)

REASON_MAX = 500
# Invitee addresses are kept this long after the meeting ends (MeetingInvitee).
INVITEES_KEPT = timedelta(days=30)
RECORDING_NOTICE = (
    "This meeting is recorded. The recording is published on Bilibili after the meeting "
    "(privacy statement §1e); ask the organizer if you do not want to appear in it."
)


async def _set_invitees(meeting: Meeting, addresses: Sequence[str]) -> list[str]:
    """Replace the invitees; answers the addresses no longer invited (kept, marked removed,
    until their cancellation has gone out)."""
    rows = {i.email: i for i in await MeetingInvitee.filter(meeting=meeting)}
    before = {email for email, row in rows.items() if not row.removed}
    removed = sorted(before - set(addresses))
    await MeetingInvitee.filter(meeting=meeting, email__in=removed).update(removed=True)
    back = [a for a in addresses if a in rows and rows[a].removed]
    await MeetingInvitee.filter(meeting=meeting, email__in=back).update(removed=False)
    forget_after = meeting.ends_at + INVITEES_KEPT
    await MeetingInvitee.filter(meeting=meeting).update(forget_after=forget_after)
    accounts = dict(await User.filter(email__in=list(addresses)).values_list("email", "id"))
    await MeetingInvitee.bulk_create(
        [
            MeetingInvitee(
                meeting=meeting,
                email=address,
                user_id=accounts.get(address),
                forget_after=forget_after,
            )
            for address in addresses
            if address not in rows
        ]
    )
    return removed


async def invite(
    queue: JobQueue, meeting: Meeting, method: str, only: Sequence[str] | None = None
) -> None:
    """Queue one invitation mail per invitee (or per address in `only`). A queue that is
    down loses nothing: the invitations sweep (`resend_invitations`) finds the invitees
    still behind the meeting's SEQUENCE."""
    if only is not None:
        addresses = list(only)
    else:
        current = MeetingInvitee.filter(meeting=meeting, removed=False)
        addresses = [i.email for i in await current.order_by("id")]
    try:
        for address in addresses:
            await queue_invitation(queue, meeting, address, method)
    except Exception:
        log.exception("invitations not queued now; the sweep queues them", meeting=meeting.id)


async def queue_invitation(queue: JobQueue, meeting: Meeting, address: str, method: str) -> None:
    await queue.enqueue(
        "send_meeting_invitation",
        _key=f"meeting-invitation:{meeting.id}:{meeting.sequence}:{method}:{address}",
        meeting_id=meeting.id,
        to=address,
        method=method,
        sequence=meeting.sequence,
    )


async def resend_invitations(queue: JobQueue) -> int:
    """Queue again every invitation of a meeting not yet over that has not gone out for the
    meeting's current SEQUENCE (a queue that was down, a worker that died)."""
    waiting = await MeetingInvitee.filter(meeting__ends_at__gt=clock.now()).prefetch_related(
        "meeting"
    )
    queued = 0
    for invitee in waiting:
        meeting = invitee.meeting
        if invitee.notified_sequence is not None and invitee.notified_sequence >= meeting.sequence:
            continue
        cancelled = invitee.removed or meeting.status is MeetingStatus.CANCELLED
        await queue_invitation(queue, meeting, invitee.email, "CANCEL" if cancelled else "REQUEST")
        queued += 1
    return queued


async def _sig_for(name: str) -> Sig:
    sig = await sigs.named(name)
    if sig is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such SIG.", ["sig"])
    return sig


async def schedule(queue: JobQueue, viewer: User, sig_name: str, fields: MeetingFields) -> Meeting:
    if len(sig_name) > 40:
        raise DomainError(ErrorCode.TOO_LONG, "A SIG name is at most 40 characters.", ["sig"])
    sig = await _sig_for(sig_name)
    await sigs.require_maintainer(viewer, sig)
    required = {"topic": fields.topic, "joinUrl": fields.join_url, "timezone": fields.timezone}
    missing = [name for name, value in required.items() if value is None]
    if missing:
        raise DomainError(ErrorCode.REQUIRED, f"{missing[0]} is required.", [missing[0]])
    values, invitees = checked(fields, None)
    async with in_transaction():
        meeting = Meeting(sig=sig, organizer=viewer, uid=f"{uuid.uuid4()}@commons", sequence=0)
        meeting.update_from_dict(values)
        await meeting.save()
        await _set_invitees(meeting, invitees)
    await invite(queue, meeting, "REQUEST")
    return meeting


async def editable(viewer: User, meeting_id: int) -> Meeting:
    """The meeting, when `viewer` maintains its SIG; NOT_FOUND and FORBIDDEN otherwise."""
    meeting = await Meeting.get_or_none(id=meeting_id).prefetch_related("sig")
    if meeting is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["id"])
    await sigs.require_maintainer(viewer, meeting.sig)
    return meeting


async def update(queue: JobQueue, viewer: User, meeting_id: int, fields: MeetingFields) -> Meeting:
    meeting = await editable(viewer, meeting_id)
    if meeting.status is MeetingStatus.CANCELLED:
        raise DomainError(ErrorCode.INVALID_STATE, "The meeting was cancelled.", ["id"])
    values, invitees = checked(fields, meeting)
    removed: list[str] = []
    async with in_transaction():
        meeting.update_from_dict({**values, "sequence": meeting.sequence + 1})
        await meeting.save()
        if fields.invitees is not None:
            removed = await _set_invitees(meeting, invitees)
        else:
            await MeetingInvitee.filter(meeting=meeting).update(
                forget_after=meeting.ends_at + INVITEES_KEPT
            )
    await invite(queue, meeting, "REQUEST")
    await invite(queue, meeting, "CANCEL", only=removed)
    return meeting


async def cancel(queue: JobQueue, viewer: User, meeting_id: int, reason: str) -> Meeting:
    if len(reason) > REASON_MAX:
        message = f"A reason is at most {REASON_MAX} characters."
        raise DomainError(ErrorCode.TOO_LONG, message, ["reason"])
    meeting = await editable(viewer, meeting_id)
    if meeting.status is MeetingStatus.CANCELLED:
        raise DomainError(ErrorCode.INVALID_STATE, "The meeting was already cancelled.", ["id"])
    meeting.status = MeetingStatus.CANCELLED
    meeting.cancel_reason = reason.strip() or None
    meeting.sequence += 1
    await meeting.save()
    await invite(queue, meeting, "CANCEL")
    await recording_removal.on_meeting_cancelled(queue, meeting, viewer)
    return meeting


def listing(
    sig_name: str | None, starts_from: datetime | None, until: datetime | None
) -> QuerySet[Meeting]:
    """Meetings not ended by `starts_from` (default: now), soonest first."""
    query = Meeting.all()
    if sig_name is not None:
        query = query.filter(sig__name=sig_name.strip().lower()[:40])
    query = query.filter(ends_at__gte=starts_from or clock.now())
    if until is not None:
        query = query.filter(starts_at__lt=until)
    return query.order_by("starts_at", "id")
