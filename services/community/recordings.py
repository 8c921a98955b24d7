"""Meeting recordings: registered by a maintainer or the meeting platform's webhook,
uploaded to Bilibili by a job on the slow queue, taken down on request.

States: PENDING → UPLOADING → UPLOADED → REMOVAL_REQUESTED → REMOVED, or
MANUAL_REMOVAL_NEEDED when Bilibili will not delete (captcha, repeated refusals) until an
admin confirms, or FAILED with a reason (credentials refused, no consent, source broken).

The upload streams: each part is read from the source with an HTTP Range request and goes
straight into its PUT, so memory holds the parts in flight and nothing more. It resumes:
the upload session and the finished parts are saved as they finish, and a worker holds a
recording under a lease (`lease_until`) it renews; `resume_interrupted` (every 20 s and
when a worker starts) queues again every upload whose lease lapsed. It is idempotent: the
submit attempt is recorded before the request goes out, and a second try first looks the
title up in the account's archive list.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import structlog
from tortoise.expressions import Q

from models.community.meetings import Meeting, MeetingStatus
from models.community.recordings import Recording, RecordingStatus
from models.identity.users import User
from services.community import sigs
from services.community.recording_events import event, removal_key, set_status, upload_key
from services.community.recording_removal import take_down_objected
from services.community.recording_upload import SourceBroken, Uploader, UploadStopped, run
from services.delivery.bilibili import BilibiliRefused
from services.gate.outbound import OutboundClient, OutboundRefused
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue
from settings import Settings

log = structlog.get_logger(__name__)

URL_MAX = 2000
TITLE_MAX = 80
# A recording whose job never started (a lost enqueue) is queued again after this long.
LOST_AFTER = timedelta(minutes=10)
VIDEO_URL = "https://www.bilibili.com/video/{bvid}"
ON_BILIBILI = (
    RecordingStatus.UPLOADED,
    RecordingStatus.REMOVAL_REQUESTED,
    RecordingStatus.MANUAL_REMOVAL_NEEDED,
)


def video_url(recording: Recording) -> str | None:
    if recording.bvid and recording.status in ON_BILIBILI:
        return VIDEO_URL.format(bvid=recording.bvid)
    return None


def check_source(settings: Settings, value: str, field: str) -> str:
    """An http(s) URL under one of RECORDING_SOURCE_ORIGINS: the server fetches nothing else."""
    value = value.strip()
    if len(value) > URL_MAX:
        raise DomainError(ErrorCode.TOO_LONG, f"A URL is at most {URL_MAX} characters.", [field])
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DomainError(ErrorCode.INVALID, "Only http and https URLs are accepted.", [field])
    origin = f"{parts.scheme}://{parts.netloc}".lower()
    if origin not in settings.recording_origins:
        message = "Recordings are fetched only from the meeting platform's configured origins."
        raise DomainError(ErrorCode.INVALID, message, [field])
    return value


def title_of(meeting: Meeting) -> str:
    """ "topic (date)", at most 80 characters as Bilibili allows."""
    suffix = f" ({meeting.starts_at.date().isoformat()})"
    return f"{meeting.topic[: TITLE_MAX - len(suffix)].rstrip()}{suffix}"


async def register(
    queue: JobQueue,
    settings: Settings,
    outbound: OutboundClient,
    meeting_id: int,
    source_url: str,
    cover_url: str | None,
    actor: User | None,
) -> Recording:
    """Register the recording of a meeting and queue its upload. `actor` None: the webhook."""
    meeting = await Meeting.get_or_none(id=meeting_id).prefetch_related("sig")
    if meeting is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["meetingId"])
    if actor is not None:
        await sigs.require_maintainer(actor, meeting.sig)
    source_url = check_source(settings, source_url, "sourceUrl")
    if cover_url:
        cover_url = check_source(settings, cover_url, "coverUrl")
    if not meeting.record_automatically:
        message = "This meeting was scheduled without recording."
        raise DomainError(ErrorCode.INVALID_STATE, message, ["meetingId"])
    if meeting.status is MeetingStatus.CANCELLED:
        raise DomainError(ErrorCode.INVALID_STATE, "The meeting was cancelled.", ["meetingId"])
    try:
        await outbound.check("BILIBILI", meeting.organizer_id)
    except OutboundRefused as refused:
        message = f"The recording cannot be published: {refused.reason}."
        raise DomainError(ErrorCode.OUTBOUND_REFUSED, message, ["meetingId"]) from None
    existing = await Recording.get_or_none(meeting_id=meeting.id)
    if existing is not None and existing.status not in (
        RecordingStatus.FAILED,
        RecordingStatus.REMOVED,
    ):
        message = "This meeting already has a recording."
        raise DomainError(ErrorCode.INVALID_STATE, message, ["meetingId"])
    fresh: dict[str, Any] = {
        "source_url": source_url, "cover_url": cover_url or None, "size": None,
        "title": title_of(meeting), "upload_url": None, "upload_auth": None, "upload_id": None,
        "biz_id": None, "filename": None, "chunk_size": None, "parts_done": [],
        "parts_completed": False, "cover": None, "submit_attempted_at": None, "aid": None,
        "bvid": None, "error": None, "removal_reason": None, "removal_attempts": 0,
        "lease_until": None,
    }  # fmt: skip
    if existing is None:
        recording = await Recording.create(meeting_id=meeting.id, **fresh)
        await event(recording, "registered", source_url, actor)
    else:
        recording = existing
        await set_status(recording, RecordingStatus.PENDING, "registered", source_url, actor,
                         resumes=recording.resumes + 1, **fresh)  # fmt: skip
    await queue.enqueue("upload_recording", _key=upload_key(recording), recording_id=recording.id)
    return recording


# --- the upload job ---------------------------------------------------------------------------


async def _take_lease(settings: Settings, recording_id: int) -> bool:
    """Claim the upload for this worker; False when another holds it or nothing is to do."""
    now = clock.now()
    taken = await Recording.filter(
        Q(lease_until__isnull=True) | Q(lease_until__lt=now),
        id=recording_id,
        status__in=[RecordingStatus.PENDING, RecordingStatus.UPLOADING],
    ).update(
        lease_until=now + timedelta(seconds=settings.recording_upload_lease_seconds),
        status=RecordingStatus.UPLOADING,
    )
    return taken == 1


async def _renew_lease(settings: Settings, recording_id: int) -> None:
    every = max(0.5, settings.recording_upload_lease_seconds / 3)
    while True:
        await asyncio.sleep(every)
        until = clock.now() + timedelta(seconds=settings.recording_upload_lease_seconds)
        await Recording.filter(id=recording_id).update(lease_until=until)


async def upload(settings: Settings, outbound: OutboundClient, recording_id: int) -> None:
    """The upload job's work. Raises ServiceUnavailable when worth trying again later."""
    if not await _take_lease(settings, recording_id):
        return
    recording = await Recording.get(id=recording_id).prefetch_related("meeting__sig")
    renewer = asyncio.create_task(_renew_lease(settings, recording_id))
    try:
        await run(Uploader(settings, outbound, recording))
    except UploadStopped:
        log.info("upload stopped: recording no longer wanted", recording=recording_id)
    except (BilibiliRefused, OutboundRefused, SourceBroken) as refused:
        await set_status(recording, RecordingStatus.FAILED, "upload_failed", _reason(refused),
                         lease_until=None, error=_reason(refused)[:500])  # fmt: skip
    finally:
        renewer.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await renewer
        await Recording.filter(id=recording_id, lease_until__not_isnull=True).update(
            lease_until=None
        )


