"""One log format for the API, the worker and the CLI: JSON, one line per event.

structlog renders our own events; the standard library's loggers (uvicorn, arq, tortoise) go
through the same processors, so every line has `timestamp`, `level`, `logger`, `event`, the
request id when there is one (bound by `api/middleware/request_id.py`), and a traceback as one
`exception` field. `LOG_FORMAT=console` is for a terminal.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

from api.middleware.request_id import add_request_id
from settings import Settings

# Loggers whose chatter says nothing an operator needs; their warnings still come through.
QUIET = ("aiosqlite", "asyncio", "tortoise", "aerich", "multipart", "httpx")
# uvicorn's access log duplicates our request line and prints query strings; strawberry
# logs unmasked error text, which api/observability.py logs without the text.
SILENT = ("uvicorn.access", "strawberry.execution")


def _processors() -> list[Any]:
    return [
        structlog.contextvars.merge_contextvars,
        add_request_id,
        structlog.stdlib.add_log_level,
        structlog.stdlib.add_logger_name,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        structlog.processors.StackInfoRenderer(),
    ]


def configure_logging(settings: Settings) -> None:
    """Route every logger of this process through structlog, once per process."""
    level = getattr(logging, settings.log_level.upper(), logging.INFO)
    shared = _processors()
    renderer: Any = (
        structlog.dev.ConsoleRenderer()
        if settings.log_format == "console"
        else structlog.processors.JSONRenderer()
    )
    last = [structlog.processors.format_exc_info] if settings.log_format != "console" else []
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=shared,
        processors=[
            structlog.stdlib.ProcessorFormatter.remove_processors_meta,
            *last,
            renderer,
        ],
    )
    handler = logging.StreamHandler(sys.stdout)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "arq", "arq.worker", "arq.jobs"):
        # Their own handlers would print a second, plain-text line.
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    for name in SILENT:
        logging.getLogger(name).disabled = True


# uvicorn configures its loggers itself unless told not to: `commons serve` passes this.
UVICORN_LOG_CONFIG: dict[str, Any] = {"version": 1, "disable_existing_loggers": False}
