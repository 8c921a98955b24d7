"""`GET /metrics`: Prometheus text format, with the outbox and queue read at scrape time.

Counters are per process; run one scrape target per API and worker process. Serve it on an
internal network only (the numbers say how busy the service is, nothing about anyone).
"""

from __future__ import annotations

import asyncio
import contextlib

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.requests import Request
from starlette.responses import Response

from services.kernel import outbox
from services.kernel.metrics import OUTBOX, QUEUE_DEPTH, REGISTRY
from services.kernel.queue import DEFAULT_QUEUE, SLOW_QUEUE


async def _refresh(request: Request) -> None:
    with contextlib.suppress(Exception):
        async with asyncio.timeout(1):
            for state, count in (await outbox.counts()).items():
                OUTBOX.labels(state=state).set(count)
    redis = getattr(request.app.state, "redis", None)
    if redis is not None:
        with contextlib.suppress(Exception):
            async with asyncio.timeout(1):
                for queue in (DEFAULT_QUEUE, SLOW_QUEUE):
                    QUEUE_DEPTH.labels(queue=queue).set(await redis.zcard(queue))


async def metrics(request: Request) -> Response:
    await _refresh(request)
    return Response(generate_latest(REGISTRY), media_type=CONTENT_TYPE_LATEST)
