"""Selects whose SQL is built once and only bound to new values on each run.

Tortoise builds a statement's SQL anew on every `await` (a pypika tree, copied and rendered),
which for a select with joins costs more CPU than the database spends answering it. The query
every signed-in request runs (its session, with user and profile) is built once per SQL
dialect here and then only executed, through Tortoise's own executor so the rows become the
same model instances, related objects included:

    BY_TOKEN = CompiledSelect(
        lambda token_hash: Session.filter(token_hash=token_hash).select_related("user"),
        "token_hash",
    )
    sessions = await BY_TOKEN.all(token_hash=digest)

The builder receives a placeholder for each named parameter; the placeholders must reach the
statement as bound values (filters do), not be inlined or transformed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from tortoise import connections
from tortoise.models import Model
from tortoise.queryset import QuerySet

M = TypeVar("M", bound=Model)


def _placeholder(name: str) -> str:
    return f"\x00compiled:{name}\x00"


@dataclass(frozen=True, slots=True)
class _Compiled:
    sql: str
    values: list[Any]  # template: placeholders are replaced by the run's values
    slots: dict[int, str]  # position in `values` -> parameter name
    select_related_idx: Any
    model: type[Model]


class CompiledSelect(Generic[M]):
    def __init__(self, build: Callable[..., QuerySet[M]], *parameters: str) -> None:
        self._build = build
        self._parameters = parameters
        self._by_dialect: dict[str, _Compiled] = {}

    def _compile(self, dialect: str) -> _Compiled:
        compiled = self._by_dialect.get(dialect)
        if compiled is None:
            queryset = self._build(**{name: _placeholder(name) for name in self._parameters})
            queryset._make_query()
            sql, values = queryset.query.get_parameterized_sql()
            names = {_placeholder(name): name for name in self._parameters}
            slots = {i: names[v] for i, v in enumerate(values) if isinstance(v, str) and v in names}
            if sorted(slots.values()) != sorted(self._parameters):
                raise ValueError(f"parameters not bound as values in {sql!r}")
            compiled = _Compiled(
                sql, list(values), slots, queryset._select_related_idx, queryset.model
            )
            self._by_dialect[dialect] = compiled
        return compiled

    async def all(self, **values: Any) -> list[M]:
        db = connections.get("default")
        compiled = self._compile(db.capabilities.dialect)
        bound = list(compiled.values)
        for position, name in compiled.slots.items():
            bound[position] = values[name]
        executor = db.executor_class(
            model=compiled.model, db=db, select_related_idx=compiled.select_related_idx
        )
        rows: list[M] = await executor.execute_select(compiled.sql, bound)
        return rows
