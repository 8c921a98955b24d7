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
import math
from collections.abc import AsyncGenerator, Coroutine, Sequence
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

import aiohttp
import structlog
from tortoise.expressions import Q

from models.annotations import Purpose
from models.community.meetings import Meeting, MeetingStatus
from models.community.recordings import Recording, RecordingEvent, RecordingStatus
from models.gate.processing_limits import LimitKind, ProcessingLimit
from models.identity.roles import Role
from models.identity.users import User
from providers.http import ServiceUnavailable
from services.community import sigs
from services.delivery.bilibili import (
    CAPTCHA_REQUIRED,
    Bilibili,
    BilibiliRefused,
    UploadSessionExpired,
)
from services.gate import consent
from services.gate.outbound import OutboundClient, OutboundRefused, RetryPolicy
from services.identity import roles
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue
from settings import Settings

log = structlog.get_logger(__name__)

SOURCE = "RECORDING_SOURCE"  # the meeting platform's download links: no personal data sent
PIECE = 64 * 1024
COVER_MAX = 2 * 1024 * 1024
URL_MAX = 2000
REASON_MAX = 500
TITLE_MAX = 80
# A recording whose job never started (a lost enqueue) is queued again after this long.
LOST_AFTER = timedelta(minutes=10)
MANAGER_PATH = "/platform/upload-manager/article"
VIDEO_URL = "https://www.bilibili.com/video/{bvid}"
ON_BILIBILI = (
    RecordingStatus.UPLOADED,
    RecordingStatus.REMOVAL_REQUESTED,
    RecordingStatus.MANUAL_REMOVAL_NEEDED,
)


class UploadStopped(Exception):
    """The recording is no longer wanted on Bilibili (removed or cancelled meanwhile)."""


class SourceBroken(Exception):
    """The source does not serve the recording as promised (no ranges, wrong size)."""


def video_url(recording: Recording) -> str | None:
    if recording.bvid and recording.status in ON_BILIBILI:
        return VIDEO_URL.format(bvid=recording.bvid)
    return None


def manager_url(settings: Settings) -> str:
    return f"{settings.bilibili_base_url.rstrip('/')}{MANAGER_PATH}"


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


async def _event(
    recording: Recording, kind: str, detail: str = "", actor: User | None = None
) -> None:
    await RecordingEvent.create(
        recording_id=recording.id,
        actor_id=actor.id if actor else None,
        kind=kind,
        status=recording.status.value,
        detail=detail[:500],
    )
    log.info("recording", recording=recording.id, kind=kind, status=recording.status.value)


async def _set(recording: Recording, status: RecordingStatus, kind: str, detail: str = "",
               actor: User | None = None, **values: object) -> None:  # fmt: skip
    recording.status = status
    recording.update_from_dict(values)
    await recording.save()
    await _event(recording, kind, detail, actor)


def upload_key(recording: Recording) -> str:
    return f"recording-upload:{recording.id}:{recording.resumes}"


def removal_key(recording: Recording) -> str:
    return f"recording-removal:{recording.id}:{recording.removal_attempts}"


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
        await _event(recording, "registered", source_url, actor)
    else:
        recording = existing
        await _set(recording, RecordingStatus.PENDING, "registered", source_url, actor,
                   resumes=recording.resumes + 1, **fresh)  # fmt: skip
    await queue.enqueue("upload_recording", _key=upload_key(recording), recording_id=recording.id)
    return recording


