"""Masking that cannot leak: every unexpected exception becomes "Unexpected error." with a
request id, for every request, concurrent or not.

The extension is built per request (a factory in `resolvers/schema.py`): Strawberry hands a
shared extension instance the execution context of whichever request came last, and a
shared masking extension once let internal messages through under concurrency (DESIGN §11).

An outage of Redis, the database or an outside service is told apart from a fault: its
error carries `extensions.code = SERVICE_UNAVAILABLE`, so a client knows to retry.
"""

from __future__ import annotations

import logging
from typing import Any

from graphql import GraphQLError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from strawberry.extensions import MaskErrors
from tortoise.exceptions import DBConnectionError

from providers.http import ServiceUnavailable
from resolvers.errors import PublicError
from resolvers.request_id import request_id

logger = logging.getLogger("commons.errors")

INTERNAL = "INTERNAL_SERVER_ERROR"
SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE"
UNEXPECTED = "Unexpected error."
UNAVAILABLE = "A service we depend on is unavailable. Try again shortly."

_OUTAGES: tuple[type[BaseException], ...] = (
    RedisConnectionError,
    RedisTimeoutError,
    DBConnectionError,
    ServiceUnavailable,
    ConnectionError,  # OSError family: refused, reset, aborted
    TimeoutError,
)
try:  # PostgreSQL's driver, when installed
    from asyncpg.exceptions import (  # type: ignore[import-untyped,unused-ignore]
        InterfaceError as PgInterfaceError,
    )
    from asyncpg.exceptions import (  # type: ignore[import-untyped,unused-ignore]
        PostgresConnectionError,
    )

    _OUTAGES = (*_OUTAGES, PostgresConnectionError, PgInterfaceError)
except ImportError:  # pragma: no cover
    pass


def should_mask(error: GraphQLError) -> bool:
    """Validation and syntax errors (no original error) and deliberate `PublicError`s pass."""
    original = error.original_error
    return original is not None and not isinstance(original, PublicError)


def is_outage(error: BaseException | None) -> bool:
    """Whether `error`, or what caused it, is a dependency that did not answer."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, _OUTAGES):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


class RequestMaskErrors(MaskErrors):
    """One per request. Logs the original with the request id; the client gets the id only."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=should_mask, error_message=UNEXPECTED)

    def _request_id(self) -> str:
        context: Any = self.execution_context.context
        request = getattr(context, "request", None)
        return request_id(request) if request is not None else "-"

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        rid = self._request_id()
        outage = is_outage(error.original_error)
        logger.error(
            "%s in %s (request %s)",
            "outage" if outage else "unexpected error",
            ".".join(str(p) for p in error.path or ()) or "operation",
            rid,
            exc_info=error.original_error,
            extra={"request_id": rid},
        )
        return GraphQLError(
            message=UNAVAILABLE if outage else self.error_message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions={"code": SERVICE_UNAVAILABLE if outage else INTERNAL, "requestId": rid},
        )
