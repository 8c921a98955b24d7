"""A request id on every log line and answer; the metrics and the request line of a request.

The id comes from `X-Request-ID` when it is short and plain, else a fresh one; every line
logged while the request runs carries it (`add_request_id`, one of `api/logs.py`'s
processors); it is sent back in the `X-Request-ID` header and put into masked GraphQL errors
(`api/observability.py`).
The request line names the path without its query, the GraphQL operation, never variables.
"""

from __future__ import annotations

import os
import re
from collections.abc import MutableMapping
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import structlog
from starlette.types import Scope

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
    return os.urandom(16).hex()  # as uuid4().hex reads, at a fraction of the cost


@lru_cache(maxsize=4096)
def _series(route: str, operation: str, outcome: str) -> tuple[Any, Any]:
    """A request's counter and histogram series: prometheus_client validates and locks on
    every `labels` call; the label values are a small set (routes, the schema's fields)."""
    return (
        REQUESTS.labels(route=route, operation=operation, outcome=outcome),
        LATENCY.labels(route=route, operation=operation),
    )


def observe_request(
    info: RequestInfo,
    scope: Scope,
    status: int,
    elapsed: float,
    log_all: bool,
    slow_seconds: float,
) -> None:
    """The metrics of a finished request, and its request line when wanted: with `log_all`
    every request's, otherwise only failed and slow ones'."""
    route = route_of(scope["path"])
    outcome = info.outcome or ("ok" if status < 400 else f"http_{status // 100}xx")
    if status >= 500:
        outcome = "server_error"
    requests, latency = _series(route, info.operation, outcome)
    requests.inc()
    latency.observe(elapsed)
    wanted = log_all or outcome != "ok" or elapsed >= slow_seconds
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
