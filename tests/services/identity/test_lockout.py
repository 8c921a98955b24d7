"""Lockout and its counters, against real Redis (TEST_REDIS_URL) as production runs them."""

from __future__ import annotations

import os
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis

from services.identity import lockout
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.ratelimit import RedisCounter
from settings import Settings

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")


@pytest.fixture
async def redis() -> AsyncIterator[Redis]:
    client = Redis.from_url(REDIS_URL)
    await client.flushdb()
    yield client
    await client.flushdb()
    await client.aclose()


@pytest.fixture
def policy() -> Settings:
    return Settings(
        _env_file=None, login_max_failures_per_account=3, login_failure_window_seconds=60
    )


async def test_the_redis_counter_counts_within_a_window_and_forgets_on_reset(
    redis: Redis,
) -> None:
    counter = RedisCounter(redis, prefix="t:")
    assert [await counter.hit("k", 30) for _ in range(3)] == [1, 2, 3]
    assert await counter.count("k") == 3
    assert 0 < await redis.ttl("t:k") <= 30
    # Later hits do not push the window out, or a steady trickle would never expire.
    await redis.expire("t:k", 5)
    await counter.hit("k", 30)
    assert await redis.ttl("t:k") <= 5
    await counter.reset("k")
    assert await counter.count("k") == 0


async def test_each_lockout_in_a_row_lasts_twice_as_long(redis: Redis, policy: Settings) -> None:
    counter = RedisCounter(redis, prefix="t:")
    durations = []
    for _ in range(3):
        await lockout.ensure_not_locked(counter, policy, "Alice", ["password"])
        for _ in range(policy.login_max_failures_per_account):
            await lockout.record_failure(counter, policy, "alice ")
        with pytest.raises(DomainError) as refused:
            await lockout.ensure_not_locked(counter, policy, "ALICE", ["password"])
        assert refused.value.code is ErrorCode.RATE_LIMITED
        durations.append(await redis.ttl("t:lock:alice"))
        await redis.delete("t:lock:alice")  # the lock running out
    # Redis reports whole seconds left; allow for a second passing meanwhile.
    assert [round(d / 60) for d in durations] == [1, 2, 4]
    assert all(d <= limit for d, limit in zip(durations, (60, 120, 240), strict=True))


async def test_a_success_ends_the_escalation(redis: Redis, policy: Settings) -> None:
    counter = RedisCounter(redis, prefix="t:")
    for _ in range(policy.login_max_failures_per_account):
        await lockout.record_failure(counter, policy, "bob")
    await redis.delete("t:lock:bob")
    await lockout.record_success(counter, "bob")
    for _ in range(policy.login_max_failures_per_account):
        await lockout.record_failure(counter, policy, "bob")
    assert 55 <= await redis.ttl("t:lock:bob") <= 60


def test_lockouts_never_exceed_a_day() -> None:
    settings = Settings(_env_file=None, login_failure_window_seconds=900)
    assert [lockout.lock_seconds(settings, n) for n in (1, 2, 3)] == [900, 1800, 3600]
    assert lockout.lock_seconds(settings, 40) == 24 * 3600
