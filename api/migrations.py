"""Aerich migrations, kept per SQL dialect: `migrations/sqlite/` and `migrations/postgres/`.

Aerich writes dialect-specific SQL into each migration file, so one set of files cannot serve
both databases. `commons makemigrations` regenerates both sets from the models.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import fcntl
import os
import sys
import tempfile
from collections.abc import AsyncIterator, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
from aerich import Command

from models import tortoise_config

T = TypeVar("T")


class NoMigrations(RuntimeError):
    """No migration files where they should be: refusing to report an empty success."""


def _migrations_folder() -> Path:
    """`MIGRATIONS_DIR` when set (the image sets it); else beside the source in a checkout,
    the installed package's data, or the working directory: the first that holds any."""
    if os.environ.get("MIGRATIONS_DIR"):
        return Path(os.environ["MIGRATIONS_DIR"])
    candidates = [
        Path(__file__).resolve().parent.parent / "migrations",
        Path(sys.prefix) / "share" / "commons" / "migrations",
        Path.cwd() / "migrations",
    ]
    for folder in candidates:
        if any(folder.glob("*/models/*.py")):
            return folder
    return candidates[0]


MIGRATIONS = _migrations_folder()


def migration_files(database_url: str) -> list[Path]:
    """This dialect's migrations, oldest first; `NoMigrations` when there are none."""
    folder = MIGRATIONS / dialect_of(database_url) / "models"
    found = sorted(folder.glob("*.py"), key=lambda path: int(path.stem.split("_", 1)[0]))
    if not found:
        raise NoMigrations(f"no migrations in {folder} (set MIGRATIONS_DIR)")
    return found


def newest_migration(database_url: str) -> str:
    """The file name Aerich records for the newest migration of this dialect."""
    return migration_files(database_url)[-1].name


# Any constant: the PostgreSQL advisory lock that serialises `commons migrate` runs.
MIGRATION_LOCK = 7_406_001


@contextlib.asynccontextmanager
async def migration_lock(database_url: str) -> AsyncIterator[None]:
    """One migration at a time per database: an advisory lock on PostgreSQL, a file lock
    beside the SQLite file. A second run waits, then finds nothing left to apply."""
    if dialect_of(database_url) == "postgres":
        conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
        try:
            await conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
            try:
                yield
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", MIGRATION_LOCK)
        finally:
            await conn.close()
        return
    path = database_url.split("://", 1)[1].split("?", 1)[0]
    lock_path = Path(path + ".migrate-lock") if path and path != ":memory:" else None
    if lock_path is None:
        yield
        return
    with lock_path.open("a") as handle:
        await asyncio.to_thread(fcntl.flock, handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


SCRATCH_POSTGRES = "postgres://postgres@127.0.0.1:5432/commons_makemigrations"


def dialect_of(database_url: str) -> str:
    if database_url.startswith("sqlite"):
        return "sqlite"
    if database_url.startswith(("postgres", "asyncpg", "psycopg")):
        return "postgres"
    raise ValueError(f"unsupported database: {database_url.split(':', 1)[0]}")


def _command(database_url: str) -> Command:
    location = MIGRATIONS / dialect_of(database_url)
    return Command(tortoise_config(database_url), app="models", location=str(location))


async def _isolated(work: Coroutine[Any, Any, T]) -> T:
    """Run Aerich in a fresh Tortoise context, so it neither sees nor closes the caller's."""
    return await asyncio.get_running_loop().create_task(work, context=contextvars.Context())


def _ensure_sqlite_folder(database_url: str) -> None:
    path = database_url.split("://", 1)[1].split("?", 1)[0]
    if path and path != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)


async def ensure_database(database_url: str) -> None:
    """Create the database itself when it does not exist yet (SQLite file or PostgreSQL DB)."""
    if dialect_of(database_url) == "sqlite":
        _ensure_sqlite_folder(database_url)
        return
    server, _, name = database_url.rpartition("/")
    name = name.split("?", 1)[0]
    conn = await asyncpg.connect(f"{server}/postgres".replace("postgres://", "postgresql://", 1))
    try:
        if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def apply_migrations(database_url: str) -> list[str]:
    """Bring the database up to the newest migration; returns the versions applied.

    Fails (`NoMigrations`) when it finds no migration files, and holds a lock so that two
    runs at once apply each migration once."""
    migration_files(database_url)
    await ensure_database(database_url)

    async def upgrade() -> list[str]:
        async with _command(database_url) as command:
            return await command.upgrade(run_in_transaction=True)

    async with migration_lock(database_url):
        return await _isolated(upgrade())


async def _drop_postgres(database_url: str) -> None:
    server, _, name = database_url.rpartition("/")
    conn = await asyncpg.connect(f"{server}/postgres".replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


async def make_migrations(name: str) -> list[str]:
    """Write a new migration per dialect for whatever changed in the models since the last one."""
    written: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        sqlite_url = f"sqlite://{scratch}/scratch.sqlite3"
        postgres_url = os.environ.get("MAKEMIGRATIONS_POSTGRES_URL", SCRATCH_POSTGRES)
        await _drop_postgres(postgres_url)
        for url in (sqlite_url, postgres_url):
            await ensure_database(url)
            # One process per dialect: Tortoise caches compiled queries per connection name.
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-c",
                "import asyncio, sys; from api.migrations import _make_one; "
                "print(*asyncio.run(_make_one(sys.argv[1], sys.argv[2])), sep='\\n')",
                url,
                name,
                stdout=asyncio.subprocess.PIPE,
                cwd=MIGRATIONS.parent,
            )
            out, _ = await process.communicate()
            if process.returncode:
                raise RuntimeError(f"makemigrations failed for {dialect_of(url)}")
            written.extend(line for line in out.decode().splitlines() if line)
        await _drop_postgres(postgres_url)
    return written


async def _make_one(database_url: str, name: str) -> list[str]:
    folder = MIGRATIONS / dialect_of(database_url) / "models"
    async with _command(database_url) as command:
        if not any(folder.glob("*.py")):
            await command.init_db(safe=True)
            return [str(path) for path in folder.glob("*.py")]
        await command.upgrade(run_in_transaction=True)
        await command.init()  # re-read the newest applied state, which the diff starts from
        version = await command.migrate(name, no_input=True)
        return [str(folder / version)] if version else []


def models_differ_from_migrations(database_url: str) -> bool:
    """True when the loaded models differ from the state the newest migration recorded.

    Needs Tortoise initialised with the app's models; reads the migration files only.
    """
    import importlib.util
    import json

    from aerich.utils import decompress_dict, get_models_describe

    folder = MIGRATIONS / dialect_of(database_url) / "models"
    newest = max(folder.glob("*.py"), key=lambda path: int(path.stem.split("_", 1)[0]))
    spec = importlib.util.spec_from_file_location(f"_migration_{newest.stem}", newest)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    recorded = decompress_dict(module.MODELS_STATE)
    current = get_models_describe("models")

    def ordered(value: object) -> object:
        # Reverse relations are listed in the order models load, which says nothing about
        # the database: compare them as sets by name.
        if isinstance(value, dict):
            return {k: ordered(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [ordered(v) for v in value]
            named = [v for v in items if isinstance(v, dict) and "name" in v]
            if len(named) == len(items):
                return sorted(named, key=lambda v: str(v["name"]))
            return items
        return value

    def canonical(state: object) -> str:
        return json.dumps(ordered(json.loads(json.dumps(state, default=str))), sort_keys=True)

    return canonical(recorded) != canonical(current)
