"""A worker that stays up: waits for its dependencies, reconnects, beats, stops gracefully.

arq's worker exits when Redis goes away (at start after ~6.5 s, or at any time later). Here
each arq `Worker` is one incarnation: when it dies of a lost connection a new one starts
after a growing pause, while the process, its job context, its outbox dispatcher and its
heartbeat stay. The heartbeat file (`WORKER_HEARTBEAT_FILE`) is rewritten every
`WORKER_HEARTBEAT_SECONDS`; `commons worker --check` passes while it is fresh. SIGTERM stops
picking jobs, lets running ones finish for up to `WORKER_STOP_SECONDS`, then cancels them
(their outbox rows are handed out again once their lease runs out).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import signal
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import structlog
from arq.connections import ArqRedis, create_pool
from arq.worker import Worker
from tortoise import Tortoise

from jobs.context import close_context, open_context
from jobs.outbox import ArqTransport, Dispatcher, describe
from jobs.worker import SPECS, arq_functions, cron_jobs, redis_settings
from models import tortoise_config
from services.kernel.outbox import OutboxQueue
from services.kernel.queue import DEFAULT_QUEUE
from settings import Settings

log = structlog.get_logger(__name__)

# Every Redis command answers within this or fails (a frozen Redis must not hang us).
REDIS_SOCKET_TIMEOUT = 5.0


async def connect_redis(settings: Settings, wait_seconds: float | None = None) -> ArqRedis:
    """An arq pool, waiting up to `STARTUP_WAIT_SECONDS` for Redis to answer."""
    wait = settings.startup_wait_seconds if wait_seconds is None else wait_seconds
    base = redis_settings(settings)
    deadline = time.monotonic() + wait
    attempt = 0
    while True:
        attempt += 1
        try:
            pool = await create_pool(replace(base, conn_retries=0))
        except Exception as exc:
            if time.monotonic() >= deadline:
                log.error("redis unreachable: giving up", error=describe(exc), attempts=attempt)
                raise
            log.warning("waiting for redis", error=describe(exc), attempt=attempt)
            await asyncio.sleep(min(attempt, 5))
            continue
        pool.connection_pool.connection_kwargs["socket_timeout"] = REDIS_SOCKET_TIMEOUT
        await pool.connection_pool.disconnect()  # reconnect with the timeout set
        return pool


async def wait_for_database(settings: Settings) -> None:
    """Open the ORM and wait up to `STARTUP_WAIT_SECONDS` for the database to answer."""
    if not Tortoise.is_inited():
        await Tortoise.init(
            config=tortoise_config(settings.database_url), _enable_global_fallback=True
        )
    deadline = time.monotonic() + settings.startup_wait_seconds
    attempt = 0
    while True:
        attempt += 1
        try:
            async with asyncio.timeout(5):
                await Tortoise.get_connection("default").execute_query("SELECT 1")
            return
        except Exception as exc:
            if time.monotonic() >= deadline:
                log.error("database unreachable: giving up", error=describe(exc))
                raise
            log.warning("waiting for the database", error=describe(exc), attempt=attempt)
            await asyncio.sleep(min(attempt, 5))


def write_heartbeat(path: str, state: dict[str, Any]) -> None:
    target = Path(path)
    partial = target.with_suffix(".tmp")
    partial.write_text(json.dumps({"at": time.time(), **state}))
    partial.replace(target)


def check_heartbeat(path: str, interval: float) -> str | None:
    """None when the worker's heartbeat is fresh, else what is wrong."""
    try:
        beat = json.loads(Path(path).read_text())
    except (OSError, ValueError):
        return "no heartbeat yet"
    age = time.time() - float(beat.get("at", 0))
    if age > 3 * interval:
        return f"heartbeat {age:.0f}s old"
    return None


