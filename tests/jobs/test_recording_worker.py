"""With REDIS_URL set, recordings go through Redis to a real `commons worker --queue slow`
process; killed with SIGKILL mid-upload and started again, it finishes the same upload:
one video, and the parts already acknowledged are not sent again."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from arq.connections import RedisSettings, create_pool
from arq.worker import Worker

from jobs.context import close_context, open_context
from jobs.worker import arq_functions
from models.community.recordings import Recording, RecordingStatus
from services.kernel.queue import DEFAULT_QUEUE
from settings import Settings
from tests.conftest import RunningServer, _forget_counts, make_settings, serve
from tests.fakes.bilibili import FakeBilibili
from tests.fakes.fixtures import RECORDING_CHUNK
from tests.fakes.gitee import FakeGitee
from tests.fakes.recording_source import FakeRecordingSource
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.meetings import ADD_RECORDING
from tests.support.recordings import bilibili_settings, recorded_meeting, settled

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
COMMONS = Path(sys.executable).with_name("commons")
PARTS = 12


@pytest.fixture(scope="module")
async def worker_settings(
    database_url: str,
    mailbox: Mailbox,
    outside_services: dict[str, Any],
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> Settings:
    pool = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    await pool.flushdb()
    await pool.aclose()
    return make_settings(
        database_url,
        mailbox,
        **{**outside_services, **bilibili_settings(bilibili, recording_source)},
        redis_url=REDIS_URL,
    )


@pytest.fixture(scope="module")
async def queued_server(worker_settings: Settings) -> AsyncIterator[RunningServer]:
    running = await serve(worker_settings)
    yield running
    await running.stop()


class WorkerProcess:
    """`commons worker --queue slow` as an operator runs it, configured by environment."""

    def __init__(self, settings: Settings, log: Path) -> None:
        self.env = {**os.environ}
        for name in (
            "database_url", "redis_url", "data_regions", "bilibili_base_url",
            "bilibili_sessdata", "bilibili_bili_jct", "recording_source_origins",
            "recording_retry_seconds", "recording_upload_lease_seconds",
            "outbound_timeout_seconds", "outbound_backoff_seconds",
            "bilibili_part_timeout_seconds",
        ):  # fmt: skip
            self.env[name.upper()] = str(getattr(settings, name))
        self.log = log
        self.process: asyncio.subprocess.Process | None = None

    async def start(self) -> None:
        with self.log.open("ab") as out:
            self.process = await asyncio.create_subprocess_exec(
                str(COMMONS), "worker", "--queue", "slow", env=self.env, stdout=out, stderr=out
            )

    async def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        await self.process.wait()

    async def stop(self) -> None:
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(self.process.wait(), 10)
            except TimeoutError:
                self.process.kill()
                await self.process.wait()


@pytest.fixture
async def mail_worker(worker_settings: Settings) -> AsyncIterator[Worker]:
    """The default queue (sign-up codes) on an in-test arq worker, as in test_mail_worker."""
    ctx: dict[str, Any] = dict(await open_context(worker_settings))
    arq_worker = Worker(
        functions=arq_functions(DEFAULT_QUEUE),
        redis_settings=RedisSettings.from_dsn(REDIS_URL),
        ctx=ctx,
        poll_delay=0.05,
        handle_signals=False,
    )
    task = asyncio.create_task(arq_worker.async_run())
    yield arq_worker
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await arq_worker.close()
    await close_context(ctx)


@pytest.fixture
async def worker(worker_settings: Settings, tmp_path: Path) -> AsyncIterator[WorkerProcess]:
    process = WorkerProcess(worker_settings, tmp_path / "worker.log")
    yield process
    await process.stop()


async def until(condition: Any, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not await condition():
        assert time.monotonic() < deadline, "timed out"
        await asyncio.sleep(0.05)


async def readiness(server: RunningServer) -> dict[str, str]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{server.base_url}/readyz") as response,
    ):
        found: dict[str, str] = await response.json()
        return found


async def test_a_worker_killed_mid_upload_resumes_it_and_makes_exactly_one_video(
    queued_server: RunningServer,
    mail_worker: Worker,
    worker: WorkerProcess,
    mailbox: Mailbox,
    gitee: FakeGitee,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    local_dispatcher_paused: None,
) -> None:
    _forget_counts(queued_server)
    assert (await readiness(queued_server))["slow_worker"] == "missing heartbeat"
    client = GraphQLClient(queued_server.base_url)
    try:
        meeting_id = await recorded_meeting(client, mailbox, gitee, queued_server.services.queue)
        url = recording_source.add("killed", PARTS * RECORDING_CHUNK - 777)
        bilibili.slow_chunk_seconds = 0.25
        added = await client.mutate(
            "addMeetingRecording", ADD_RECORDING, input={"meetingId": meeting_id, "sourceUrl": url}
        )
        assert added["userErrors"] == []
        await worker.start()

        async def some_parts_saved() -> bool:
            recording = await Recording.get(meeting__id__isnull=False)
            return len(recording.parts_done) >= 4

        await until(some_parts_saved)
        await worker.kill()
        before = await Recording.get(meeting__id__isnull=False)
        assert before.status is RecordingStatus.UPLOADING
        sent_before = set(before.parts_done)
        assert 4 <= len(sent_before) < PARTS

        async def lease_lapsed() -> bool:
            held = await Recording.get(id=before.id)
            return held.lease_until is None or held.lease_until < datetime.now(UTC)

        # The killed worker's lease (2 s here) lapses first, so the restarted worker's sweep
        # at start takes the upload at once instead of waiting for the next periodic sweep.
        await until(lease_lapsed)
        await worker.start()
        restarted = time.monotonic()
        recording = await settled(client, meeting_id, timeout=60)
        assert time.monotonic() - restarted < 60
        assert (await readiness(queued_server))["slow_worker"] == "ok"
    finally:
        await client.close()

    assert recording["status"] == "UPLOADED", recording
    assert len(bilibili.archives) == 1
    assert recording["bvid"] == next(iter(bilibili.archives.values())).bvid
    after = await Recording.get(id=before.id)
    assert after.upload_id == before.upload_id  # the same upload session, continued
    counts = {n: c for (upload, n), c in bilibili.put_counts.items() if upload == after.upload_id}
    assert sorted(counts) == list(range(1, PARTS + 1))
    assert all(counts[n] == 1 for n in sent_before)  # acknowledged parts: sent once
    assert sum(counts.values()) < 2 * PARTS
    [uploaded] = [f for f in bilibili.files.values() if f.completed]
    assert uploaded.sha256 == recording_source.sha256_of("killed")
