"""`SchemaParts`: what one domain adds to the schema, collected by `resolvers/schema.py`."""

from __future__ import annotations

from dataclasses import dataclass

from strawberry.extensions import SchemaExtension


@dataclass(frozen=True, slots=True)
class SchemaParts:
    """A domain's query and mutation classes (merged into `Query` and `Mutation`) and the
    schema extensions it needs, as classes: the schema makes one of each per request."""

    queries: tuple[type, ...] = ()
    mutations: tuple[type, ...] = ()
    extensions: tuple[type[SchemaExtension], ...] = ()
