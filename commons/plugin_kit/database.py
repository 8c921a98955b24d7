"""A throwaway database for provider checks that touch the core's tables.

`OAuth2Provider.active_credentials` counts bound identities, so checks need the core's
tables. When nothing has opened a database yet (a plugin's own tests, `commons providers
check`), this opens an in-memory SQLite database with the current schema in a Tortoise
context of its own, gone afterwards; inside the Commons test suite the open one is used.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from tortoise import Tortoise
from tortoise.context import tortoise_test_context

from models import MODEL_MODULES


@asynccontextmanager
async def throwaway_database() -> AsyncIterator[None]:
    if Tortoise.is_inited():
        yield
        return
    async with tortoise_test_context(list(MODEL_MODULES), "sqlite://:memory:"):
        yield
