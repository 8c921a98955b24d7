"""One builder of the job context and queue, used by the API's lifespan and the CLI.

With `REDIS_URL` the queue is arq's; without it jobs run in this process on the same context,
and `drain()` waits for them at the end.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from arq import create_pool
from arq.connections import ArqRedis

from jobs.context import JobContext, close_context, open_context
from jobs.worker import SPECS, redis_settings
from services.kernel.queue import ArqQueue, InProcessQueue, JobQueue
from settings import Settings


@dataclass(frozen=True, slots=True)
class JobRuntime:
    ctx: JobContext
    queue: JobQueue
    redis: ArqRedis | None


@asynccontextmanager
async def job_runtime(settings: Settings) -> AsyncIterator[JobRuntime]:
    """The context and queue for one process; in-process jobs finish before it closes."""
    ctx = await open_context(settings)
    pool = await create_pool(redis_settings(settings)) if settings.redis_url else None
    queue: JobQueue = ArqQueue(pool, SPECS) if pool is not None else InProcessQueue(SPECS, ctx)
    ctx["queue"] = queue
    try:
        yield JobRuntime(ctx, queue, pool)
    finally:
        if isinstance(queue, InProcessQueue):
            await queue.drain()
        if pool is not None:
            await pool.aclose()
        await close_context(ctx)
