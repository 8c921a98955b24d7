"""Count the SQL statements a request runs, to keep lists at a constant number of statements.

The test server runs in this process and event loop (tests/conftest.py), so wrapping the
Tortoise clients' execute methods here sees every statement the server issues:

    async with count_statements() as statements:
        await client.execute(MY_LIST, first=100)
    assert statements.count == 3, statements.sql

For a list query, assert the count does not grow with the page size, and say which
statements ran when it does (`assert_constant_statements` does both): make a few rows, count
the query at one page size, make more rows, count again at a larger page size.

Statements writing the access log are left out: its batch writer runs on a timer of its own,
not on behalf of any one request. Transactions' BEGIN/COMMIT are not counted (asyncpg and
aiosqlite issue them outside these methods); everything Tortoise sends as SQL is.
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

EXECUTE_METHODS = (
    "execute_query",
    "execute_query_dict",
    "execute_insert",
    "execute_many",
    "execute_script",
)
# Tables only background tasks touch: the access log's batch writer and the outbox
# dispatcher, which polls every few tenths of a second in tests.
IGNORED = ("access_log", "outbox_jobs")

# Set while inside a counted call, so a method calling another counts once.
_inside: contextvars.ContextVar[bool] = contextvars.ContextVar("inside_counted", default=False)


@dataclass
class Statements:
    sql: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.sql)

    def __str__(self) -> str:
        return "\n".join(f"{i + 1}. {s[:200]}" for i, s in enumerate(self.sql))


def _client_classes() -> Iterator[type[BaseDBAsyncClient]]:
    seen: set[type[BaseDBAsyncClient]] = set()
    todo = [BaseDBAsyncClient]
    while todo:
        cls = todo.pop()
        for sub in cls.__subclasses__():
            if sub not in seen:
                seen.add(sub)
                todo.append(sub)
                yield sub


def _counting(
    method: Callable[..., Awaitable[Any]], statements: Statements
) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def wrapper(self: BaseDBAsyncClient, query: str, *args: Any, **kwargs: Any) -> Any:
        if _inside.get():
            return await method(self, query, *args, **kwargs)
        token = _inside.set(True)
        try:
            if not any(name in query for name in IGNORED):
                statements.sql.append(query)
            return await method(self, query, *args, **kwargs)
        finally:
            _inside.reset(token)

    return wrapper


@contextmanager
def counting_statements() -> Iterator[Statements]:
    """Every SQL statement run in this process while open (the test server's included)."""
    statements = Statements()
    patched: list[tuple[type[BaseDBAsyncClient], str, Any]] = []
    for cls in _client_classes():
        for name in EXECUTE_METHODS:
            original = cls.__dict__.get(name)
            if original is not None:
                patched.append((cls, name, original))
                setattr(cls, name, _counting(original, statements))
    try:
        yield statements
    finally:
        for cls, name, original in reversed(patched):
            setattr(cls, name, original)


@asynccontextmanager
async def count_statements() -> AsyncIterator[Statements]:
    """`counting_statements` for `async with`."""
    with counting_statements() as statements:
        yield statements


async def statements_of(run: Callable[[], Awaitable[object]]) -> Statements:
    async with count_statements() as statements:
        await run()
    return statements


async def assert_constant_statements(
    run: Callable[[int], Awaitable[object]], grow: Callable[[], Awaitable[object]]
) -> Statements:
    """`run(page_size)` runs the list query; `grow()` adds rows. The count must not change
    between a page of 2 and a page of 20 over more rows. Returns the statements of the larger."""
    small = await statements_of(lambda: run(2))
    await grow()
    large = await statements_of(lambda: run(20))
    assert small.count == large.count, (
        f"{small.count} statements for a page of 2, {large.count} for a page of 20:\n{large}"
    )
    return large
