"""The privacy jobs run by a real arq worker on Redis, as in production."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
from arq import create_pool
from arq.connections import ArqRedis, RedisSettings
from arq.worker import Worker

from jobs.context import close_context, open_context
from jobs.worker import arq_functions
from models.identity.users import User
from models.privacy.privacy_requests import PrivacyExport, PrivacyRequest, RequestKind, RequestState
from services.identity.container import Services
from services.kernel import clock
from services.kernel.queue import DEFAULT_QUEUE, ArqQueue
from tests.support.mailbox import Mailbox

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/14")


@pytest.fixture
async def redis() -> AsyncIterator[ArqRedis]:
    pool = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    await pool.flushdb()
    yield pool
    await pool.flushdb()
    await pool.aclose()


async def run_worker_until_idle(services: Services) -> None:
    """A burst worker: processes what is queued, then stops. Tortoise is already open here."""

    async def startup(ctx: dict[str, Any]) -> None:
        ctx.update(await open_context(services.settings))

    async def shutdown(ctx: dict[str, Any]) -> None:
        await close_context(ctx)

    worker = Worker(
        functions=arq_functions(DEFAULT_QUEUE),
        redis_settings=RedisSettings.from_dsn(REDIS_URL),
        on_startup=startup,
        on_shutdown=shutdown,
        burst=True,
        poll_delay=0.05,
        handle_signals=False,
    )
    try:
        await worker.main()
    finally:
        await worker.close()


async def test_the_worker_builds_the_access_package_and_mails_the_requester(
    redis: ArqRedis, services: Services, mailbox: Mailbox
) -> None:
    user = await User.create(username="alice", username_key="alice", email="alice@example.org")
    now = clock.now()
    request = await PrivacyRequest.create(
        user=user,
        kind=RequestKind.ACCESS,
        state=RequestState.IN_PROGRESS,
        received_at=now,
        due_at=now + timedelta(days=30),
    )
    await ArqQueue(redis).enqueue("build_privacy_export", request_id=request.id)
    await run_worker_until_idle(services)

    export = await PrivacyExport.get(request_id=request.id)
    assert "alice@example.org" in export.document
    assert (await PrivacyRequest.get(id=request.id)).state is RequestState.COMPLETED
    mail = await mailbox.wait_for("alice@example.org")
    assert export.token in mail[0].body
