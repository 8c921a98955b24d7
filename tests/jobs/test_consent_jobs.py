"""The consent jobs under a real arq worker on Redis."""

from __future__ import annotations

import os
import uuid

from arq import create_pool
from arq.connections import RedisSettings
from arq.worker import Worker

from jobs.delivery import announce_policy
from jobs.worker import FUNCTIONS, WorkerSettings, arq_functions
from models.identity.users import User
from services.gate import processing_limits
from services.kernel.queue import DEFAULT_QUEUE, ArqQueue
from settings import Settings
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def test_the_worker_runs_the_consent_jobs_and_purges_children_daily() -> None:
    assert FUNCTIONS["announce_policy"] is announce_policy
    crons = [job.coroutine for job in WorkerSettings.cron_jobs]
    assert FUNCTIONS["purge_unconfirmed_children"] in crons


async def test_a_material_version_is_announced_by_the_arq_worker(
    settings: Settings, mailbox: Mailbox
) -> None:
    redis = RedisSettings.from_dsn(REDIS_URL)
    queue_name = f"test-consent-{uuid.uuid4().hex}"
    pool = await create_pool(redis, default_queue_name=queue_name)
    try:
        await User.create(username="pat", username_key="pat", email="pat@example.org")
        quiet = await User.create(username="quin", username_key="quin", email="quin@example.org")
        await processing_limits.restrict(quiet.id)

        await publish_statement(ArqQueue(pool), material=True)
        worker = Worker(
            functions=arq_functions(DEFAULT_QUEUE),
            redis_pool=pool,
            queue_name=queue_name,
            burst=True,
            poll_delay=0.05,
            ctx={"settings": settings},
            handle_signals=False,
        )
        await worker.main()
        assert worker.jobs_complete == 1
        assert [m.to for m in mailbox.messages] == [["pat@example.org"]]
        await worker.close()
    finally:
        await pool.aclose()
