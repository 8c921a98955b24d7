"""Fixed-window counters for rate limits and lockout: Redis when configured, memory otherwise."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Awaitable, Callable
from typing import Protocol, TypeVar

import structlog
from redis.asyncio import Redis
from redis.exceptions import RedisError

from services.kernel import clock

log = structlog.get_logger(__name__)
T = TypeVar("T")


class Counter(Protocol):
    """Counts events per key within a window. Every method is safe under concurrency."""

    async def hit(self, key: str, window_seconds: int) -> int:
        """Count one event; returns the count in the current window, this one included."""
        ...

    async def count(self, key: str) -> int: ...

    async def reset(self, key: str) -> None: ...

    async def seconds_left(self, key: str) -> int:
        """Whole seconds until the key's window ends (0 when nothing is counted)."""
        ...


def _now() -> float:
    # Through the clock like every other time check, so tests can move windows with
    # time_machine. A wall clock stepped backwards only makes a window last longer.
    return clock.now().timestamp()


class MemoryCounter:
    """For a single process (the embedded default)."""

    def __init__(self) -> None:
        self._entries: dict[str, tuple[int, float]] = {}

    async def hit(self, key: str, window_seconds: int) -> int:
        now = _now()
        count, expires = self._entries.get(key, (0, 0.0))
        if expires <= now:
            count, expires = 0, now + window_seconds
        self._entries[key] = (count + 1, expires)
        if len(self._entries) > 100_000:
            self._sweep(now)
        return count + 1

    async def count(self, key: str) -> int:
        count, expires = self._entries.get(key, (0, 0.0))
        return count if expires > _now() else 0

    async def reset(self, key: str) -> None:
        self._entries.pop(key, None)

    async def seconds_left(self, key: str) -> int:
        _, expires = self._entries.get(key, (0, 0.0))
        return max(0, math.ceil(expires - _now()))

    def _sweep(self, now: float) -> None:
        for key in [k for k, (_, exp) in self._entries.items() if exp <= now]:
            del self._entries[key]


class RedisCounter:
    """Shared by every API process through Redis."""

    def __init__(self, redis: Redis, prefix: str = "commons:rl:") -> None:
        self.redis = redis
        self.prefix = prefix

    async def hit(self, key: str, window_seconds: int) -> int:
        full = self.prefix + key
        async with self.redis.pipeline(transaction=True) as pipe:
            pipe.incr(full)
            pipe.expire(full, window_seconds, nx=True)
            count, _ = await pipe.execute()
        return int(count)

    async def count(self, key: str) -> int:
        value = await self.redis.get(self.prefix + key)
        return int(value) if value else 0

    async def reset(self, key: str) -> None:
        await self.redis.delete(self.prefix + key)

    async def seconds_left(self, key: str) -> int:
        return max(0, int(await self.redis.ttl(self.prefix + key)))


class FallbackCounter:
    """Redis first; while Redis is away (down, frozen: each call has `timeout` seconds),
    this process's own memory, so limits still hold per process and sign-ins keep working."""

    def __init__(self, primary: RedisCounter, timeout: float = 0.5) -> None:
        self.primary = primary
        self.fallback = MemoryCounter()
        self.timeout = timeout

    async def _first(self, primary: Awaitable[T], fallback: Callable[[], Awaitable[T]]) -> T:
        try:
            async with asyncio.timeout(self.timeout):
                return await primary
        except (RedisError, OSError, TimeoutError) as exc:
            log.warning("rate counter on local memory: redis unreachable", error=type(exc).__name__)
            return await fallback()

    async def hit(self, key: str, window_seconds: int) -> int:
        return await self._first(
            self.primary.hit(key, window_seconds), lambda: self.fallback.hit(key, window_seconds)
        )

    async def count(self, key: str) -> int:
        return await self._first(self.primary.count(key), lambda: self.fallback.count(key))

    async def reset(self, key: str) -> None:
        await self.fallback.reset(key)
        await self._first(self.primary.reset(key), lambda: self.fallback.reset(key))

    async def seconds_left(self, key: str) -> int:
        return await self._first(
            self.primary.seconds_left(key), lambda: self.fallback.seconds_left(key)
        )
