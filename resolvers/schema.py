"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import strawberry
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from resolvers.community.schema import PARTS as COMMUNITY
from resolvers.extensions import validation_rules
from resolvers.gate.schema import PARTS as GATE
from resolvers.identity.schema import PARTS as IDENTITY
from resolvers.pipeline import Pipeline, PipelineSettings, ResultHook
from resolvers.privacy.schema import PARTS as PRIVACY
from settings import Settings

# One line a domain: each declares its parts in resolvers/<domain>/schema.py.
DOMAINS = (IDENTITY, GATE, PRIVACY, COMMUNITY)

Query = merge_types("Query", tuple(q for d in DOMAINS for q in d.queries))
Mutation = merge_types("Mutation", tuple(m for d in DOMAINS for m in d.mutations))


class CommonsSchema(strawberry.Schema):
    """The Strawberry schema, with its pipeline's shared settings and caches at hand."""

    pipeline: PipelineSettings


def create_schema(
    settings: Settings,
    before_masking: Sequence[ResultHook] = (),
    after_masking: Sequence[ResultHook] = (),
) -> CommonsSchema:
    """The schema with the production pipeline (`resolvers/pipeline.py`) and each domain's
    own extensions. `before_masking` and `after_masking` run on every operation's result
    (the edge logs errors before they are masked and names the operation after)."""
    pipeline = PipelineSettings.build(
        extra_rules=validation_rules(settings),  # depth, aliases, no introspection unless DEBUG
        max_tokens=settings.graphql_max_tokens,
        max_errors=settings.graphql_max_errors,
        cache_size=settings.graphql_cache_size,
        only_trusted=settings.trusted_documents_only,
        before_masking=before_masking,
        after_masking=after_masking,
    )
    # Factories, never instances: each request gets its own extensions (DESIGN §11).
    extensions: list[Any] = [
        lambda: Pipeline(pipeline),
        *(extension for d in DOMAINS for extension in d.extensions),
    ]
    schema = CommonsSchema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=True),
    )
    schema.pipeline = pipeline
    return schema


def printed_schema(settings: Settings | None = None) -> str:
    """The SDL committed as `schema.graphql`."""
    return create_schema(settings or Settings(debug=True)).as_str() + "\n"
