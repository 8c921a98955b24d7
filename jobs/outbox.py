"""Running outbox jobs: one runner for both transports, and the dispatcher that feeds them.

- `run_outbox_job` claims the row, runs the job function under its timeout while renewing the
  row's lease, and then marks the row done, schedules the next try (back-off doubling from
  `JOB_RETRY_SECONDS` up to `JOB_RETRY_MAX_SECONDS`), or, when the next try would come after
  the job stopped being useful (or after `max_tries`), moves it to the dead-letter list.
  Every exception counts as temporary: a database, Redis, SMTP or gateway outage all look
  alike from here, and the job's usefulness is the bound.
- `Dispatcher` hands due rows to a transport (`ArqTransport`, `LocalTransport`) and hands
  again any row whose lease ran out: never handed over (Redis was down), lost in Redis (a
  crash), or its worker died mid-run (SIGKILL). A job killed mid-run may run twice; a mail's
  Message-ID is derived from the row, so the duplicate is recognisable.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import socket
import time
import uuid
from collections.abc import Iterable, Mapping
from datetime import timedelta
from typing import Any, Protocol

import structlog
from arq import Retry
from arq.connections import ArqRedis

from models.outbox.jobs import OutboxJob
from providers.http import ServiceUnavailable
from services.kernel import clock, outbox
from services.kernel.metrics import JOB_RUNS, JOB_SECONDS
from services.kernel.queue import DEFAULT_QUEUE, JobSpec
from settings import Settings

log = structlog.get_logger(__name__)

WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"
# A request that enqueues never waits longer than this for the queue.
HAND_SECONDS = 1.0


def job_ref(job_id: int) -> str:
    """The job's name outside the database: arq ids, Message-IDs, logs."""
    return f"outbox-{job_id}"


def describe(exc: BaseException) -> str:
    """What failed, without the exception's text (it may carry an address)."""
    if isinstance(exc, ServiceUnavailable):
        return f"ServiceUnavailable({exc.service})"
    cause = exc.__cause__
    if isinstance(exc, Retry) and cause is not None:
        return f"Retry({type(cause).__name__})"
    return type(exc).__name__


def backoff(settings: Settings, tries: int, hint: float | None = None) -> float:
    base = float(settings.job_retry_seconds * 2 ** max(tries - 1, 0))
    return min(max(base, hint or 0.0), settings.job_retry_max_seconds)


async def _keep_lease(job_id: int, run: str, lease: float) -> None:
    while True:
        await asyncio.sleep(lease / 3)
        with contextlib.suppress(Exception):  # a missed renewal only risks a duplicate
            await outbox.renew(job_id, run, lease)


async def _settle(work: Any, what: str, job_id: int) -> None:
    """Record a run's outcome, riding out a short database outage (bounded)."""
    for attempt in range(1, 11):
        try:
            await work()
            return
        except Exception as exc:
            log.warning("outbox update failed", what=what, job_id=job_id, error=describe(exc))
            await asyncio.sleep(min(0.5 * attempt, 3))
    raise RuntimeError(f"could not record that job {job_id} {what}")


async def run_outbox_job(ctx: Mapping[str, Any], spec: JobSpec, job_id: int) -> None:
    """One run of one outbox row, whichever transport brought it."""
    settings: Settings = ctx["settings"]
    lease = settings.outbox_lease_seconds
    run = f"{WORKER_ID}:{uuid.uuid4().hex[:12]}"
    job = await outbox.start(job_id, run, lease)
    if job is None:
        return  # done already, or another run has it
    ref = job_ref(job_id)
    bound = log.bind(job=spec.name, job_id=ref, job_try=job.tries)
    now = clock.now()
    if now > job.useful_until:
        bound.error("job no longer useful: moved to dead letters")
        JOB_RUNS.labels(job=spec.name, outcome="dead").inc()
        await _settle(lambda: outbox.give_up(job_id, run, "expired"), "expired", job_id)
        return
    keeper = asyncio.create_task(_keep_lease(job_id, run, lease))
    started = time.perf_counter()
    try:
        async with asyncio.timeout(spec.timeout_seconds):
            await spec.function({**ctx, "job_try": job.tries, "job_id": ref}, **job.payload)
    except asyncio.CancelledError:
        # Stopping: the lease runs out and the dispatcher hands the row on.
        bound.warning("job interrupted by shutdown")
        raise
    except Exception as exc:
        error = describe(exc)
        hint = exc.defer_score / 1000 if isinstance(exc, Retry) and exc.defer_score else None
        delay = backoff(settings, job.tries, hint)
        next_try = clock.now() + timedelta(seconds=delay)
        if next_try > job.useful_until or job.tries >= spec.max_tries:
            bound.error("job failed for good: moved to dead letters", error=error, exc_info=True)
            JOB_RUNS.labels(job=spec.name, outcome="dead").inc()
            await _settle(lambda: outbox.give_up(job_id, run, error), "failed", job_id)
        else:
            bound.warning("job failed, will be retried", error=error, retry_in=round(delay, 1))
            JOB_RUNS.labels(job=spec.name, outcome="retry").inc()
            await _settle(lambda: outbox.retry_at(job_id, run, next_try, error), "retry", job_id)
        return
    finally:
        keeper.cancel()
        JOB_SECONDS.labels(job=spec.name).observe(time.perf_counter() - started)
    JOB_RUNS.labels(job=spec.name, outcome="done").inc()
    bound.info("job done", seconds=round(time.perf_counter() - started, 3))
    await _settle(lambda: outbox.finish(job_id, run), "done", job_id)


