"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, NoReturn

import strawberry
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from strawberry.exceptions import MissingQueryError
from strawberry.execution import optimized_is_awaitable
from strawberry.extensions import SchemaExtension
from strawberry.schema._graphql_core import execution_context_class_kwargs
from strawberry.schema.config import StrawberryConfig
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.schema.schema import DEFAULT_ALLOWED_OPERATION_TYPES
from strawberry.tools import merge_types
from strawberry.types import ExecutionContext, ExecutionResult
from strawberry.types.execution import PreExecutionError
from strawberry.types.graphql import OperationType
from strawberry.utils.await_maybe import await_maybe

from resolvers.community.schema import PARTS as COMMUNITY
from resolvers.extensions import validation_rules
from resolvers.gate.schema import PARTS as GATE
from resolvers.identity.schema import PARTS as IDENTITY
from resolvers.pipeline import OperationContext, Pipeline, PipelineSettings, ResultHook
from resolvers.plans import PlannedExecution
from resolvers.privacy.schema import PARTS as PRIVACY
from settings import Settings

# One line a domain: each declares its parts in resolvers/<domain>/schema.py.
DOMAINS = (IDENTITY, GATE, PRIVACY, COMMUNITY)

Query = merge_types("Query", tuple(q for d in DOMAINS for q in d.queries))
Mutation = merge_types("Mutation", tuple(m for d in DOMAINS for m in d.mutations))


class CommonsSchema(strawberry.Schema):
    """The Strawberry schema, with its pipeline's shared settings and caches at hand.

    It has no Strawberry extension: `execute` runs each operation through the steps of one
    `Pipeline` (resolvers/pipeline.py) and the planned executor (resolvers/plans.py), with
    the outcomes Strawberry's own `execute` gives (the same results, errors and exceptions,
    tests/resolvers/test_schema_execute.py) but without its extension runner, phase context
    managers and middleware manager, built per request for extensions this schema has not.
    """

    pipeline: PipelineSettings
    plans: PlannedExecution

    async def execute(
        self,
        query: str | None,
        variable_values: dict[str, Any] | None = None,
        context_value: Any | None = None,
        root_value: Any | None = None,
        operation_name: str | None = None,
        allowed_operation_types: Iterable[OperationType] | None = None,
        operation_extensions: dict[str, Any] | None = None,
    ) -> ExecutionResult:
        context = OperationContext(
            query=query,
            schema=self,
            allowed_operations=allowed_operation_types or DEFAULT_ALLOWED_OPERATION_TYPES,
            context=context_value,
            root_value=root_value,
            variables=variable_values,
            # The pipeline's own (`Pipeline.begin`): Strawberry's default builds a tuple of
            # graphql-core's rules on every request, only to have it replaced.
            validation_rules=self.pipeline.rules,
            provided_operation_name=operation_name,
            operation_extensions=operation_extensions,
        )
        pipeline = Pipeline(self.pipeline, context)
        try:
            await pipeline.begin()
            result = await self._operation(pipeline, operation_name)
            pipeline.end()
        except (MissingQueryError, CannotGetOperationTypeError, InvalidOperationTypeError):
            raise  # answered by the view with a 400
        except Exception as error:  # a refusal, a syntax error: answered as data
            coerced = (
                error
                if isinstance(error, GraphQLError)
                else GraphQLError(str(error), original_error=error)
            )
            return self._settled(context, PreExecutionError(data=None, errors=[coerced]))
        if isinstance(result, ExecutionResult):
            return result  # refused before execution: settled already
        return self._settled(context, result, processed=True)

    async def _operation(
        self, pipeline: Pipeline, operation_name: str | None
    ) -> ExecutionResult | GraphQLExecutionResult:
        """graphql-core's result; or, refused before execution, the answer already settled
        (Strawberry's own `ExecutionResult`, so its errors are logged before they are masked)."""
        context = pipeline.execution_context
        if not context.query and context.graphql_document is None:
            raise MissingQueryError
        pipeline.parse()
        document = context.graphql_document
        assert document is not None
        try:
            operation_type = pipeline.operation_type(operation_name)
        except RuntimeError as error:
            raise CannotGetOperationTypeError(context.operation_name) from error
        if operation_type not in context.allowed_operations:
            raise InvalidOperationTypeError(operation_type)
        pipeline.validate()
        if context.pre_execution_errors:
            errors = context.pre_execution_errors
            return self._settled(context, PreExecutionError(data=None, errors=errors))
        await pipeline.prepare()
        result = context.result
        if not result:
            result = await await_maybe(
                self.plans.execute(
                    self._schema,
                    document,
                    root_value=context.root_value,
                    context_value=context.context,
                    variable_values=context.variables,
                    operation_name=context.operation_name,
                    is_awaitable=optimized_is_awaitable,
                    operation_extensions=context.operation_extensions,
                    **execution_context_class_kwargs(self.execution_context_class),
                )
            )
            context.result = result
        if isinstance(result, GraphQLExecutionResult) and result.errors:
            context.pre_execution_errors = result.errors
            # Logged as they are, before `Pipeline.end` masks them.
            self._process_errors(result.errors, context)
        assert isinstance(result, GraphQLExecutionResult)
        return result

    def _settled(
        self,
        context: ExecutionContext,
        result: ExecutionResult | GraphQLExecutionResult,
        processed: bool = False,
    ) -> ExecutionResult:
        """The answer as Strawberry's `_handle_execution_result` makes it."""
        if result.errors:
            context.pre_execution_errors = result.errors
            if not processed:
                self._process_errors(result.errors, context)
        if isinstance(result, GraphQLExecutionResult):
            result = ExecutionResult(data=result.data, errors=result.errors)
        result.extensions = dict(context.extensions_results) if context.extensions_results else {}
        context.result = result
        return result

    def create_extensions_runner(
        self, execution_context: ExecutionContext, extensions: list[SchemaExtension]
    ) -> NoReturn:
        # Only Strawberry's `execute_sync` and `subscribe` get here: neither may run an
        # operation past the pipeline's checks.
        raise RuntimeError("Commons runs every operation through CommonsSchema.execute")


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
