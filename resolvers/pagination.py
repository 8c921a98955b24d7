"""Relay connections with opaque offset cursors; `first`/`last` from 1 to 100."""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Generic, TypeVar

import strawberry
from tortoise.queryset import QuerySet

from resolvers.errors import PublicError

T = TypeVar("T")
MAX_PAGE = 100
DEFAULT_PAGE = 20


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @strawberry.field
    def nodes(self) -> list[T]:
        return [edge.node for edge in self.edges]


def _cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"o:{offset}".encode()).decode()


def _offset(cursor: str) -> int:
    try:
        kind, _, value = base64.urlsafe_b64decode(cursor.encode()).decode().partition(":")
        if kind == "o" and value.isdigit():
            return int(value)
    except ValueError:
        pass
    raise PublicError("Invalid cursor.")


def window(
    total: int, first: int | None, after: str | None, last: int | None, before: str | None
) -> tuple[int, int]:
    """The offsets `start`..`end` a page covers in `total` items (refuses bad arguments)."""
    for name, value in (("first", first), ("last", last)):
        if value is not None and not 1 <= value <= MAX_PAGE:
            raise PublicError(f"`{name}` must be between 1 and {MAX_PAGE}.")
    start = _offset(after) + 1 if after else 0
    end = min(_offset(before), total) if before else total
    if first is not None:
        end = min(end, start + first)
    elif last is not None:
        start = max(start, end - last)
    else:
        end = min(end, start + DEFAULT_PAGE)
    return start, max(start, end)


def connection(nodes: list[T], start: int, end: int, total: int) -> Connection[T]:
    """The page of `nodes` at offsets `start`..`end` of `total`, with cursors and page info."""
    edges = [Edge(node=node, cursor=_cursor(start + i)) for i, node in enumerate(nodes)]
    return Connection(
        edges=edges,
        page_info=PageInfo(
            has_next_page=end < total,
            has_previous_page=start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        ),
        total_count=total,
    )


async def paginate(
    queryset: QuerySet[Any],
    to_node: Callable[[Any], T],
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """One COUNT and one windowed SELECT, whatever the page size."""
    total = await queryset.count()
    start, end = window(total, first, after, last, before)
    rows: Sequence[Any] = await queryset.offset(start).limit(end - start) if end > start else []
    return connection([to_node(row) for row in rows], start, end, total)


async def paginate_keys(
    keys: Sequence[Any],
    load: Callable[[Sequence[Any]], Awaitable[Sequence[T]]],
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """A connection over keys already chosen in order; `load` builds one page's nodes at
    once (one batch of statements, whatever the page size)."""
    total = len(keys)
    start, end = window(total, first, after, last, before)
    nodes = await load(keys[start:end]) if end > start else []
    return connection(list(nodes), start, end, total)


def paginate_loaded(
    items: Sequence[Any],
    to_node: Callable[[Any], T],
    first: int | None = None,
    after: str | None = None,
    last: int | None = None,
    before: str | None = None,
) -> Connection[T]:
    """The same window over rows a dataloader already read (no statement of its own)."""
    total = len(items)
    start, end = window(total, first, after, last, before)
    return connection([to_node(row) for row in items[start:end]], start, end, total)
