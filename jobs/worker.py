"""The worker's composition root: every domain's jobs and periodic tasks, one line a domain.

`commons worker` runs `WorkerSettings` (or `SlowWorkerSettings` for uploads and imports); the
API's in-process queue and timer use `SPECS` and `PERIODIC`, so a job runs the same code under
both transports.
"""

from __future__ import annotations

from typing import Any, cast

from arq import cron
from arq.connections import RedisSettings
from arq.typing import WorkerCoroutine
from arq.worker import func
from tortoise import Tortoise

from jobs import community, delivery, identity, participation, privacy
from jobs.context import close_context, open_context
from jobs.outbox import arq_entry
from models import tortoise_config
from services.kernel.outbox import OutboxQueue
from services.kernel.queue import (
    DEFAULT_QUEUE,
    SLOW_QUEUE,
    JobFunction,
    JobSpec,
    PeriodicSpec,
)
from settings import Settings, load_settings

DOMAINS = (delivery, identity, privacy, participation, community)

SPECS: list[JobSpec] = [spec for domain in DOMAINS for spec in domain.JOBS]
PERIODIC_SPECS: list[PeriodicSpec] = [p for domain in DOMAINS for p in domain.PERIODIC]
FUNCTIONS: dict[str, JobFunction] = {spec.name: spec.function for spec in SPECS}
# Without Redis the API's in-process timer runs these same functions (api/periodic.py).
PERIODIC: list[JobFunction] = [p.function for p in PERIODIC_SPECS]


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx.get("settings") or load_settings()
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    ctx.update(await open_context(settings))
    # Jobs that queue follow-ups (the recordings sweep) write outbox rows like everyone else;
    # the dispatcher hands them over.
    ctx["queue"] = OutboxQueue(SPECS)


async def shutdown(ctx: dict[str, Any]) -> None:
    if "http" in ctx:
        await close_context(ctx)
    await Tortoise.close_connections()


def redis_settings(settings: Settings) -> RedisSettings:
    assert settings.redis_url, "the worker needs REDIS_URL"
    return RedisSettings.from_dsn(settings.redis_url)


def arq_functions(queue: str, specs: list[JobSpec] | None = None) -> list[Any]:
    """arq functions for one queue; each runs an outbox row (jobs/outbox.py), which decides
    about retries, so arq's own limit is only a backstop, and no result is kept in Redis."""
    return [
        func(
            cast(WorkerCoroutine, arq_entry(s)),
            name=s.name,
            max_tries=1000,
            timeout=s.timeout_seconds + 30,
            keep_result=0,
        )
        for s in (SPECS if specs is None else specs)
        if s.queue == queue
    ]


def cron_jobs(queue: str) -> list[Any]:
    return [
        cron(
            cast(WorkerCoroutine, p.function),
            hour=p.hour,
            minute=p.minute,
            second=set(p.second),
            run_at_startup=p.run_at_startup,
        )
        for p in PERIODIC_SPECS
        if p.queue == queue
    ]


# The worker's heartbeat: arq writes `<queue>:health-check` this often, with this lifetime
# plus a second; /readyz reports a worker whose key is missing (api/health.py).
HEARTBEAT_SECONDS = 10


class WorkerSettings:
    queue_name = DEFAULT_QUEUE
    functions = arq_functions(DEFAULT_QUEUE)
    on_startup = startup
    on_shutdown = shutdown
    max_tries = 1000
    keep_result = 0
    health_check_interval = HEARTBEAT_SECONDS
    cron_jobs: list[Any] = cron_jobs(DEFAULT_QUEUE)


class SlowWorkerSettings:
    """Uploads and imports, on their own queue and their own worker.

    Not a subclass of WorkerSettings: arq reads only the class's own `__dict__`, so
    inherited hooks (start-up, heartbeat) would silently be dropped."""

    queue_name = SLOW_QUEUE
    functions = arq_functions(SLOW_QUEUE)
    on_startup = startup
    on_shutdown = shutdown
    max_tries = 1000
    keep_result = 0
    health_check_interval = HEARTBEAT_SECONDS
    cron_jobs: list[Any] = cron_jobs(SLOW_QUEUE)
