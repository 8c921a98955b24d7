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
        raise DomainError(ErrorCode.RATE_LIMITED, "Too many attempts. Try again later.", field)
