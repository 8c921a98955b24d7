"""Taking a recording off Bilibili: on a maintainer's request, when the meeting is
cancelled, when the organizer withdraws consent or objects, and when the organizer is erased.
When Bilibili will not delete (captcha, repeated refusals) the recording waits in the
manual-removal queue until an admin confirms it was deleted by hand."""

from __future__ import annotations

from collections.abc import Sequence

from models.annotations import Purpose
from models.community.meetings import Meeting
from models.community.recordings import Recording, RecordingStatus
from models.gate.processing_limits import LimitKind, ProcessingLimit
from models.identity.roles import Role
from models.identity.users import User
from providers.http import ServiceUnavailable
from services.community import sigs
from services.community.recording_events import removal_key, set_status
from services.delivery.bilibili import CAPTCHA_REQUIRED, Bilibili, BilibiliRefused
from services.gate import consent
from services.gate.outbound import OutboundClient
from services.identity import roles
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue
from settings import Settings

REASON_MAX = 500
MANAGER_PATH = "/platform/upload-manager/article"


def manager_url(settings: Settings) -> str:
    return f"{settings.bilibili_base_url.rstrip('/')}{MANAGER_PATH}"


async def withdraw(
    queue: JobQueue | None, recording: Recording, reason: str, actor: User | None
) -> None:
    """Take `recording` off Bilibili (or stop it getting there)."""
    if recording.status in (
        RecordingStatus.PENDING,
        RecordingStatus.UPLOADING,
        RecordingStatus.FAILED,
    ):
        # Nothing on Bilibili yet; a running upload sees this before it submits.
        await set_status(recording, RecordingStatus.REMOVED, "upload_cancelled", reason, actor,
                         removal_reason=reason)  # fmt: skip
        return
    if recording.status is RecordingStatus.UPLOADED:
        await set_status(recording, RecordingStatus.REMOVAL_REQUESTED, "removal_requested", reason,
                         actor, removal_reason=reason)  # fmt: skip
    if recording.status is RecordingStatus.REMOVAL_REQUESTED and queue is not None:
        await queue.enqueue(
            "remove_recording", _key=removal_key(recording), recording_id=recording.id
        )


async def request_removal(queue: JobQueue, actor: User, meeting_id: int, reason: str) -> Recording:
    """`removeMeetingRecording`: the SIG's maintainers and admins."""
    if len(reason) > REASON_MAX:
        message = f"A reason is at most {REASON_MAX} characters."
        raise DomainError(ErrorCode.TOO_LONG, message, ["reason"])
    meeting = await Meeting.get_or_none(id=meeting_id).prefetch_related("sig")
    if meeting is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["meetingId"])
    await sigs.require_maintainer(actor, meeting.sig)
    recording = await Recording.get_or_none(meeting_id=meeting.id)
    if recording is None or recording.status in (
        RecordingStatus.REMOVED,
        RecordingStatus.MANUAL_REMOVAL_NEEDED,
    ):
        message = "This meeting has no recording to remove."
        raise DomainError(ErrorCode.INVALID_STATE, message, ["meetingId"])
    await withdraw(queue, recording, reason.strip() or "removed by a maintainer", actor)
    return recording


async def on_meeting_cancelled(queue: JobQueue, meeting: Meeting, actor: User) -> None:
    recording = await Recording.get_or_none(meeting_id=meeting.id)
    if recording is not None:
        await withdraw(queue, recording, "the meeting was cancelled", actor)


async def remove(settings: Settings, outbound: OutboundClient, recording_id: int) -> None:
    """The removal job's work: `POST /x/web/archive/delete`. Raises ServiceUnavailable to be
    tried again; a captcha or repeated refusals leave it to an admin."""
    recording = await Recording.get_or_none(id=recording_id)
    if recording is None or recording.status is not RecordingStatus.REMOVAL_REQUESTED:
        return
    if recording.aid is None:
        await set_status(recording, RecordingStatus.REMOVED, "removed", "nothing was published")
        return
    try:
        await Bilibili(settings, outbound).delete(recording.aid)
    except BilibiliRefused as refused:
        if refused.code == -404:  # already gone (a lost answer, or deleted by hand)
            await set_status(recording, RecordingStatus.REMOVED, "removed", "already gone")
            return
        attempts = recording.removal_attempts + 1
        manual = refused.code == CAPTCHA_REQUIRED or attempts >= settings.bilibili_removal_attempts
        detail = f"Bilibili refused the deletion ({refused.code}: {refused.message})"
        if manual:
            detail += f"; delete it by hand at {manager_url(settings)} and confirm"
            await set_status(recording, RecordingStatus.MANUAL_REMOVAL_NEEDED, "removal_refused",
                             detail, removal_attempts=attempts, error=detail[:500])  # fmt: skip
            return
        await set_status(recording, RecordingStatus.REMOVAL_REQUESTED, "removal_refused", detail,
                         removal_attempts=attempts, error=detail[:500])  # fmt: skip
        raise ServiceUnavailable("BILIBILI", detail) from refused
    await set_status(
        recording, RecordingStatus.REMOVED, "removed", f"aid {recording.aid}", error=None
    )


async def needing_attention(viewer: User) -> list[Recording]:
    await roles.require(viewer, Role.ADMIN)
    query = Recording.filter(status=RecordingStatus.MANUAL_REMOVAL_NEEDED)
    return list(await query.order_by("updated_at").prefetch_related("meeting__sig"))


async def confirm_removed(viewer: User, meeting_id: int) -> Recording:
    await roles.require(viewer, Role.ADMIN)
    recording = await Recording.get_or_none(meeting_id=meeting_id)
    if recording is None or recording.status is not RecordingStatus.MANUAL_REMOVAL_NEEDED:
        message = "This recording does not wait for a manual removal."
        raise DomainError(ErrorCode.INVALID_STATE, message, ["meetingId"])
    await set_status(recording, RecordingStatus.REMOVED, "removal_confirmed", "deleted by hand",
                     viewer, error=None)  # fmt: skip
    return recording


async def take_down_objected(queue: JobQueue) -> int:
    """Videos of organizers who withdrew their consent to publication or objected to it."""
    purpose = Purpose.MEETING_RECORDINGS
    people = await consent.withdrawn_after_granting(purpose)
    objections = ProcessingLimit.filter(
        kind=LimitKind.OBJECTION, purpose=purpose.value, lifted_at=None
    )
    people |= {limit.user_id for limit in await objections}
    if not people:
        return 0
    found = await Recording.filter(
        status=RecordingStatus.UPLOADED, meeting__organizer_id__in=sorted(people)
    )
    for recording in found:
        reason = "the organizer withdrew consent to publication or objected to it"
        await withdraw(queue, recording, reason, None)
    return len(found)


class RecordingTakedown:
    """Erasure hook: an erased person's recordings leave Bilibili first (statement §1e, §6c).
    A person appears in the recordings of the meetings they organised."""

    name = "bilibili"

    def __init__(self, settings: Settings, outbound: OutboundClient) -> None:
        self.settings = settings
        self.outbound = outbound

    async def erase(self, user: User) -> None:
        found = await Recording.filter(meeting__organizer_id=user.id)
        for recording in found:
            await withdraw(None, recording, "the organizer's data was erased", None)
            await remove(self.settings, self.outbound, recording.id)


def takedown_hooks(settings: Settings, outbound: OutboundClient) -> Sequence[RecordingTakedown]:
    return [RecordingTakedown(settings, outbound)]
