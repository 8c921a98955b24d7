"""Liveness and readiness probes for orchestrators."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse
from tortoise import Tortoise

from services.kernel.queue import DEFAULT_QUEUE, SLOW_QUEUE

# arq's heartbeat key of a worker is its queue's name plus this.
HEALTH_CHECK_SUFFIX = ":health-check"
WORKER_QUEUES = {"worker": DEFAULT_QUEUE, "slow_worker": SLOW_QUEUE}


async def healthz(request: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(request: Request) -> JSONResponse:
    checks: dict[str, str] = {}
    try:
        await Tortoise.get_connection("default").execute_query("SELECT 1")
        checks["database"] = "ok"
    except Exception:
        checks["database"] = "unreachable"
    redis = getattr(request.app.state, "redis", None)
    if redis is not None:
        try:
            await redis.ping()
            checks["redis"] = "ok"
        except Exception:
            checks["redis"] = "unreachable"
        else:
            # Each worker renews its heartbeat every few seconds (jobs/worker.py).
            for name, queue in WORKER_QUEUES.items():
                alive = await redis.exists(f"{queue}{HEALTH_CHECK_SUFFIX}")
                checks[name] = "ok" if alive else "missing heartbeat"
    ready = all(value == "ok" for value in checks.values())
    return JSONResponse(
        {"status": "ok" if ready else "unavailable", **checks}, 200 if ready else 503
    )
