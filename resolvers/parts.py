"""`SchemaParts`: what one domain adds to the schema, collected by `resolvers/schema.py`."""

from __future__ import annotations

from dataclasses import dataclass

from resolvers.pipeline import OperationCheck


@dataclass(frozen=True, slots=True)
class SchemaParts:
    """A domain's query and mutation classes (merged into `Query` and `Mutation`) and the
    checks its operations need before they execute (`resolvers/pipeline.py`: run in order,
    once the session is known; a check refuses by setting the context's result)."""

    queries: tuple[type, ...] = ()
    mutations: tuple[type, ...] = ()
    checks: tuple[OperationCheck, ...] = ()
