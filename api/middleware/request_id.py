"""A request id on every log line and answer, one log line and the metrics per request.

The id comes from `X-Request-ID` when it is short and plain, else a fresh one; every line
logged while the request runs carries it (`add_request_id`, one of `api/logs.py`'s
processors); it is sent back in the `X-Request-ID` header and put into masked GraphQL errors
(`api/observability.py`).
The request line names the path without its query, the GraphQL operation, never variables.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from services.kernel.metrics import LATENCY, REQUESTS

log = structlog.get_logger("commons.request")

_ACCEPTABLE = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")
# Routes by their template, so metrics labels stay a small set.
ROUTES = ("/graphql", "/healthz", "/readyz", "/metrics")


@dataclass
class RequestInfo:
    request_id: str
    operation: str = "-"  # GraphQL: `mutation:signUp` (the root field, bounded by the schema)
    operation_name: str | None = None  # the client's name for it, for the log line
    outcome: str | None = None  # GraphQL: ok | error


current_request: ContextVar[RequestInfo | None] = ContextVar("current_request", default=None)


def add_request_id(_: object, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """A structlog processor: the running request's id on every line logged meanwhile.

    Read from `current_request`, which the middleware sets anyway; binding it into structlog's
    own context variables as well cost more than the rest of the middleware."""
    info = current_request.get()
    if info is not None:
        event.setdefault("request_id", info.request_id)
    return event


def route_of(path: str) -> str:
    if path in ROUTES:
        return path
    if path.startswith("/exports/"):
        return "/exports/{token}"
    return "other"


def request_id_from(scope: Scope) -> str:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            candidate = str(value.decode("latin-1"))
            if _ACCEPTABLE.match(candidate):
                return candidate
    return uuid.uuid4().hex


class RequestIdMiddleware:
    """`log_all`: a line for every request; otherwise only for failed and slow ones."""

    def __init__(self, app: ASGIApp, log_all: bool = True, slow_ms: float = 1000) -> None:
        self.app = app
        self.log_all = log_all
        self.slow_seconds = slow_ms / 1000

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        info = RequestInfo(request_id_from(scope))
        token = current_request.set(info)
        status = 500
        started = time.perf_counter()

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                headers.append((b"x-request-id", info.request_id.encode()))
                message = {**message, "headers": headers}
            await send(message)

        route = route_of(scope["path"])
        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            outcome = info.outcome or ("ok" if status < 400 else f"http_{status // 100}xx")
            if status >= 500:
                outcome = "server_error"
            REQUESTS.labels(route=route, operation=info.operation, outcome=outcome).inc()
            LATENCY.labels(route=route, operation=info.operation).observe(elapsed)
            wanted = self.log_all or outcome != "ok" or elapsed >= self.slow_seconds
            if wanted and route not in ("/healthz", "/readyz", "/metrics"):
                log.info(
                    "request",
                    request_id=info.request_id,
                    method=scope.get("method"),
                    route=route,
                    status=status,
                    operation=info.operation,
                    operation_name=info.operation_name,
                    outcome=outcome,
                    ms=round(elapsed * 1000, 1),
                )
            current_request.reset(token)
