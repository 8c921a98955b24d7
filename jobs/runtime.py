"""One builder of the job context, queue and dispatcher, used by the API's lifespan and the CLI.

Services get an `OutboxQueue`: a job is a row first. The dispatcher hands due rows to arq
with `REDIS_URL`, or runs them as tasks of this process without it; at the end it hands over
(or runs) what is due, within `WORKER_STOP_SECONDS`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import structlog
from arq.connections import ArqRedis

from jobs.context import JobContext, close_context, open_context
from jobs.outbox import ArqTransport, Dispatcher, LocalTransport, Transport
from jobs.supervisor import connect_redis
from jobs.worker import SPECS
from services.kernel.outbox import OutboxQueue
from settings import Settings

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class JobRuntime:
    ctx: JobContext
    queue: OutboxQueue
    redis: ArqRedis | None
    dispatcher: Dispatcher


@asynccontextmanager
async def job_runtime(settings: Settings) -> AsyncIterator[JobRuntime]:
    """The context, queue and dispatcher for one process."""
    ctx = await open_context(settings)
    pool = await connect_redis(settings) if settings.redis_url else None
    transport: Transport = ArqTransport(pool) if pool is not None else LocalTransport(ctx)
    dispatcher = Dispatcher(settings, SPECS, transport)
    queue = OutboxQueue(
        SPECS, notify=dispatcher.notify, drain=dispatcher.drain, hand_now=dispatcher.hand_now
    )
    dispatcher.start()
    ctx["queue"] = queue
    try:
        yield JobRuntime(ctx, queue, pool, dispatcher)
    finally:
        await dispatcher.stop()
        try:
            await dispatcher.drain(settings.worker_stop_seconds)
        except Exception:
            # Whatever is left stays in the outbox for the next process.
            log.warning("outbox not drained at shutdown", exc_info=True)
        if pool is not None:
            await pool.aclose()
        await close_context(ctx)


__all__ = ["JobRuntime", "job_runtime"]
