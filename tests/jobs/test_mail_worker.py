"""With REDIS_URL set, mail goes through Redis to a real arq worker and out over SMTP."""

from __future__ import annotations

import asyncio
import contextlib
import os
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from arq.connections import RedisSettings, create_pool
from arq.worker import Worker

from jobs.context import close_context, open_context
from jobs.worker import arq_functions
from models.outbox.jobs import JobState, OutboxJob
from services.kernel.queue import DEFAULT_QUEUE
from settings import Settings
from tests.conftest import RunningServer, serve
from tests.support.client import SEND_CODE, GraphQLClient
from tests.support.mailbox import Mailbox

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(scope="module")
async def redis_settings() -> RedisSettings:
    settings = RedisSettings.from_dsn(REDIS_URL)
    pool = await create_pool(settings)
    await pool.flushdb()
    await pool.aclose()
    return settings


@pytest.fixture(scope="module")
async def queued_server(
    settings: Settings, mailbox: Mailbox, redis_settings: RedisSettings
) -> AsyncIterator[RunningServer]:
    running = await serve(settings.model_copy(update={"redis_url": REDIS_URL}))
    yield running
    await running.stop()


@pytest.fixture
async def worker(settings: Settings, redis_settings: RedisSettings) -> AsyncIterator[Worker]:
    ctx: dict[str, Any] = dict(await open_context(settings))
    arq_worker = Worker(
        functions=arq_functions(DEFAULT_QUEUE),
        redis_settings=redis_settings,
        ctx=ctx,
        poll_delay=0.05,
        retry_jobs=True,
        max_tries=5,
        handle_signals=False,
    )
    task = asyncio.create_task(arq_worker.async_run())
    yield arq_worker
    # Let a job that is still recording its result finish before the worker goes away.
    await until(lambda: not arq_worker.tasks)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await arq_worker.close()
    await close_context(ctx)


async def until(condition: Callable[[], bool]) -> bool:
    for _ in range(500):
        if condition():
            return True
        await asyncio.sleep(0.02)
    return False


async def test_a_code_mail_is_delivered_by_the_arq_worker(
    queued_server: RunningServer, worker: Worker, mailbox: Mailbox, local_dispatcher_paused: None
) -> None:
    client = GraphQLClient(queued_server.base_url)
    try:
        payload = await client.mutate(
            "sendVerificationCode",
            SEND_CODE,
            input={"channel": "EMAIL", "target": "erin@example.org", "purpose": "SIGN_UP"},
        )
        assert payload["sent"] is True
        code = await mailbox.code_for("erin@example.org")
        assert len(code) == 6
        assert await until(lambda: worker.jobs_complete >= 1)
    finally:
        await client.close()


async def test_a_refused_smtp_delivery_is_retried_until_it_goes_through(
    queued_server: RunningServer, worker: Worker, mailbox: Mailbox, local_dispatcher_paused: None
) -> None:
    mailbox.refuse = True
    client = GraphQLClient(queued_server.base_url)
    try:
        await client.mutate(
            "sendVerificationCode",
            SEND_CODE,
            input={"channel": "EMAIL", "target": "fran@example.org", "purpose": "SIGN_UP"},
        )
        # The outbox schedules the next try: arq sees a run that ended, the row a retry.
        for _ in range(500):
            if await OutboxJob.exists(tries__gte=2, state=JobState.PENDING):
                break
            await asyncio.sleep(0.02)
        assert await OutboxJob.exists(tries__gte=2)
        mailbox.refuse = False
        assert len(await mailbox.wait_for("fran@example.org", timeout=15)) == 1
    finally:
        await client.close()
