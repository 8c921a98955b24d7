"""Running one piece of async work against the configured database, for CLI commands."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

from tortoise import Tortoise

from models import tortoise_config
from settings import Settings, load_settings

T = TypeVar("T")


async def _with_database(work: Callable[[Settings], Awaitable[T]]) -> T:
    settings = load_settings()
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        return await work(settings)
    finally:
        await Tortoise.close_connections()


def run_with_database(work: Callable[[Settings], Awaitable[T]]) -> T:
    """`work(settings)` with the ORM open, from synchronous click code."""
    return asyncio.run(_with_database(work))
