"""Liveness and readiness probes for orchestrators.

`/readyz` answers 200 only when the database answers, its schema is at the newest migration
this code ships, a privacy statement is in effect (sign-ups record consent against it) and,
with `REDIS_URL`, Redis answers and both workers (default and slow) beat. Each check has
`READYZ_TIMEOUT_SECONDS`, so a frozen dependency makes the probe fail, never hang. The answer
names checks, never error text.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise import Tortoise

from api.migrations import NoMigrations, newest_migration
from services.gate import policies
from services.kernel.queue import DEFAULT_QUEUE, SLOW_QUEUE
from settings import Settings

# arq's heartbeat key of a worker is its queue's name plus this.
HEALTH_CHECK_SUFFIX = ":health-check"
WORKER_QUEUES = {"worker": DEFAULT_QUEUE, "slow_worker": SLOW_QUEUE}


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def _database() -> str:
    await Tortoise.get_connection("default").execute_query("SELECT 1")
    return "ok"


def _schema(settings: Settings) -> Callable[[], Awaitable[str]]:
    async def check() -> str:
        try:
            expected = newest_migration(settings.database_url)
        except NoMigrations:
            return "no migrations shipped"
        _, rows = await Tortoise.get_connection("default").execute_query(
            "SELECT version FROM aerich ORDER BY id DESC LIMIT 1"
        )
        applied = str(dict(rows[0])["version"]) if rows else ""
        return "ok" if applied == expected else "not migrated: run `commons migrate`"

    return check


async def _policy() -> str:
    found = await policies.current()
    return "ok" if found is not None else "no privacy statement published"


async def _check(probe: Callable[[], Awaitable[str]], seconds: float) -> str:
    try:
        async with asyncio.timeout(seconds):
            return await probe()
    except TimeoutError:
        return "timeout"
    except Exception:
        return "unreachable"


async def readyz(request: Request) -> JSONResponse:
    settings: Settings = request.app.state.settings
    timeout = settings.readyz_timeout_seconds
    checks: dict[str, str] = {"database": await _check(_database, timeout)}
    if checks["database"] == "ok":
        checks["schema"] = await _check(_schema(settings), timeout)
        checks["policy"] = await _check(_policy, timeout)
    redis = getattr(request.app.state, "redis", None)
    if redis is not None:

        async def ping() -> str:
            await redis.ping()
            return "ok"

        checks["redis"] = await _check(ping, timeout)
        if checks["redis"] == "ok":
            # Each worker renews its heartbeat every few seconds (jobs/supervisor.py).
            for name, queue in WORKER_QUEUES.items():

                async def beating(queue: str = queue) -> str:
                    alive = await redis.exists(f"{queue}{HEALTH_CHECK_SUFFIX}")
                    return "ok" if alive else "missing heartbeat"

                checks[name] = await _check(beating, timeout)
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse(
        {"status": "ok" if ready else "unavailable", **checks}, 200 if ready else 503
    )