class Supervisor:
    """One worker process: arq incarnations come and go, the rest stays."""

    def __init__(
        self, settings: Settings, queue: str = DEFAULT_QUEUE, *, handle_signals: bool = True
    ) -> None:
        self.settings = settings
        self.queue = queue
        self.handle_signals = handle_signals
        self.stopping = asyncio.Event()
        self.redis_ok = False
        self.worker: Worker | None = None
        self.incarnations = 0

    def _new_worker(self, pool: ArqRedis, ctx: dict[str, Any]) -> Worker:
        return Worker(
            functions=arq_functions(self.queue),
            queue_name=self.queue,
            redis_pool=pool,
            ctx=ctx,
            cron_jobs=cron_jobs(self.queue),
            handle_signals=False,
            keep_result=0,  # results would keep job data in Redis for an hour
            max_tries=1000,  # the outbox decides when to stop
            poll_delay=0.2,
            health_check_interval=self.settings.worker_heartbeat_seconds,
        )

    async def _beat(self) -> None:
        while True:
            state: dict[str, Any] = {"queue": self.queue, "incarnations": self.incarnations}
            state["redis"] = self.redis_ok
            try:
                write_heartbeat(self.settings.worker_heartbeat_file, state)
            except OSError as exc:
                log.warning("heartbeat not written", error=describe(exc))
            await asyncio.sleep(self.settings.worker_heartbeat_seconds)

    async def run(self) -> None:
        settings = self.settings
        loop = asyncio.get_running_loop()
        if self.handle_signals:
            for sig in (signal.SIGTERM, signal.SIGINT):
                with contextlib.suppress(NotImplementedError, RuntimeError):
                    loop.add_signal_handler(sig, self.stopping.set)
        beat = asyncio.create_task(self._beat())
        owns_database = not Tortoise.is_inited()
        await wait_for_database(settings)
        ctx: dict[str, Any] = {**(await open_context(settings))}
        # Jobs that queue follow-ups (the recordings sweep) write outbox rows; the
        # dispatcher below hands them over.
        ctx["queue"] = OutboxQueue(SPECS)
        dispatcher: Dispatcher | None = None
        failures = 0
        try:
            if not arq_functions(self.queue):
                # No domain registers jobs here yet: stay up and healthy until one does.
                log.warning("no jobs registered on this queue: idling", queue=self.queue)
                await self.stopping.wait()
            while not self.stopping.is_set():
                try:
                    pool = await connect_redis(settings, wait_seconds=0)
                except Exception:
                    failures += 1
                    await self._pause(failures)
                    continue
                self.redis_ok = True
                if dispatcher is None:
                    dispatcher = Dispatcher(settings, SPECS, ArqTransport(pool))
                    dispatcher.start()
                else:
                    dispatcher.transport = ArqTransport(pool)
                failures = await self._incarnation(pool, ctx, failures)
                self.redis_ok = False
        finally:
            if dispatcher is not None:
                await dispatcher.stop()
            beat.cancel()
            await close_context(ctx)
            if owns_database:
                await Tortoise.close_connections()
            log.info("worker stopped", queue=self.queue)

    async def _pause(self, failures: int) -> None:
        with contextlib.suppress(TimeoutError):
            async with asyncio.timeout(min(2**failures * 0.5, 10)):
                await self.stopping.wait()

    async def _incarnation(self, pool: ArqRedis, ctx: dict[str, Any], failures: int) -> int:
        """Run one arq worker until it dies or we are told to stop; returns the failure count."""
        self.incarnations += 1
        worker = self.worker = self._new_worker(pool, ctx)
        log.info("worker started", queue=self.queue, incarnation=self.incarnations)
        running = asyncio.create_task(worker.async_run())
        stop = asyncio.create_task(self.stopping.wait())
        await asyncio.wait({running, stop}, return_when=asyncio.FIRST_COMPLETED)
        stop.cancel()
        if self.stopping.is_set():
            await self._stop_gracefully(worker)
            running.cancel()
            with contextlib.suppress(BaseException):
                await running
            await self._close(worker)
            return failures
        error = running.exception() if not running.cancelled() else None
        log.error(
            "worker lost its connection: reconnecting",
            queue=self.queue,
            error=describe(error) if error else "stopped",
        )
        # Running jobs need the database, not Redis: let them finish (arq's close cancels).
        await self._stop_gracefully(worker)
        await self._close(worker)
        failures += 1
        await self._pause(failures)
        return failures

    async def _stop_gracefully(self, worker: Worker) -> None:
        worker.allow_pick_jobs = False
        running = [t for t in worker.tasks.values() if not t.done()]
        log.info("stopping: letting running jobs finish", jobs=len(running))
        if running:
            _, pending = await asyncio.wait(running, timeout=self.settings.worker_stop_seconds)
            for task in pending:
                task.cancel()
            if pending:
                log.warning("stopping: jobs cancelled after the bound", jobs=len(pending))

    async def _close(self, worker: Worker) -> None:
        with contextlib.suppress(Exception, asyncio.CancelledError):
            async with asyncio.timeout(self.settings.worker_stop_seconds + 1):
                await worker.close()


__all__ = ["Supervisor", "check_heartbeat", "connect_redis", "wait_for_database"]
