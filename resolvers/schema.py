"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from resolvers.client_errors import ClientErrors
from resolvers.community.schema import PARTS as COMMUNITY
from resolvers.document_limits import BoundedValidation
from resolvers.documents import DocumentRegistry, TrustedDocuments
from resolvers.extensions import CachedParse, add_rules, validation_rules
from resolvers.gate.schema import PARTS as GATE
from resolvers.identity.schema import PARTS as IDENTITY
from resolvers.limits import InputLengthLimits, LengthChecker
from resolvers.privacy.schema import PARTS as PRIVACY
from settings import Settings

# One line a domain: each declares its parts in resolvers/<domain>/schema.py.
DOMAINS = (IDENTITY, GATE, PRIVACY, COMMUNITY)

Query = merge_types("Query", tuple(q for d in DOMAINS for q in d.queries))
Mutation = merge_types("Mutation", tuple(m for d in DOMAINS for m in d.mutations))


_SUGGESTION = re.compile(r"\s*Did you mean .*\?$")


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
    # Factories, never instances: each request gets its own extensions (DESIGN §11), and few
    # of them, since each costs on every operation (resolvers/extensions.py); the parse,
    # validation and length caches they use are shared and bounded.
    tokens, size = settings.graphql_max_tokens, settings.graphql_cache_size
    lengths = LengthChecker(size)
    registry = DocumentRegistry()
    extensions: list[Any] = [
        lambda: CachedParse(max_tokens=tokens, maxsize=size),
        lambda: BoundedValidation(maxsize=size, max_errors=settings.graphql_max_errors),
        add_rules(validation_rules(settings)),  # depth, aliases, no introspection unless DEBUG
        # After the rules are added: a registered document drops every rule.
        lambda: TrustedDocuments(registry, settings.trusted_documents_only),
        ClientErrors,
        lambda: InputLengthLimits(lengths),
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
