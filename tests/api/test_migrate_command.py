"""`commons migrate` as a deploy step runs it: from any directory, twice at once, or with
nothing to apply, it either brings the schema up to date or fails loudly."""

from __future__ import annotations

import asyncio
import os
import sys
from asyncio.subprocess import PIPE
from pathlib import Path

from api.migrations import dialect_of, migration_files
from tests.support.database import recreate_postgres

COMMONS = str(Path(sys.executable).with_name("commons"))


async def commons(database_url: str, *args: str, **env: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        COMMONS,
        *args,
        env={**os.environ, "DATABASE_URL": database_url, **env},
        cwd="/",  # not the checkout: the migrations must be found all the same
        stdout=PIPE,
        stderr=PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def fresh_database(database_url: str, tmp_path: Path) -> str:
    if dialect_of(database_url) == "postgres":
        url = database_url + "_migrate"
        await recreate_postgres(url)
        return url
    return f"sqlite://{tmp_path / 'fresh.sqlite3'}"


async def test_two_migrations_at_once_from_elsewhere_apply_each_migration_once(
    database_url: str, tmp_path: Path
) -> None:
    url = await fresh_database(database_url, tmp_path)
    first, second = await asyncio.gather(commons(url, "migrate"), commons(url, "migrate"))
    assert first[0] == 0, first[2]
    assert second[0] == 0, second[2]
    counts = sorted(
        int(out.split("applied ", 1)[1].split(" ", 1)[0]) for _, out, _ in (first, second)
    )
    assert counts == [0, len(migration_files(url))]


async def test_migrate_fails_when_it_finds_no_migrations(database_url: str, tmp_path: Path) -> None:
    url = await fresh_database(database_url, tmp_path)
    code, _, err = await commons(url, "migrate", MIGRATIONS_DIR=str(tmp_path / "nothing"))
    assert code == 1
    assert "no migrations" in err
