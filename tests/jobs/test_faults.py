"""Faults on purpose, with counts: sent = delivered after each.

Each test starts its own redis-server on a free port (never the shared one) and kills it for
real; the worker is the real `Supervisor` (in this process) or `commons worker` (a process
of its own, to be SIGKILLed). Every wait is bounded.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import sys
from asyncio.subprocess import DEVNULL
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from jobs.supervisor import Supervisor
from models.annotations import Purpose
from models.outbox.jobs import JobState, OutboxJob
from services.delivery.mail import Mail, queue_mail
from settings import Settings
from tests.conftest import RunningServer, free_port, serve
from tests.support.client import SEND_CODE, GraphQLClient
from tests.support.mailbox import Mailbox

COMMONS = str(Path(sys.executable).with_name("commons"))


class OwnRedis:
    """A redis-server of this test's own, without persistence: a crash loses everything."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        self.folder = folder
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    async def start(self) -> None:
        self.process = await asyncio.create_subprocess_exec(
            "redis-server",
            "--port", str(self.port),
            "--bind", "127.0.0.1",
            "--save", "",
            "--appendonly", "no",
            "--dir", str(self.folder),
            stdout=DEVNULL,
            stderr=DEVNULL,
        )  # fmt: skip
        client = Redis.from_url(self.url)
        try:
            for _ in range(100):
                with contextlib.suppress(Exception):
                    if await client.ping():
                        return
                await asyncio.sleep(0.05)
            raise AssertionError("own redis-server did not start")
        finally:
            await client.aclose()

    async def kill(self) -> None:
        assert self.process is not None
        self.process.kill()
        await self.process.wait()


@pytest.fixture
async def own_redis(tmp_path: Path) -> AsyncIterator[OwnRedis]:
    redis = OwnRedis(tmp_path)
    await redis.start()
    yield redis
    if redis.process is not None and redis.process.returncode is None:
        await redis.kill()


def fault_settings(settings: Settings, redis: OwnRedis, tmp_path: Path) -> Settings:
    return settings.model_copy(
        update={
            "redis_url": redis.url,
            "outbox_ack_seconds": 1,
            "outbox_lease_seconds": 3,
            "worker_heartbeat_seconds": 0.5,
            "worker_heartbeat_file": str(tmp_path / "heartbeat"),
            "worker_stop_seconds": 2,
        }
    )


async def delivered(mailbox: Mailbox, addresses: list[str], seconds: float = 30) -> set[str]:
    """The addresses that got their mail, waiting up to `seconds` for all of them."""
    for _ in range(int(seconds / 0.05)):
        got = {a for a in addresses if mailbox.to(a)}
        if len(got) == len(addresses):
            return got
        await asyncio.sleep(0.05)
    return {a for a in addresses if mailbox.to(a)}


def distinct_mails(mailbox: Mailbox, addresses: list[str]) -> int:
    """Mails by Message-ID; each address is mailed once, so a copy shares its ID."""
    ids = {a: {m.message["Message-ID"] for m in mailbox.to(a)} for a in addresses}
    assert all(len(found) == 1 for found in ids.values()), ids
    return sum(len(found) for found in ids.values())


async def queue_mails(server: RunningServer, prefix: str, count: int) -> list[str]:
    addresses = [f"{prefix}{n}@example.org" for n in range(count)]
    for address in addresses:
        mail = Mail(address, "Your code", "Your Commons verification code is 123456.")
        await queue_mail(server.services.queue, mail, purpose=Purpose.SECURITY)
    return addresses


@contextlib.asynccontextmanager
async def running(supervisor: Supervisor) -> AsyncIterator[Supervisor]:
    task = asyncio.create_task(supervisor.run())
    try:
        yield supervisor
    finally:
        supervisor.stopping.set()
        async with asyncio.timeout(15):
            await task


async def test_mail_queued_when_redis_crashes_is_delivered_and_the_worker_stays_up(
    settings: Settings,
    mailbox: Mailbox,
    own_redis: OwnRedis,
    tmp_path: Path,
    local_dispatcher_paused: None,
) -> None:
    faulty = fault_settings(settings, own_redis, tmp_path)
    api = await serve(faulty)
    try:
        # 20 mails handed to Redis, then Redis crashes before any worker ran: all lost there.
        first = await queue_mails(api, "crash", 20)
        # Redis holds the jobs' ids only: no address, no code.
        redis = Redis.from_url(own_redis.url)
        try:
            keys = await redis.keys("*")
            assert keys
            dumped = b"".join([await redis.dump(key) or b"" for key in keys])
        finally:
            await redis.aclose()
        assert b"crash0@example.org" not in dumped
        assert b"123456" not in dumped
        await own_redis.kill()
        await own_redis.start()
        supervisor = Supervisor(faulty, handle_signals=False)
        async with running(supervisor):
            assert await delivered(mailbox, first) == set(first)
            # And again while the worker runs: it reconnects instead of exiting.
            await own_redis.kill()
            second = await queue_mails(api, "again", 20)
            await asyncio.sleep(1)
            await own_redis.start()
            assert await delivered(mailbox, second) == set(second)
            assert supervisor.incarnations >= 2
            # A run marks its row done just after the mail went out: let the last ones land
            # before the worker stops (bounded; a loaded machine is slow here).
            for _ in range(200):
                if await OutboxJob.filter(state=JobState.DONE).count() == 40:
                    break
                await asyncio.sleep(0.1)
        # sent = delivered: 40 distinct mails (a copy would carry its original's Message-ID).
        assert distinct_mails(mailbox, first + second) == 40
        assert await OutboxJob.filter(state=JobState.DONE).count() == 40
    finally:
        await api.stop()


