"""Without Redis there is no arq cron: periodic jobs run on this in-process timer instead.

The timer calls the very job functions the worker's cron calls (one code path).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from contextlib import asynccontextmanager
from typing import Any

import structlog

from services.kernel.queue import JobFunction

log = structlog.get_logger(__name__)


async def run_periodic(jobs: Sequence[JobFunction], ctx: Mapping[str, Any]) -> None:
    """One round of every periodic job; a failing job is logged and does not stop the rest."""
    for job in jobs:
        try:
            await job({**ctx, "job_try": 1})
        except Exception:
            log.exception("periodic job failed", job=getattr(job, "__name__", repr(job)))


async def _loop(jobs: Sequence[JobFunction], ctx: Mapping[str, Any], interval: float) -> None:
    while True:
        await asyncio.sleep(interval)
        await run_periodic(jobs, ctx)


@asynccontextmanager
async def periodic_timer(
    jobs: Sequence[JobFunction], ctx: Mapping[str, Any], interval: float
) -> AsyncIterator[None]:
    task = asyncio.create_task(_loop(jobs, ctx, interval))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
