"""Migrations: they build the schema the suite runs on, and they match the models."""

from __future__ import annotations

from api.migrations import models_differ_from_migrations
from tests.conftest import RunningServer


async def test_the_newest_migration_describes_the_models_as_they_are(
    server: RunningServer, database_url: str
) -> None:
    assert not models_differ_from_migrations(database_url), (
        "models changed without a migration: run `make migrations NAME=what_changed`"
    )