# --- the upload ---------------------------------------------------------------------------


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
        await _upload(Uploader(settings, outbound, recording))
    except UploadStopped:
        log.info("upload stopped: recording no longer wanted", recording=recording_id)
    except (BilibiliRefused, OutboundRefused, SourceBroken) as refused:
        await _set(recording, RecordingStatus.FAILED, "upload_failed", _reason(refused),
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


class Uploader:
    """One run of the upload of one recording."""

    def __init__(self, settings: Settings, outbound: OutboundClient, recording: Recording) -> None:
        self.settings = settings
        self.outbound = outbound
        self.bilibili = Bilibili(settings, outbound)
        self.recording = recording
        self.meeting: Meeting = recording.meeting
        self.user_id = self.meeting.organizer_id
        self.lock = asyncio.Lock()
        self.source_policy = RetryPolicy(
            attempts=settings.outbound_attempts,
            backoff_seconds=settings.outbound_backoff_seconds,
            timeout_seconds=settings.bilibili_part_timeout_seconds,
        )

    async def still_wanted(self) -> None:
        current = await Recording.get_or_none(id=self.recording.id)
        if current is None or current.status is not RecordingStatus.UPLOADING:
            raise UploadStopped()

    async def size(self) -> int:
        async with self.outbound.request(
            SOURCE, "HEAD", self.recording.source_url, gated=False, policy=self.source_policy
        ) as response:
            if response.status != 200 or response.content_length is None:
                raise SourceBroken(f"The source answered {response.status} without a length.")
            return int(response.content_length)

    async def new_session(self) -> None:
        r = self.recording
        if not self.bilibili.configured:
            raise BilibiliRefused(-101, "BILIBILI_SESSDATA and BILIBILI_BILI_JCT are not set")
        assert r.size is not None
        pre = await self.bilibili.preupload(f"meeting-{self.meeting.id}.mp4", r.size, self.user_id)
        upload_id = await self.bilibili.start_session(pre.upload_url, pre.auth, self.user_id)
        r.update_from_dict({
            "upload_url": pre.upload_url, "upload_auth": pre.auth, "biz_id": pre.biz_id,
            "chunk_size": pre.chunk_size, "threads": pre.threads, "filename": pre.filename,
            "upload_id": upload_id, "parts_done": [], "parts_completed": False,
        })  # fmt: skip
        await r.save()
        await _event(r, "upload_session", f"{pre.chunk_size}-byte parts, upload {upload_id[:12]}")

    async def _source_body(self, start: int, end: int) -> AsyncGenerator[bytes, None]:
        """Bytes [start, end) of the source, read with a Range request in small pieces."""
        headers = {"Range": f"bytes={start}-{end - 1}"}
        async with self.outbound.request(
            SOURCE, "GET", self.recording.source_url, gated=False, headers=headers,
            policy=self.source_policy,
        ) as response:  # fmt: skip
            whole = response.status == 200 and start == 0 and end == self.recording.size
            if response.status != 206 and not whole:
                raise SourceBroken(f"The source answered {response.status} to a Range request.")
            async for piece in response.content.iter_chunked(PIECE):
                yield piece

    async def send_part(self, number: int, chunks: int) -> None:
        r = self.recording
        assert r.size is not None and r.chunk_size and r.upload_url and r.upload_auth
        assert r.upload_id is not None
        start = (number - 1) * r.chunk_size
        end = min(r.size, start + r.chunk_size)
        attempts = self.settings.bilibili_part_attempts
        for attempt in range(1, attempts + 1):
            body = self._source_body(start, end)
            try:
                await self.bilibili.put_part(
                    r.upload_url, r.upload_auth, r.upload_id, number=number, chunks=chunks,
                    start=start, end=end, total=r.size, body=body, user_id=self.user_id,
                )  # fmt: skip
                break
            except (ServiceUnavailable, aiohttp.ClientError, TimeoutError) as exc:
                if attempt == attempts:
                    raise ServiceUnavailable("BILIBILI", f"part {number}: {exc}") from exc
                await asyncio.sleep(self.settings.outbound_backoff_seconds * 2 ** (attempt - 1))
            finally:
                # The source response closes now, even when the PUT ended before reading it.
                await body.aclose()
        async with self.lock:
            done = sorted({*r.parts_done, number})
            r.parts_done = done
            await Recording.filter(id=r.id).update(parts_done=done)

    async def send_parts(self) -> None:
        r = self.recording
        assert r.size is not None and r.chunk_size
        chunks = max(1, math.ceil(r.size / r.chunk_size))
        todo = [n for n in range(1, chunks + 1) if n not in set(r.parts_done)]
        queue: asyncio.Queue[int] = asyncio.Queue()
        for number in todo:
            queue.put_nowait(number)

        async def sender() -> None:
            while not queue.empty():
                number = queue.get_nowait()
                await self.still_wanted()
                await self.send_part(number, chunks)

        await _all_or_first_failure([sender() for _ in range(min(r.threads or 1, len(todo)))])
        assert r.filename and r.biz_id is not None and r.upload_id
        await self.bilibili.complete(
            r.upload_url or "", r.upload_auth or "", r.upload_id, name=f"{r.filename}.mp4",
            biz_id=r.biz_id, parts=chunks, user_id=self.user_id,
        )  # fmt: skip
        r.parts_completed = True
        await r.save()
        await _event(r, "parts_uploaded", f"{chunks} parts")

    async def cover(self) -> str:
        r = self.recording
        if r.cover or not r.cover_url:
            return r.cover or ""
        async with self.outbound.request(
            SOURCE, "GET", r.cover_url, gated=False, policy=self.source_policy
        ) as response:
            image = await response.content.read(COVER_MAX + 1)
            kind = response.content_type
        if response.status != 200 or len(image) > COVER_MAX or not kind.startswith("image/"):
            raise SourceBroken("The cover is not an image of at most 2 MiB.")
        r.cover = await self.bilibili.upload_cover(image, kind, self.user_id)
        await r.save()
        return r.cover

    def video(self, cover: str) -> dict[str, object]:
        sig = self.meeting.sig
        description = (
            f"{self.meeting.topic}\n{sig.name} SIG meeting, {self.meeting.starts_at:%Y-%m-%d}.\n"
            f"{self.meeting.agenda}"
        )[:2000]
        r = self.recording
        return {
            "copyright": 1,
            "tid": self.settings.bilibili_tid,
            "title": r.title,
            "desc": description,
            "tag": ",".join(t for t in (sig.name, "SIG", "meeting") if t)[:100],
            "cover": cover,
            "videos": [{"filename": r.filename, "title": r.title, "desc": "", "cid": r.biz_id}],
            "no_reprint": 1,
        }


async def _all_or_first_failure(work: Sequence[Coroutine[Any, Any, None]]) -> None:
    """Run `work` concurrently; the first failure cancels the rest and is raised as it is."""
    tasks = [asyncio.create_task(w) for w in work]
    try:
        for finished in asyncio.as_completed(tasks):
            await finished
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def _upload(up: Uploader) -> None:
    r = up.recording
    if r.upload_id is None and r.submit_attempted_at is None:
        await _event(r, "upload_started", r.source_url)
    else:
        await _event(r, "upload_resumed", f"{len(r.parts_done)} parts already sent")
    if r.submit_attempted_at is not None:
        # A submit went out before and its answer was lost: never make a second video.
        found = await up.bilibili.find_archive(r.title, up.user_id)
        if found is not None:
            await _uploaded(up, *found)
            return
    if r.size is None:
        r.size = await up.size()
        await r.save()
    for _ in range(3):
        if r.parts_completed:
            break
        if r.upload_id is None:
            await up.new_session()
        try:
            await up.send_parts()
        except UploadSessionExpired:
            await _event(r, "upload_session_expired", "starting a fresh upload session")
            r.upload_id = None
            r.parts_done = []
            await r.save()
    if not r.parts_completed:
        raise ServiceUnavailable("BILIBILI", "upload sessions keep expiring")
    cover = await up.cover()
    await up.still_wanted()
    r.submit_attempted_at = clock.now()
    await r.save()
    aid, bvid = await up.bilibili.submit(up.video(cover), up.user_id)
    await _uploaded(up, aid, bvid)


async def _uploaded(up: Uploader, aid: int, bvid: str) -> None:
    r = up.recording
    current = await Recording.get(id=r.id)
    wanted = current.status is RecordingStatus.UPLOADING
    status = RecordingStatus.UPLOADED if wanted else RecordingStatus.REMOVAL_REQUESTED
    await _set(r, status, "uploaded", bvid, aid=aid, bvid=bvid, error=None, lease_until=None)
    if not wanted:
        # Removed while the submit was under way: take the new video down at once.
        await remove(up.settings, up.outbound, r.id)


async def fail(recording_id: int, reason: str) -> None:
    """The job gave up (tries exhausted): FAILED with the last reason."""
    recording = await Recording.get_or_none(id=recording_id)
    if recording is not None and recording.status in (
        RecordingStatus.PENDING,
        RecordingStatus.UPLOADING,
    ):
        await _set(recording, RecordingStatus.FAILED, "upload_failed", reason,
                   error=reason[:500], lease_until=None)  # fmt: skip


# --- takedown -----------------------------------------------------------------------------


async def _withdraw(
    queue: JobQueue | None, recording: Recording, reason: str, actor: User | None
) -> None:
    """Take `recording` off Bilibili (or stop it getting there)."""
    if recording.status in (
        RecordingStatus.PENDING,
        RecordingStatus.UPLOADING,
        RecordingStatus.FAILED,
    ):
        # Nothing on Bilibili yet; a running upload sees this before it submits.
        await _set(recording, RecordingStatus.REMOVED, "upload_cancelled", reason, actor,
                   removal_reason=reason)  # fmt: skip
        return
    if recording.status is RecordingStatus.UPLOADED:
        await _set(recording, RecordingStatus.REMOVAL_REQUESTED, "removal_requested", reason,
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
    await _withdraw(queue, recording, reason.strip() or "removed by a maintainer", actor)
    return recording


async def on_meeting_cancelled(queue: JobQueue, meeting: Meeting, actor: User) -> None:
    recording = await Recording.get_or_none(meeting_id=meeting.id)
    if recording is not None:
        await _withdraw(queue, recording, "the meeting was cancelled", actor)


async def remove(settings: Settings, outbound: OutboundClient, recording_id: int) -> None:
    """The removal job's work: `POST /x/web/archive/delete`. Raises ServiceUnavailable to be
    tried again; a captcha or repeated refusals leave it to an admin."""
    recording = await Recording.get_or_none(id=recording_id)
    if recording is None or recording.status is not RecordingStatus.REMOVAL_REQUESTED:
        return
    if recording.aid is None:
        await _set(recording, RecordingStatus.REMOVED, "removed", "nothing was published")
        return
    try:
        await Bilibili(settings, outbound).delete(recording.aid)
    except BilibiliRefused as refused:
        if refused.code == -404:  # already gone (a lost answer, or deleted by hand)
            await _set(recording, RecordingStatus.REMOVED, "removed", "already gone")
            return
        attempts = recording.removal_attempts + 1
        manual = refused.code == CAPTCHA_REQUIRED or attempts >= settings.bilibili_removal_attempts
        detail = f"Bilibili refused the deletion ({refused.code}: {refused.message})"
        if manual:
            detail += f"; delete it by hand at {manager_url(settings)} and confirm"
            await _set(recording, RecordingStatus.MANUAL_REMOVAL_NEEDED, "removal_refused",
                       detail, removal_attempts=attempts, error=detail[:500])  # fmt: skip
            return
        await _set(recording, RecordingStatus.REMOVAL_REQUESTED, "removal_refused", detail,
                   removal_attempts=attempts, error=detail[:500])  # fmt: skip
        raise ServiceUnavailable("BILIBILI", detail) from refused
    await _set(recording, RecordingStatus.REMOVED, "removed", f"aid {recording.aid}", error=None)


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
    await _set(recording, RecordingStatus.REMOVED, "removal_confirmed", "deleted by hand",
               viewer, error=None)  # fmt: skip
    return recording


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
        await _event(recording, "upload_interrupted", "the worker holding it stopped")
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
    queued += await _take_down_objected(queue)
    for recording in await Recording.filter(status=RecordingStatus.REMOVAL_REQUESTED):
        await queue.enqueue(
            "remove_recording", _key=removal_key(recording), recording_id=recording.id
        )
        queued += 1
    return queued


async def _take_down_objected(queue: JobQueue) -> int:
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
        await _withdraw(queue, recording, reason, None)
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
            await _withdraw(None, recording, "the organizer's data was erased", None)
            await remove(self.settings, self.outbound, recording.id)


def takedown_hooks(settings: Settings, outbound: OutboundClient) -> Sequence[RecordingTakedown]:
    return [RecordingTakedown(settings, outbound)]
