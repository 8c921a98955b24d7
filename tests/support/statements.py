"""Counting the SQL statements the in-process test server runs, e.g. for one GraphQL page.

The server runs in the test's process and event loop, so wrapping the execute methods of the
database client class counts every statement it sends (nested calls count once).
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from tortoise import Tortoise

METHODS = ("execute_query", "execute_query_dict", "execute_insert", "execute_many")
# Tables only background tasks touch (the outbox dispatcher polls it every few tenths of a
# second): their statements are not the request's and would make counts flaky.
BACKGROUND_TABLES = ("outbox_jobs",)
_inside: contextvars.ContextVar[bool] = contextvars.ContextVar("inside_execute", default=False)


@dataclass
class Statements:
    sql: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.sql)


@contextmanager
def counting_statements() -> Iterator[Statements]:
    found = Statements()
    client_class = type(Tortoise.get_connection("default"))
    saved: dict[str, Any] = {}
    for name in METHODS:
        original = getattr(client_class, name, None)
        if original is None:
            continue
        saved[name] = client_class.__dict__.get(name)

        def wrap(method: Any) -> Any:
            @functools.wraps(method)
            async def counted(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
                if _inside.get() or any(table in query for table in BACKGROUND_TABLES):
                    return await method(self, query, *args, **kwargs)
                found.sql.append(query)
                token = _inside.set(True)
                try:
                    return await method(self, query, *args, **kwargs)
                finally:
                    _inside.reset(token)

            return counted

        setattr(client_class, name, wrap(original))
    try:
        yield found
    finally:
        for name, original in saved.items():
            if original is None:
                delattr(client_class, name)
            else:
                setattr(client_class, name, original)
