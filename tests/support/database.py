"""The test database: a fresh SQLite file, or PostgreSQL when TEST_DATABASE_URL says so."""

from __future__ import annotations

import asyncpg
from tortoise import Tortoise
from tortoise.models import Model

from api.migrations import dialect_of


def commons_models() -> list[type[Model]]:
    """Every model of the app, children before the parents they point to."""
    models = [m for m in Tortoise.apps["models"].values() if m.__module__.startswith("models.")]
    ordered: list[type[Model]] = []

    def visit(model: type[Model]) -> None:
        if model in ordered:
            return
        for name in model._meta.backward_fk_fields | model._meta.backward_o2o_fields:
            child: type[Model] = model._meta.fields_map[name].related_model  # type: ignore[attr-defined]
            if child is not model:
                visit(child)
        ordered.append(model)

    for model in models:
        visit(model)
    return ordered


async def recreate_postgres(database_url: str) -> None:
    server, _, name = database_url.rpartition("/")
    conn = await asyncpg.connect(f"{server}/postgres".replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def wipe(database_url: str) -> None:
    """Remove every row of every Commons table, keeping the schema and migration history."""
    connection = Tortoise.get_connection("default")
    models = commons_models()
    if dialect_of(database_url) == "postgres":
        tables = ", ".join(f'"{m._meta.db_table}"' for m in models)
        await connection.execute_script(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")
        return
    for model in models:
        await connection.execute_script(f'DELETE FROM "{model._meta.db_table}"')