class Transport(Protocol):
    # Rows this process is running right now (in-process transport only).
    running: set[int]

    async def hand(self, spec: JobSpec, job_id: int, dispatch: int) -> None: ...


class ArqTransport:
    """Hands a row's id (never its arguments: Redis holds no personal data) to arq."""

    def __init__(self, pool: ArqRedis, default_queue: str | None = None) -> None:
        self.pool = pool
        self.default_queue = default_queue
        self.running: set[int] = set()

    async def hand(self, spec: JobSpec, job_id: int, dispatch: int) -> None:
        queue = spec.queue if spec.queue != DEFAULT_QUEUE else self.default_queue
        await self.pool.enqueue_job(
            spec.name,
            _outbox_id=job_id,
            _job_id=f"{job_ref(job_id)}.{dispatch}",
            _queue_name=queue,
        )


class LocalTransport:
    """Without Redis: the run is a task of this process."""

    def __init__(self, ctx: Mapping[str, Any]) -> None:
        self.ctx = ctx
        self.tasks: set[asyncio.Task[None]] = set()
        self.running: set[int] = set()

    async def hand(self, spec: JobSpec, job_id: int, dispatch: int) -> None:
        task = asyncio.create_task(run_outbox_job(self.ctx, spec, job_id))
        self.tasks.add(task)
        self.running.add(job_id)
        task.add_done_callback(self.tasks.discard)
        task.add_done_callback(lambda _: self.running.discard(job_id))

    async def wait(self) -> None:
        while self.tasks:
            await asyncio.gather(*list(self.tasks), return_exceptions=True)


class Dispatcher:
    """Hands due outbox rows to the transport: at once when woken, else every poll."""

    def __init__(self, settings: Settings, specs: Iterable[JobSpec], transport: Transport) -> None:
        self.settings = settings
        self.specs = {spec.name: spec for spec in specs}
        self.transport = transport
        self.wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._handing: set[asyncio.Task[None]] = set()

    def notify(self) -> None:
        self.wake.set()

    async def _hand(self, spec: JobSpec, job_id: int, dispatch: int) -> None:
        """Hand over within `HAND_SECONDS`. A frozen Redis can hold a cancelled command for
        minutes, so the hand-over runs as a task of its own that is left behind, not
        cancelled; should it still succeed, the run's claim keeps the job single."""
        task = asyncio.create_task(self.transport.hand(spec, job_id, dispatch))
        self._handing.add(task)
        task.add_done_callback(self._handing.discard)
        task.add_done_callback(lambda t: t.cancelled() or t.exception())
        done, _ = await asyncio.wait({task}, timeout=HAND_SECONDS)
        if not done:
            raise TimeoutError("queue did not answer")
        task.result()

    async def hand_now(self, job: OutboxJob) -> None:
        """Hand one just-committed row over at once; on any trouble the rounds take it."""
        spec = self.specs.get(job.name)
        try:
            if spec is None or not await outbox.mark_dispatched(
                job, self.settings.outbox_ack_seconds
            ):
                return
            await self._hand(spec, job.id, job.dispatches + 1)
        except Exception as exc:
            log.warning("queue unreachable: job stays in the outbox", error=describe(exc))
            with contextlib.suppress(Exception):
                await outbox.release(job.id)

    async def dispatch_once(self) -> int:
        """One round; returns how many rows were handed over."""
        handed = 0
        for job in await outbox.due():
            spec = self.specs.get(job.name)
            if spec is None:
                continue  # a job of a newer release: its own workers will take it
            if job.id in self.transport.running:
                continue  # this very process still runs it (a clock jump is no death)
            if not await outbox.mark_dispatched(job, self.settings.outbox_ack_seconds):
                continue
            try:
                await self._hand(spec, job.id, job.dispatches + 1)
            except Exception as exc:
                log.warning("queue unreachable: job stays in the outbox", error=describe(exc))
                await outbox.release(job.id)
                break
            handed += 1
        return handed

    async def run(self) -> None:
        failures = 0
        while True:
            try:
                await self.dispatch_once()
                failures = 0
            except Exception as exc:
                failures += 1
                log.warning("outbox dispatch failed", error=describe(exc), failures=failures)
            pause = self.settings.outbox_poll_seconds * min(2**failures, 16)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(pause):
                    await self.wake.wait()
            if self.wake.is_set():
                self.wake.clear()
                # Woken by an enqueue: its transaction may commit a moment later.
                await asyncio.sleep(0.02)
                with contextlib.suppress(Exception):
                    await self.dispatch_once()
                await asyncio.sleep(0.1)

    def start(self) -> None:
        self._task = asyncio.create_task(self.run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def drain(self, bound_seconds: float = 60) -> None:
        """Dispatch and (in-process) run until nothing is due; bounded."""
        deadline = time.monotonic() + bound_seconds
        while time.monotonic() < deadline:
            handed = await self.dispatch_once()
            if isinstance(self.transport, LocalTransport):
                await self.transport.wait()
            if not handed:
                return


def arq_entry(spec: JobSpec) -> Any:
    """The arq function for `spec`: an outbox row's id, or (tests) plain arguments."""

    async def entry(ctx: dict[str, Any], _outbox_id: int | None = None, **kwargs: Any) -> Any:
        if _outbox_id is None:
            return await spec.function(ctx, **kwargs)
        try:
            await run_outbox_job(ctx, spec, _outbox_id)
        except Exception as exc:
            # The database is away before the row could be claimed: arq tries again, and
            # the row's lease would bring it back anyway.
            raise Retry(defer=min(2 * ctx.get("job_try", 1), 30)) from exc
        return None

    entry.__qualname__ = entry.__name__ = spec.name
    return entry
