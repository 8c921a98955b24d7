"""What every HTTP answer passes through once: its request id, the security headers, the
access-log row, the metrics and the request line.

One middleware with one `send` wrapper: each ASGI middleware wraps `send` in a closure of its
own and adds an await to every message, and these three ran on every request
(docs/performance.md). The work itself lives beside it: `request_id.py` (the request's id and
line), `access_log.py` (the row of statement §1c), `security_headers.py` (the headers).
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.middleware.access_log import record_access
from api.middleware.request_id import (
    RequestInfo,
    current_request,
    observe_request,
    request_id_from,
)
from api.middleware.security_headers import HEADERS
from services.kernel import clock


class EdgeMiddleware:
    """`log_all`: a request line for every request, else for failed and slow ones only;
    `access_log`: off only for the benchmark that measures what the access log costs."""

    def __init__(
        self, app: ASGIApp, log_all: bool = True, slow_ms: float = 1000, access_log: bool = True
    ) -> None:
        self.app = app
        self.log_all = log_all
        self.slow_seconds = slow_ms / 1000
        self.access_log = access_log

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        info = RequestInfo(request_id_from(scope))
        token = current_request.set(info)
        added = [(b"x-request-id", info.request_id.encode()), *HEADERS]
        at = clock.now()
        started = time.perf_counter()
        status = 500
        size = 0
        recorded = not self.access_log

        async def edge_send(message: Message) -> None:
            nonlocal status, size, recorded
            if message["type"] == "http.response.start":
                status = message["status"]
                message = {**message, "headers": [*message.get("headers", ()), *added]}
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
                if not recorded and not message.get("more_body", False):
                    # Buffered before the last byte goes out, so a finished request is logged.
                    recorded = True
                    record_access(scope, at, status, size)
            await send(message)

        try:
            await self.app(scope, receive, edge_send)
        finally:
            if not recorded:
                record_access(scope, at, status, size)
            elapsed = time.perf_counter() - started
            observe_request(info, scope, status, elapsed, self.log_all, self.slow_seconds)
            current_request.reset(token)
