"""The in-process counter keeps fixed windows on the service clock, so time travel moves them."""

from __future__ import annotations

from datetime import UTC, datetime

import time_machine

from services.kernel.ratelimit import MemoryCounter


async def test_a_memory_window_starts_over_once_its_time_has_passed() -> None:
    counter = MemoryCounter()
    with time_machine.travel(datetime(2026, 1, 1, 12, tzinfo=UTC), tick=False) as traveller:
        assert [await counter.hit("k", 60) for _ in range(3)] == [1, 2, 3]
        traveller.shift(59)
        assert await counter.count("k") == 3
        assert await counter.hit("k", 60) == 4  # fixed window: a hit does not extend it
        traveller.shift(1)
        assert await counter.count("k") == 0
        assert await counter.hit("k", 60) == 1


async def test_a_full_memory_counter_sweeps_only_the_expired_windows() -> None:
    counter = MemoryCounter()
    with time_machine.travel(datetime(2026, 1, 1, 12, tzinfo=UTC), tick=False) as traveller:
        await counter.hit("stale", 10)
        await counter.hit("live", 3600)
        traveller.shift(11)
        for n in range(100_000):
            await counter.hit(f"k{n}", 60)
        assert "stale" not in counter._entries
        assert await counter.count("live") == 1
        assert len(counter._entries) == 100_001