def _reason(failure: Exception) -> str:
    if isinstance(failure, BilibiliRefused) and failure.credentials:
        return (
            f"Bilibili refused the account's credentials ({failure.code}: {failure.message}); "
            "renew BILIBILI_SESSDATA and BILIBILI_BILI_JCT, then register the recording again."
        )
    if isinstance(failure, OutboundRefused):
        return f"Not sent to Bilibili: {failure.reason}."
    return str(failure)


async def fail(recording_id: int, reason: str) -> None:
    """The job gave up (tries exhausted): FAILED with the last reason."""
    recording = await Recording.get_or_none(id=recording_id)
    if recording is not None and recording.status in (
        RecordingStatus.PENDING,
        RecordingStatus.UPLOADING,
    ):
        await set_status(recording, RecordingStatus.FAILED, "upload_failed", reason,
                         error=reason[:500], lease_until=None)  # fmt: skip


# --- the sweep: interrupted uploads, lost jobs, takedowns -------------------------------------


async def resume_interrupted(queue: JobQueue) -> int:
    """Queue again every upload a dead worker held (lapsed lease) or that never started, and
    every removal still waiting. Returns how many were queued."""
    now = clock.now()
    queued = 0
    lapsed = await Recording.filter(
        status__in=[RecordingStatus.PENDING, RecordingStatus.UPLOADING], lease_until__lt=now
    )
    for recording in lapsed:
        recording.resumes += 1
        recording.lease_until = None
        await recording.save(update_fields=["resumes", "lease_until", "updated_at"])
        await event(recording, "upload_interrupted", "the worker holding it stopped")
        await queue.enqueue(
            "upload_recording", _key=upload_key(recording), recording_id=recording.id
        )
        queued += 1
    lost = await Recording.filter(
        status__in=[RecordingStatus.PENDING, RecordingStatus.UPLOADING],
        lease_until__isnull=True,
        updated_at__lt=now - LOST_AFTER,
    )
    for recording in lost:
        await queue.enqueue(
            "upload_recording", _key=upload_key(recording), recording_id=recording.id
        )
        queued += 1
    queued += await take_down_objected(queue)
    for recording in await Recording.filter(status=RecordingStatus.REMOVAL_REQUESTED):
        await queue.enqueue(
            "remove_recording", _key=removal_key(recording), recording_id=recording.id
        )
        queued += 1
    return queued
