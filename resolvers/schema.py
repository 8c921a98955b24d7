"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import MaskErrors, SchemaExtension, ValidationCache
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from resolvers.errors import PublicError
from resolvers.extensions import CachedParse, add_rules, validation_rules
from resolvers.gate.schema import PARTS as GATE
from resolvers.identity.schema import PARTS as IDENTITY
from resolvers.privacy.schema import PARTS as PRIVACY
from settings import Settings

# One line a domain: each declares its parts in resolvers/<domain>/schema.py.
DOMAINS = (IDENTITY, GATE, PRIVACY)

Query = merge_types("Query", tuple(q for d in DOMAINS for q in d.queries))
Mutation = merge_types("Mutation", tuple(m for d in DOMAINS for m in d.mutations))


_SUGGESTION = re.compile(r"\s*Did you mean .*\?$")


def _should_mask(error: GraphQLError) -> bool:
    """Validation and syntax errors (no original error) and deliberate `PublicError`s pass."""
    original = error.original_error
    return original is not None and not isinstance(original, PublicError)


class StripSuggestions(SchemaExtension):
    """graphql-core suggests argument, type and enum names too; those leak the schema."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if not errors:
            return
        for error in errors:
            if "Did you mean" in error.message:
                error.message = _SUGGESTION.sub("", error.message)


def create_schema(settings: Settings) -> strawberry.Schema:
    # Factories: a fresh extension per request (an instance would be shared by concurrent
    # requests), and few of them: each costs on every operation (resolvers/extensions.py).
    tokens, cache_size = settings.graphql_max_tokens, settings.graphql_cache_size
    extensions: list[Any] = [
        lambda: CachedParse(max_tokens=tokens, maxsize=cache_size),
        lambda: ValidationCache(maxsize=cache_size),
        add_rules(validation_rules(settings)),  # depth, aliases, no introspection unless DEBUG
        lambda: MaskErrors(should_mask_error=_should_mask),
        StripSuggestions,
        *(extension for d in DOMAINS for extension in d.extensions),
    ]
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=True),
    )


def printed_schema(settings: Settings | None = None) -> str:
    """The SDL committed as `schema.graphql`."""
    return create_schema(settings or Settings(debug=True)).as_str() + "\n"
