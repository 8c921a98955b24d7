"""The access log's writer: rows buffered in memory, written in batches off the request path.

A request only appends its row to a bounded buffer (`AccessLogBuffer.add`, no I/O, never
waits); a background task (`AccessLogBuffer.running`) writes what has gathered every
`ACCESS_LOG_FLUSH_SECONDS` and once more at shutdown, as one `COPY` on PostgreSQL or one
multi-row insert elsewhere. When the database cannot keep up and the buffer is full, new rows
are counted as dropped (`dropped`) and the count is logged at the next flush; nothing is ever
dropped without a trace. Rows keep the statement's 10-day retention (`models.privacy.access_log`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from functools import lru_cache
from typing import Any, NamedTuple

import aiosqlite
import structlog
from tortoise import connections

from models.privacy.access_log import AccessLogEntry

log = structlog.get_logger(__name__)


class AccessLogRow(NamedTuple):
    """One request, as statement §1c lists it; the field names are the table's columns, and
    strings already fit them (`api/middleware/access_log.py` cuts them).

    A tuple, so a batch goes to `COPY` and `executemany` as it is (`dataclasses.astuple`
    deep-copied every value, and cost more per row than the request that made it).
    """

    at: datetime
    ip_address: str | None
    path: str
    method: str
    status: int
    response_size: int
    referer: str | None
    user_agent: str | None


COLUMNS = AccessLogRow._fields


class AccessLogBuffer:
    """A bounded in-memory queue of rows and the batch writer that empties it."""

    def __init__(self, capacity: int, batch_size: int = 1000) -> None:
        self.capacity = capacity
        self.batch_size = batch_size
        self._rows: deque[AccessLogRow] = deque()
        # Totals since start, for operators and tests.
        self.written = 0
        self.dropped = 0
        self.failed = 0
        self._dropped_unreported = 0
        self._lock = asyncio.Lock()

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, row: AccessLogRow) -> None:
        """Called on the request path: append, or count the row dropped when full. No I/O."""
        if len(self._rows) >= self.capacity:
            self.dropped += 1
            self._dropped_unreported += 1
            return
        self._rows.append(row)

    async def flush(self) -> int:
        """Write everything buffered so far; returns the number of rows written."""
        async with self._lock:  # one writer at a time (timer, shutdown, a test)
            self._report_drops()
            written = 0
            # Only what is buffered now: rows arriving meanwhile wait for the next flush, or a
            # busy server would keep the writer going in tiny batches.
            pending = len(self._rows)
            while pending > 0:
                count = min(pending, self.batch_size)
                pending -= count
                batch = [self._rows.popleft() for _ in range(count)]
                try:
                    await _write(batch)
                except Exception:
                    # The batch is lost; say so with its size, and keep the writer alive.
                    self.failed += len(batch)
                    log.exception("access log batch write failed", rows=len(batch))
                    continue
                written += len(batch)
            self.written += written
            return written

    def _report_drops(self) -> None:
        if self._dropped_unreported:
            log.warning(
                "access log buffer full, rows dropped",
                dropped=self._dropped_unreported,
                dropped_total=self.dropped,
                capacity=self.capacity,
            )
            self._dropped_unreported = 0

    @asynccontextmanager
    async def running(self, interval_seconds: float) -> AsyncIterator[AccessLogBuffer]:
        """Flush every `interval_seconds` while open; flush what is left on close."""
        task = asyncio.create_task(self._loop(interval_seconds))
        try:
            yield self
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
            await self.flush()

    async def _loop(self, interval_seconds: float) -> None:
        while True:
            await asyncio.sleep(interval_seconds)
            try:
                await self.flush()
            except Exception:  # pragma: no cover - flush already logs and swallows
                log.exception("access log flush failed")


async def _write(batch: list[AccessLogRow]) -> None:
    """`COPY` through asyncpg; on SQLite multi-row INSERTs in one transaction (no model
    objects: they cost more than the insert)."""
    db = connections.get("default")
    table = AccessLogEntry._meta.db_table
    dialect = db.capabilities.dialect
    if dialect == "postgres":
        async with db.acquire_connection() as raw:
            copy = getattr(raw, "copy_records_to_table", None)
            if copy is not None:
                await copy(table, records=batch, columns=COLUMNS)
                return
    if dialect == "sqlite":
        # Only the time needs converting: the row's strings are cut to their columns' lengths
        # where the row is made, so the fields' validators would only cost time (a fifth of
        # the writer's share of a busy server's thread). The time is written as the text
        # Tortoise's SQLite adapter writes for it (`isoformat(" ")`), so the retention
        # purge compares like with like.
        rows = [[row.at.isoformat(" "), *row[1:]] for row in batch]
        filename = getattr(db, "filename", ":memory:")
        if filename == ":memory:":
            await db.execute_many(_SQLITE_INSERT, rows)
        else:
            await _write_sqlite_apart(filename, rows)
        return
    await AccessLogEntry.bulk_create([AccessLogEntry(**_values(row)) for row in batch])


async def _write_sqlite_apart(filename: str, rows: list[list[Any]]) -> None:
    """On a connection of its own: Tortoise has one SQLite connection, and every request's
    reads queue behind whatever it runs, the batch's commit (an fsync) included. WAL lets
    this writer commit while that connection reads; `synchronous=NORMAL` is WAL's safe mode
    (a power cut may lose the last batches, never corrupt the file).

    Rows go in `ROWS_PER_INSERT` at a time, each group one multi-row `INSERT`: the driver
    lets go of the GIL around every statement it steps, and a row at a time
    (`executemany`) handed the GIL back and forth with the event loop once per row, which
    cost the busy server more than the inserts themselves."""
    async with aiosqlite.connect(filename, isolation_level=None) as connection:
        await connection.execute("PRAGMA busy_timeout = 5000")
        await connection.execute("PRAGMA synchronous = NORMAL")
        await connection.execute("BEGIN IMMEDIATE")
        try:
            for start in range(0, len(rows), ROWS_PER_INSERT):
                group = rows[start : start + ROWS_PER_INSERT]
                values = [value for row in group for value in row]
                await connection.execute(_sqlite_insert(len(group)), values)
        except BaseException:
            await connection.rollback()
            raise
        await connection.commit()


# 800 parameters a statement: under the 999 that SQLite allowed before 3.32.
ROWS_PER_INSERT = 100
# Built from the dataclass's own field names and the model's table, never from input.
_QUOTED = ", ".join(f'"{column}"' for column in COLUMNS)
_SQLITE_INTO = f'INSERT INTO "{AccessLogEntry._meta.db_table}" ({_QUOTED}) VALUES '  # noqa: S608
_SQLITE_ROW = f"({', '.join('?' for _ in COLUMNS)})"
_SQLITE_INSERT = _SQLITE_INTO + _SQLITE_ROW


@lru_cache(maxsize=8)
def _sqlite_insert(rows: int) -> str:
    """The statement for `rows` rows (a batch's groups have at most two sizes)."""
    return _SQLITE_INTO + ", ".join([_SQLITE_ROW] * rows)


def _values(row: AccessLogRow) -> dict[str, object]:
    return row._asdict()
