"""Enqueueing jobs by name, so services never import `jobs/`.

With `REDIS_URL` set the transport is arq; without it the same job functions run in-process
as background tasks. One code path for the job itself, two transports.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Protocol

import structlog
from arq import Retry
from arq.connections import ArqRedis

log = structlog.get_logger(__name__)

JobFunction = Callable[..., Awaitable[Any]]


class JobQueue(Protocol):
    async def enqueue(self, name: str, /, **kwargs: Any) -> None:
        """Schedule job `name` with keyword arguments that are JSON-friendly."""
        ...


class ArqQueue:
    def __init__(self, pool: ArqRedis) -> None:
        self.pool = pool

    async def enqueue(self, name: str, /, **kwargs: Any) -> None:
        await self.pool.enqueue_job(name, **kwargs)


class InProcessQueue:
    """Runs each job as a task of this process, with the same `ctx` a worker would pass."""

    def __init__(
        self, functions: Mapping[str, JobFunction], ctx: dict[str, Any], max_tries: int = 5
    ) -> None:
        self.functions = functions
        self.ctx = ctx
        self.max_tries = max_tries
        self._tasks: set[asyncio.Task[None]] = set()

    async def enqueue(self, name: str, /, **kwargs: Any) -> None:
        function = self.functions[name]
        task = asyncio.create_task(self._run(name, function, kwargs))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run(self, name: str, function: JobFunction, kwargs: dict[str, Any]) -> None:
        for job_try in range(1, self.max_tries + 1):
            try:
                await function({**self.ctx, "job_try": job_try}, **kwargs)
                return
            except Retry as retry:
                log.warning("job will be retried", job=name, job_try=job_try)
                await asyncio.sleep(retry.defer_score / 1000 if retry.defer_score else 0)
            except Exception:
                log.exception("job failed", job=name)
                return
        log.error("job gave up", job=name, tries=self.max_tries)

    async def drain(self) -> None:
        """Wait for every job enqueued so far (shutdown, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
