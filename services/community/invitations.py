"""Invitation mails with an iCalendar attachment, one per invitee, sent by a job.

Sent through the outbound gate as the `MAIL_SERVER` recipient, for `Purpose.OPERATIONS`:
an invitee who restricted processing or objected gets nothing. A job for an older SEQUENCE
than the meeting's sends nothing: a newer invitation is on its way.
"""

from __future__ import annotations

import hashlib

import aiosmtplib
import structlog

from models.annotations import Purpose
from models.community.meetings import Meeting, MeetingInvitee, MeetingStatus
from models.identity.users import User
from services.community.meetings import RECORDING_NOTICE
from services.delivery.calendar import CalendarEvent, ics
from services.delivery.mail import Attachment, Mail, deliver, may_send
from services.gate.outbound import OutboundClient, OutboundRefused
from services.kernel import clock
from settings import Settings

log = structlog.get_logger(__name__)


def event_of(
    meeting: Meeting, method: str, attendees: list[str], *, with_join_url: bool = True
) -> CalendarEvent:
    organizer: User | None = meeting.organizer
    join = meeting.join_url if with_join_url else ""
    lines = [meeting.agenda.strip(), f"Join: {join}" if join else ""]
    if meeting.record_automatically:
        lines.append(RECORDING_NOTICE)
    if meeting.status is MeetingStatus.CANCELLED and meeting.cancel_reason:
        lines.insert(0, f"Cancelled: {meeting.cancel_reason}")
    return CalendarEvent(
        uid=meeting.uid,
        sequence=meeting.sequence,
        method=method,
        summary=f"[{meeting.sig.name}] {meeting.topic}",
        description="\n\n".join(line for line in lines if line),
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        timezone=meeting.timezone,
        location=join,
        organizer_email=organizer.email if organizer else None,
        organizer_name=organizer.username if organizer else None,
        attendees=attendees,
        stamp=clock.now(),
    )


async def calendar_file(meeting_id: int, signed_in: bool) -> bytes | None:
    """The event as `GET /meetings/{id}.ics` serves it: REQUEST, or CANCEL once cancelled.
    Without a sign-in the join link is left out, as the API leaves it out."""
    meeting = await Meeting.get_or_none(id=meeting_id).prefetch_related("sig", "organizer")
    if meeting is None:
        return None
    method = "CANCEL" if meeting.status is MeetingStatus.CANCELLED else "REQUEST"
    return ics(event_of(meeting, method, [], with_join_url=signed_in))


async def send_invitation(
    settings: Settings, outbound: OutboundClient, meeting_id: int, to: str, method: str,
    sequence: int,
) -> bool:  # fmt: skip
    """Send one invitation; False when there is nothing (more) to send. Either way the
    invitee is marked done for `sequence`, unless the mail server stays unavailable
    (ServiceUnavailable: the job tries again, and the sweep after it)."""
    meeting = await Meeting.get_or_none(id=meeting_id).prefetch_related("sig", "organizer")
    if meeting is None or sequence < meeting.sequence:
        return False  # a newer invitation is on its way
    invitee = await MeetingInvitee.get_or_none(meeting=meeting, email=to)
    account = invitee.user_id if invitee is not None else None
    try:
        sent = await _send(settings, outbound, meeting, to, method, sequence, account)
    except OutboundRefused:
        log.info("invitation not sent: outbound gate refused", meeting=meeting_id)
        sent = False
    if invitee is not None:
        if invitee.removed and method == "CANCEL":
            await invitee.delete()  # told; nothing more to send this address
        else:
            invitee.notified_sequence = sequence
            await invitee.save(update_fields=["notified_sequence"])
    return sent


async def _send(
    settings: Settings, outbound: OutboundClient, meeting: Meeting, to: str, method: str,
    sequence: int, account: int | None,
) -> bool:  # fmt: skip
    if not await may_send(to, Purpose.OPERATIONS, account):
        return False
    current = MeetingInvitee.filter(meeting=meeting, removed=False).order_by("id")
    attendees = [i.email for i in await current]
    # The organizer's address and name go to the invitees: a recipient of its own (§1e).
    await outbound.check("MEETING_INVITEES", meeting.organizer_id, Purpose.OPERATIONS)
    data = ics(event_of(meeting, method, attendees or [to]))
    what = "Cancelled" if method == "CANCEL" else "Updated" if meeting.sequence else "Invitation"
    when = meeting.starts_at.isoformat(timespec="minutes")
    body = (
        f"{what}: {meeting.topic} ({meeting.sig.name} SIG), {when} ({meeting.timezone}).\n"
        f"Join: {meeting.join_url}\n"
    )
    if meeting.record_automatically:
        body += f"\n{RECORDING_NOTICE}\n"
    digest = hashlib.sha256(f"{meeting.uid}|{sequence}|{method}|{to}".encode()).hexdigest()
    mail = Mail(
        to,
        f"{what}: [{meeting.sig.name}] {meeting.topic}",
        body,
        Attachment("invite.ics", "text/calendar", data, {"method": method, "charset": "UTF-8"}),
        message_id=f"<invitation.{digest[:32]}@commons>",
    )
    await outbound.call(
        "MAIL_SERVER",
        lambda: deliver(settings, mail),
        transient=(aiosmtplib.SMTPException, OSError),
        user_id=account,
        purpose=Purpose.OPERATIONS,
    )
    return True
