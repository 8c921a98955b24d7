"""Enqueueing jobs by name, so services never import `jobs/`.

Services are given an `OutboxQueue` (`services/kernel/outbox.py`): a job is a database row
first, written in the caller's transaction, and the dispatcher hands it to a transport: arq
with `REDIS_URL` set, tasks of this process without it. One code path for the job itself,
two transports. Each domain declares
its jobs as `JobSpec`s (tries, timeout, queue) and its periodic tasks as `PeriodicSpec`s in
`jobs/<domain>.py`; the worker settings and the in-process queue are built from those lists.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Protocol

import structlog
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
    # A guard against a job that fails the same way forever; `useful_for` is the real bound.
    max_tries: int = 50
    timeout_seconds: float = 300
    queue: str = DEFAULT_QUEUE
    # Temporary failures are retried with back-off for this long after the job was queued
    # (a caller may say less: a sign-in code is useful for its 10 minutes); then the job
    # goes to the dead-letter list (`commons jobs failed`).
    useful_for: timedelta = timedelta(days=1)

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
    async def enqueue(
        self,
        name: str,
        /,
        _key: str | None = None,
        _useful_for: timedelta | None = None,
        **kwargs: Any,
    ) -> None:
        """Schedule job `name` with JSON-friendly keyword arguments. Jobs enqueued with the
        same `_key` while one is queued or running are run once. `_useful_for` bounds the
        retries when it is shorter than the job's own `useful_for`."""
        ...


class ArqQueue:
    """Straight into arq, without the outbox: only for tests of the worker itself."""

    def __init__(self, pool: ArqRedis, specs: Iterable[JobSpec] = ()) -> None:
        self.pool = pool
        # Jobs on the default queue go to the pool's own default (tests give it another name).
        self.queues = {spec.name: spec.queue for spec in specs if spec.queue != DEFAULT_QUEUE}

    async def enqueue(
        self,
        name: str,
        /,
        _key: str | None = None,
        _useful_for: timedelta | None = None,
        **kwargs: Any,
    ) -> None:
        queue = self.queues.get(name)
        await self.pool.enqueue_job(name, _job_id=_key, _queue_name=queue, **kwargs)
