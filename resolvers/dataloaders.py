"""Per-request dataloaders, so a list of N objects costs a constant number of SQL statements.

A loader is a plain batch function, written next to the types that use it: it receives every
key asked for while the current level of the query resolves and answers them with one
statement, in key order (`one_per_key` and `many_per_key` build that order):

    async def profiles_by_user(user_ids: list[int]) -> list[ProfileModel | None]:
        rows = await ProfileModel.filter(user_id__in=user_ids)
        return one_per_key(user_ids, rows, lambda p: p.user_id)

A resolver asks the request's registry for it:

    profile = await info.context.loaders.load(profiles_by_user, self._model.id)

`Loaders` (one per request, made by the Context) creates one Strawberry `DataLoader` per batch
function on first use, so all resolvers of the request asking the same function share one
batch and one cache, and nothing is shared between requests (DESIGN §11). A value the request
already has (the viewer's profile, read with the session) can be handed over with `prime`.

Nested lists (a connection under each node of a list) load every child of the page's parents
at once with `many_per_key` and page in memory with `resolvers.pagination.paginate_loaded`;
use that only where a parent has few children (an audit trail, a member's identities).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Iterable, Sequence
from typing import Any, TypeVar

from strawberry.dataloader import DataLoader

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
Row = TypeVar("Row")

BatchFunction = Callable[[list[K]], Awaitable[Sequence[V]]]


class Loaders:
    """The request's dataloaders, one per batch function, made on first use."""

    def __init__(self) -> None:
        self._loaders: dict[Callable[..., Any], DataLoader[Any, Any]] = {}

    def of(self, batch: BatchFunction[K, V]) -> DataLoader[K, V]:
        loader = self._loaders.get(batch)
        if loader is None:
            loader = self._loaders[batch] = DataLoader(load_fn=batch)
        return loader

    async def load(self, batch: BatchFunction[K, V], key: K) -> V:
        return await self.of(batch).load(key)

    def prime(self, batch: BatchFunction[K, V], key: K, value: V) -> None:
        self.of(batch).prime(key, value)


def one_per_key(
    keys: Sequence[K], rows: Iterable[Row], key_of: Callable[[Row], K]
) -> list[Row | None]:
    """Rows matched to keys, in key order; None where a key has no row."""
    found = {key_of(row): row for row in rows}
    return [found.get(key) for key in keys]


def many_per_key(
    keys: Sequence[K], rows: Iterable[Row], key_of: Callable[[Row], K]
) -> list[list[Row]]:
    """Rows grouped by key, in key order, each group in the rows' order."""
    groups: dict[K, list[Row]] = defaultdict(list)
    for row in rows:
        groups[key_of(row)].append(row)
    return [groups.get(key, []) for key in keys]
