"""The contribution import on a real arq worker: Gitee's rate limit defers the job, the
retry finishes it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any

import pytest
from arq.connections import RedisSettings, create_pool
from arq.worker import Worker

from jobs.context import close_context, open_context
from jobs.outbox import ArqTransport, Dispatcher
from jobs.worker import SPECS, arq_functions
from models.community.contributions import Contribution
from models.identity.identities import ExternalIdentity
from models.identity.users import User
from models.outbox.jobs import OutboxJob
from services.community import sigs
from services.kernel.outbox import OutboxQueue
from services.kernel.queue import DEFAULT_QUEUE
from settings import Settings
from tests.fakes.gitee_api import FakeGiteeApi
from tests.jobs.test_mail_worker import REDIS_URL, until


@pytest.fixture
async def arq_worker(settings: Settings) -> AsyncIterator[Worker]:
    redis = RedisSettings.from_dsn(REDIS_URL)
    pool = await create_pool(redis)
    await pool.flushdb()
    await pool.aclose()
    ctx: dict[str, Any] = dict(await open_context(settings))
    worker = Worker(
        functions=arq_functions(DEFAULT_QUEUE),
        redis_settings=redis,
        ctx=ctx,
        poll_delay=0.05,
        retry_jobs=True,
        handle_signals=False,
    )
    task = asyncio.create_task(worker.async_run())
    yield worker
    await until(lambda: not worker.tasks)
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    await worker.close()
    await close_context(ctx)


async def test_a_rate_limited_import_is_retried_after_gitees_pause(
    arq_worker: Worker,
    gitee_api_server: FakeGiteeApi,
    settings: Settings,
    local_dispatcher_paused: None,
) -> None:
    api = gitee_api_server
    kim = api.add_user("kim")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, kim, "Queued work")
    await sigs.set_sig("kernel", sigs.SigChange(repositories=["openeuler/kernel"]))
    user = await User.create(username="kim", username_key="kim", email="kim@example.org")
    await ExternalIdentity.create(user=user, provider="gitee", subject=str(kim.id), login="kim")
    api.rate_limit_next, api.retry_after = 1, 1

    # The job is an outbox row that a dispatcher hands to arq, as in production.
    pool = await create_pool(RedisSettings.from_dsn(REDIS_URL))
    dispatcher = Dispatcher(settings, SPECS, ArqTransport(pool))
    dispatcher.start()
    try:
        await OutboxQueue(SPECS, hand_now=dispatcher.hand_now).enqueue("sync_contributions")
        stored = Contribution.filter(user_id=user.id, title="Queued work")
        for _ in range(300):  # bounded: 30 s
            if await stored.exists():
                break
            await asyncio.sleep(0.1)
    finally:
        await dispatcher.stop()
        await pool.aclose()

    assert await stored.exists()
    assert [r.status for r in api.requests[:1]] == [403]
    assert await OutboxJob.filter(name="sync_contributions", tries__gte=2).exists()
