"""Rate limits the core applies to every provider and mutation: policy lives here."""

from __future__ import annotations

from collections.abc import Sequence

from services.kernel.errors import DomainError, ErrorCode
from services.kernel.ratelimit import Counter


async def enforce(
    counter: Counter, key: str, limit: int, window_seconds: int, field: Sequence[str]
) -> None:
    """Count one attempt under `key`; past `limit` in the window the attempt is refused."""
    if await counter.hit(key, window_seconds) > limit:
        raise await rate_limited(counter, key, "Too many attempts.", field)


async def rate_limited(
    counter: Counter, key: str, message: str, field: Sequence[str] | None
) -> DomainError:
    """A RATE_LIMITED error that says how long the window under `key` still runs."""
    wait = max(1, await counter.seconds_left(key))
    return DomainError(
        ErrorCode.RATE_LIMITED, f"{message} Try again in {wait} seconds.", field, wait
    )
