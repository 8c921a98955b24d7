"""The outbox: `enqueue` writes a row, in the caller's transaction when there is one.

Tortoise keeps the current transaction in a context variable, so a row written by a service
inside `async with in_transaction():` commits or rolls back with the change that caused it.
The dispatcher (`jobs/outbox.py`) hands due rows to the queue; a run claims its row, and marks
it done, schedules the next try, or moves it to the dead-letter list. Every step is one
conditional UPDATE, so any number of dispatchers and workers may run side by side.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import structlog
from tortoise import Tortoise
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.expressions import F, Q

from models.outbox.jobs import JobState, OutboxJob
from services.kernel import clock
from services.kernel.queue import JobSpec

log = structlog.get_logger(__name__)

OPEN_STATES = (JobState.PENDING, JobState.DISPATCHED, JobState.RUNNING)


class OutboxQueue:
    """The `JobQueue` every service is given: jobs are rows first, queue entries second."""

    def __init__(
        self,
        specs: Iterable[JobSpec],
        notify: Callable[[], None] | None = None,
        drain: Callable[[], Awaitable[None]] | None = None,
        hand_now: Callable[[OutboxJob], Awaitable[None]] | None = None,
    ) -> None:
        self.specs = {spec.name: spec for spec in specs}
        self.notify = notify
        self._drain = drain
        self.hand_now = hand_now

    async def drain(self) -> None:
        """Wait until this process has run what is due (in-process transport; CLI, tests)."""
        if self._drain is not None:
            await self._drain()

    async def enqueue(
        self,
        name: str,
        /,
        _key: str | None = None,
        _useful_for: timedelta | None = None,
        **kwargs: Any,
    ) -> None:
        spec = self.specs[name]
        if _key is not None and await OutboxJob.exists(key=_key, state__in=OPEN_STATES):
            return
        now = clock.now()
        job = await OutboxJob.create(
            name=name,
            queue=spec.queue,
            key=_key,
            payload=kwargs,
            available_at=now,
            useful_until=now + (_useful_for or spec.useful_for),
        )
        if self.hand_now is not None and not in_transaction():
            # Committed already: no need to wait for the dispatcher's next round.
            await self.hand_now(job)
        elif self.notify is not None:
            self.notify()


def in_transaction() -> bool:
    """True inside `async with in_transaction():` (the row commits with the caller's)."""
    return isinstance(Tortoise.get_connection("default"), TransactionalDBClient)


async def due(limit: int = 100) -> list[OutboxJob]:
    """Rows to hand to the queue now: pending and due, or handed out and not acknowledged."""
    # A millisecond ahead: SQLite compares timestamps as text, and a stored `...:10+00:00`
    # and a queried `...:10.000000+00:00` of the same instant would not compare equal.
    now = clock.now() + timedelta(milliseconds=1)
    return (
        await OutboxJob.filter(
            Q(state=JobState.PENDING, available_at__lte=now)
            | Q(state__in=(JobState.DISPATCHED, JobState.RUNNING), lease_until__lt=now)
        )
        .order_by("id")
        .limit(limit)
    )


async def mark_dispatched(job: OutboxJob, ack_seconds: float) -> bool:
    """Claim `job` for one hand-over; False when another dispatcher got there first."""
    claimed = await OutboxJob.filter(
        id=job.id, dispatches=job.dispatches, state__in=OPEN_STATES
    ).update(
        state=JobState.DISPATCHED,
        dispatches=job.dispatches + 1,
        lease_until=clock.now() + timedelta(seconds=ack_seconds),
        claimed_by=None,
    )
    return bool(claimed)


async def release(job_id: int) -> None:
    """A hand-over failed (the queue is down): due again at the next round."""
    await OutboxJob.filter(id=job_id, state=JobState.DISPATCHED).update(lease_until=clock.now())


async def start(job_id: int, worker: str, lease_seconds: float) -> OutboxJob | None:
    """Claim a handed-out row for one run (`worker` names the run uniquely); None when it
    is done or another run has it. Only the run holding the claim records the outcome."""
    claimed = await OutboxJob.filter(id=job_id, state=JobState.DISPATCHED).update(
        state=JobState.RUNNING,
        claimed_by=worker[:128],
        lease_until=clock.now() + timedelta(seconds=lease_seconds),
        tries=F("tries") + 1,
    )
    if not claimed:
        return None
    return await OutboxJob.get(id=job_id)


async def renew(job_id: int, worker: str, lease_seconds: float) -> None:
    """The run is alive: keep its lease from running out."""
    await OutboxJob.filter(id=job_id, state=JobState.RUNNING, claimed_by=worker[:128]).update(
        lease_until=clock.now() + timedelta(seconds=lease_seconds)
    )


async def finish(job_id: int, worker: str) -> None:
    """Acknowledged: the arguments (addresses, codes) go now, the row with the retention."""
    await OutboxJob.filter(id=job_id, claimed_by=worker[:128]).update(
        state=JobState.DONE, payload={}, lease_until=None, finished_at=clock.now()
    )


async def retry_at(job_id: int, worker: str, when: datetime, error: str) -> None:
    await OutboxJob.filter(id=job_id, state=JobState.RUNNING, claimed_by=worker[:128]).update(
        state=JobState.PENDING, available_at=when, lease_until=None, last_error=error[:200]
    )


async def give_up(job_id: int, worker: str, error: str) -> None:
    await OutboxJob.filter(id=job_id, claimed_by=worker[:128]).update(
        state=JobState.FAILED, lease_until=None, last_error=error[:200], finished_at=clock.now()
    )


@dataclass(frozen=True, slots=True)
class DeadLetter:
    id: int
    name: str
    tries: int
    last_error: str | None
    created_at: datetime
    failed_at: datetime | None


async def dead_letters(limit: int = 100) -> list[DeadLetter]:
    rows = await OutboxJob.filter(state=JobState.FAILED).order_by("-id").limit(limit)
    return [
        DeadLetter(r.id, r.name, r.tries, r.last_error, r.created_at, r.finished_at) for r in rows
    ]


async def failed_job_name(job_id: int) -> str | None:
    job = await OutboxJob.get_or_none(id=job_id, state=JobState.FAILED)
    return job.name if job is not None else None


async def retry_dead_letter(job_id: int, useful_for: timedelta) -> bool:
    """An admin's second chance: due now, useful for the job's usual span from now."""
    now = clock.now()
    updated = await OutboxJob.filter(id=job_id, state=JobState.FAILED).update(
        state=JobState.PENDING,
        available_at=now,
        useful_until=now + useful_for,
        tries=0,
        finished_at=None,
    )
    return bool(updated)


async def counts() -> dict[str, int]:
    """Rows per state (metrics: outbox backlog and dead letters)."""
    found = {state.value: 0 for state in JobState}
    for state in JobState:
        found[state.value] = await OutboxJob.filter(state=state).count()
    return found
