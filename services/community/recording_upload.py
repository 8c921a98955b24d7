"""The streaming, resumable upload of one recording to Bilibili.

Each part is read from the source with an HTTP Range request and goes straight into its PUT,
so memory holds the parts in flight and nothing more. The upload session and the finished
parts are saved as they finish, so a later run resumes where this one stopped. The submit
attempt is recorded before the request goes out, and a second try first looks the title up
in the account's archive list.
"""

from __future__ import annotations

import asyncio
import math
from collections.abc import AsyncGenerator, Coroutine, Sequence
from typing import Any

import aiohttp
import structlog

from models.community.meetings import Meeting
from models.community.recordings import Recording, RecordingStatus
from providers.http import ServiceUnavailable
from services.community.recording_events import event, set_status
from services.community.recording_removal import remove
from services.delivery.bilibili import Bilibili, BilibiliRefused, UploadSessionExpired
from services.gate.outbound import OutboundClient, RetryPolicy
from services.kernel import clock
from settings import Settings

log = structlog.get_logger("services.community.recordings")

SOURCE = "RECORDING_SOURCE"  # the meeting platform's download links: no personal data sent
PIECE = 64 * 1024
COVER_MAX = 2 * 1024 * 1024


class UploadStopped(Exception):
    """The recording is no longer wanted on Bilibili (removed or cancelled meanwhile)."""


class SourceBroken(Exception):
    """The source does not serve the recording as promised (no ranges, wrong size)."""


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
        await event(r, "upload_session", f"{pre.chunk_size}-byte parts, upload {upload_id[:12]}")

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
        await event(r, "parts_uploaded", f"{chunks} parts")

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


async def run(up: Uploader) -> None:
    r = up.recording
    if r.upload_id is None and r.submit_attempted_at is None:
        await event(r, "upload_started", r.source_url)
    else:
        await event(r, "upload_resumed", f"{len(r.parts_done)} parts already sent")
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
            await event(r, "upload_session_expired", "starting a fresh upload session")
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
    await set_status(r, status, "uploaded", bvid, aid=aid, bvid=bvid, error=None, lease_until=None)
    if not wanted:
        # Removed while the submit was under way: take the new video down at once.
        await remove(up.settings, up.outbound, r.id)
