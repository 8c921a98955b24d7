"""The access log is written in batches by a timer; tests write it when they look at it."""

from __future__ import annotations

from starlette.applications import Starlette

from services.privacy.access_log import AccessLogBuffer


def access_log_of(app: Starlette) -> AccessLogBuffer:
    buffer: AccessLogBuffer = app.state.access_log
    return buffer


async def flush_access_log(app: Starlette) -> int:
    """Write what the server has buffered so far, as its timer would; returns rows written."""
    return await access_log_of(app).flush()
