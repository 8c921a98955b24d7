"""Masking that cannot leak: every unexpected exception becomes "Unexpected error." with a
request id, for every request, concurrent or not.

`resolvers/client_errors.py::process_errors` applies it, from the pipeline extension built per
request (the schema gets a factory): Strawberry hands a shared extension instance the execution
context of whichever request came last, and a shared masking extension once let internal
messages through under concurrency (DESIGN §11).

An outage of Redis, the database or an outside service is told apart from a fault: its
error carries `extensions.code = SERVICE_UNAVAILABLE`, so a client knows to retry.
"""

from __future__ import annotations

import logging

from graphql import GraphQLError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from tortoise.exceptions import DBConnectionError

from providers.http import ServiceUnavailable
from resolvers.errors import PublicError

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


def masked(error: GraphQLError, rid: str) -> GraphQLError:
    """The error a client sees for an unexpected exception; the original goes to the log."""
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
        message=UNAVAILABLE if outage else UNEXPECTED,
        nodes=error.nodes,
        source=error.source,
        positions=error.positions,
        path=error.path,
        original_error=None,
        extensions={"code": SERVICE_UNAVAILABLE if outage else INTERNAL, "requestId": rid},
    )