async def test_smtp_down_longer_than_the_old_retry_window_loses_no_mail(
    server: RunningServer, mailbox: Mailbox, settings: Settings
) -> None:
    mailbox.refuse = True
    addresses = await queue_mails(server, "smtp", 10)
    # The old rule gave up after five tries; at the suite's pace (retries at most 1 s apart)
    # 5.5 s of refusals outlast five tries, and the mails, useful for a day, wait.
    await asyncio.sleep(5.5)
    assert mailbox.messages == []
    assert await OutboxJob.filter(state=JobState.FAILED).count() == 0
    mailbox.refuse = False
    assert await delivered(mailbox, addresses) == set(addresses)
    assert sum(len(mailbox.to(a)) for a in addresses) == 10
    assert min(j.tries for j in await OutboxJob.all()) >= 5


async def worker_process(faulty: Settings, database_url: str) -> asyncio.subprocess.Process:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": str(faulty.redis_url),
        "SMTP_HOST": str(faulty.smtp_host),
        "SMTP_PORT": str(faulty.smtp_port),
        "SECRET_KEY": faulty.secret_key,
        "OUTBOX_LEASE_SECONDS": "2",
        "OUTBOX_ACK_SECONDS": "1",
        "WORKER_HEARTBEAT_SECONDS": "0.5",
        "WORKER_HEARTBEAT_FILE": faulty.worker_heartbeat_file,
        "JOB_RETRY_SECONDS": "0.2",
    }
    return await asyncio.create_subprocess_exec(
        COMMONS, "worker", env=env, cwd="/", stdout=DEVNULL, stderr=DEVNULL
    )


async def test_a_worker_killed_mid_send_loses_nothing_and_a_duplicate_is_recognisable(
    settings: Settings,
    mailbox: Mailbox,
    own_redis: OwnRedis,
    tmp_path: Path,
    database_url: str,
    local_dispatcher_paused: None,
) -> None:
    faulty = fault_settings(settings, own_redis, tmp_path)
    api = await serve(faulty)
    worker = await worker_process(faulty, database_url)
    try:
        mailbox.stall = True
        addresses = await queue_mails(api, "killed", 5)
        for _ in range(400):
            if mailbox.stalled:
                break
            await asyncio.sleep(0.05)
        assert mailbox.stalled, "the worker never reached the SMTP server"
        worker.send_signal(signal.SIGKILL)
        await worker.wait()
        mailbox.stall = False
        worker = await worker_process(faulty, database_url)
        assert await delivered(mailbox, addresses, seconds=40) == set(addresses)
        # At most the mails in flight at the kill arrive twice, with one Message-ID each.
        assert distinct_mails(mailbox, addresses) == 5
        assert sum(len(mailbox.to(a)) for a in addresses) <= 5 + mailbox.stalled
        # The new worker beats: `commons worker --check` passes.
        check = await asyncio.create_subprocess_exec(
            COMMONS,
            "worker",
            "--check",
            env={**os.environ, "WORKER_HEARTBEAT_FILE": faulty.worker_heartbeat_file,
                 "WORKER_HEARTBEAT_SECONDS": "0.5"},
            stdout=DEVNULL,
            stderr=DEVNULL,
        )  # fmt: skip
        assert await check.wait() == 0
        # SIGTERM: a graceful stop within WORKER_STOP_SECONDS, exit status 0.
        worker.send_signal(signal.SIGTERM)
        async with asyncio.timeout(15):
            assert await worker.wait() == 0
    finally:
        if worker.returncode is None:
            worker.send_signal(signal.SIGTERM)
            async with asyncio.timeout(15):
                await worker.wait()
        await api.stop()


async def test_a_frozen_redis_neither_hangs_readyz_nor_fails_a_code_request(
    settings: Settings,
    mailbox: Mailbox,
    own_redis: OwnRedis,
    tmp_path: Path,
    local_dispatcher_paused: None,
) -> None:
    faulty = fault_settings(settings, own_redis, tmp_path)
    api = await serve(faulty)
    client = GraphQLClient(api.base_url)
    assert own_redis.process is not None
    pid = own_redis.process.pid
    try:
        os.kill(pid, signal.SIGSTOP)
        loop = asyncio.get_running_loop()
        started = loop.time()
        async with aiohttp.ClientSession() as http, http.get(f"{api.base_url}/readyz") as answer:
            assert answer.status == 503
            assert (await answer.json())["redis"] == "timeout"
        assert loop.time() - started < 3
        sent = await client.mutate(
            "sendVerificationCode",
            SEND_CODE,
            input={"channel": "EMAIL", "target": "frozen@example.org", "purpose": "SIGN_UP"},
        )
        assert sent["userErrors"] == []
        assert sent["sent"] is True
        assert loop.time() - started < 6
        os.kill(pid, signal.SIGCONT)
        async with running(Supervisor(faulty, handle_signals=False)):
            assert await delivered(mailbox, ["frozen@example.org"]) == {"frozen@example.org"}
    finally:
        os.kill(pid, signal.SIGCONT)
        await client.close()
        await api.stop()
