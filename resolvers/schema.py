"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import strawberry
from strawberry.extensions import SchemaExtension
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext

from resolvers.community.schema import PARTS as COMMUNITY
from resolvers.extensions import validation_rules
from resolvers.gate.schema import PARTS as GATE
from resolvers.identity.schema import PARTS as IDENTITY
from resolvers.pipeline import PipelineRunner, PipelineSettings, ResultHook
from resolvers.plans import PlannedExecution
from resolvers.privacy.schema import PARTS as PRIVACY
from settings import Settings

# One line a domain: each declares its parts in resolvers/<domain>/schema.py.
DOMAINS = (IDENTITY, GATE, PRIVACY, COMMUNITY)

Query = merge_types("Query", tuple(q for d in DOMAINS for q in d.queries))
Mutation = merge_types("Mutation", tuple(m for d in DOMAINS for m in d.mutations))


class CommonsSchema(strawberry.Schema):
    """The Strawberry schema, with its pipeline's shared settings and caches at hand. It has
    no Strawberry extension: its runner drives the pipeline through the phases instead."""

    pipeline: PipelineSettings
    plans: PlannedExecution

    def _get_execute_function(self) -> Callable[..., Any]:
        return self.plans.execute

    def create_extensions_runner(
        self, execution_context: ExecutionContext, extensions: list[SchemaExtension]
    ) -> PipelineRunner:
        return PipelineRunner(execution_context, self.pipeline)


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
        checks=[check for d in DOMAINS for check in d.checks],
    )
    schema = CommonsSchema(
        query=Query,
        mutation=Mutation,
        config=StrawberryConfig(disable_field_suggestions=True),
    )
    schema.pipeline = pipeline
    schema.plans = PlannedExecution(settings.graphql_cache_size)
    return schema


def printed_schema(settings: Settings | None = None) -> str:
    """The SDL committed as `schema.graphql`."""
    return create_schema(settings or Settings(debug=True)).as_str() + "\n"
