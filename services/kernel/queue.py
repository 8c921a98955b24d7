"""Enqueueing jobs by name, so services never import `jobs/`.

With `REDIS_URL` set the transport is arq; without it the same job functions run in-process
as background tasks. One code path for the job itself, two transports. Each domain declares
its jobs as `JobSpec`s (tries, timeout, queue) and its periodic tasks as `PeriodicSpec`s in
`jobs/<domain>.py`; the worker settings and the in-process queue are built from those lists.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

import structlog
from arq import Retry
from arq.connections import ArqRedis

log = structlog.get_logger(__name__)

JobFunction = Callable[..., Awaitable[Any]]

DEFAULT_QUEUE = "arq:queue"
# Uploads and imports: hours of work on outside services must never stall a code by mail.
SLOW_QUEUE = "commons:slow"


@dataclass(frozen=True, slots=True)
class JobSpec:
    """A job a domain offers: its function and how it is run."""

    function: JobFunction
    max_tries: int = 5
    timeout_seconds: float = 300
    queue: str = DEFAULT_QUEUE

    @property
    def name(self) -> str:
        return str(self.function.__name__)


@dataclass(frozen=True, slots=True)
class PeriodicSpec:
    """A job run on a schedule: arq's cron with a worker, the in-process timer without."""

    function: JobFunction
    hour: int | None = None
    minute: int | None = None
    run_at_startup: bool = False
    # The worker whose cron runs it (SLOW_QUEUE: the upload worker's own sweeps).
    queue: str = DEFAULT_QUEUE
    # Seconds of the minute it runs at with a worker (default 0: once a minute at most).
    second: frozenset[int] = frozenset({0})


class JobQueue(Protocol):
    async def enqueue(self, name: str, /, _key: str | None = None, **kwargs: Any) -> None:
        """Schedule job `name` with JSON-friendly keyword arguments. Jobs enqueued with the
        same `_key` while one is queued or running are run once."""
        ...


class ArqQueue:
    def __init__(self, pool: ArqRedis, specs: Iterable[JobSpec] = ()) -> None:
        self.pool = pool
        # Jobs on the default queue go to the pool's own default (tests give it another name).
        self.queues = {spec.name: spec.queue for spec in specs if spec.queue != DEFAULT_QUEUE}

    async def enqueue(self, name: str, /, _key: str | None = None, **kwargs: Any) -> None:
        queue = self.queues.get(name)
        await self.pool.enqueue_job(name, _job_id=_key, _queue_name=queue, **kwargs)


class InProcessQueue:
    """Runs each job as a task of this process, with the same `ctx` a worker would pass."""

    def __init__(self, specs: Iterable[JobSpec], ctx: Mapping[str, Any]) -> None:
        self.specs = {spec.name: spec for spec in specs}
        self.ctx = ctx
        self._tasks: set[asyncio.Task[None]] = set()
        self._keys: set[str] = set()

    async def enqueue(self, name: str, /, _key: str | None = None, **kwargs: Any) -> None:
        spec = self.specs[name]
        if _key is not None:
            if _key in self._keys:
                return
            self._keys.add(_key)
        task = asyncio.create_task(self._run(spec, kwargs))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        if _key is not None:
            task.add_done_callback(lambda _: self._keys.discard(_key))

    async def _run(self, spec: JobSpec, kwargs: dict[str, Any]) -> None:
        for job_try in range(1, spec.max_tries + 1):
            try:
                async with asyncio.timeout(spec.timeout_seconds):
                    await spec.function({**self.ctx, "job_try": job_try}, **kwargs)
                return
            except Retry as retry:
                log.warning("job will be retried", job=spec.name, job_try=job_try)
                await asyncio.sleep(retry.defer_score / 1000 if retry.defer_score else 0)
            except Exception:
                log.exception("job failed", job=spec.name)
                return
        log.error("job gave up", job=spec.name, tries=spec.max_tries)

    async def drain(self) -> None:
        """Wait for every job enqueued so far (shutdown, tests)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)
