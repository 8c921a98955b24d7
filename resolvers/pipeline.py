"""Every production check of an operation, in the order Strawberry's phases would run them.

The schema has no Strawberry extension: Strawberry builds a context manager per extension per
phase on every operation and wraps each hook again, so each extension costs even where it does
nothing (docs/performance.md). `CommonsSchema.execute` (resolvers/schema.py) instead calls the
steps of one `Pipeline` per request as plain methods:

    begin       validation rules (depth, aliases, introspection), trusted documents
    parse       the token limit, through the shared document cache
    validate    bounded validation, its outcome cached with the document
    prepare     input length and NUL limits; the session looked up once; each domain's
                operation checks (`SchemaParts.checks`)
    end         `before_masking` hooks (the error log), stripped suggestions, masking and
                error codes, `after_masking` hooks (the request line)

Work that depends only on a document's text (parsing, the directive count, validation, where
its arguments are) is done once per text and kept in one bounded cache (`DocumentCache`);
only what depends on the request (variables, the viewer) runs per request. The hooks that need
the HTTP request's own state (`api/observability.py`) are passed in by the edge, which this
layer may not import.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from graphql import ASTValidationRule, DocumentNode, GraphQLError, parse, specified_rules
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionContext
from strawberry.types.graphql import OperationType
from strawberry.utils.operation import get_first_operation, get_operation_type

from resolvers.client_errors import process_errors
from resolvers.context import Context
from resolvers.document_limits import bounded, directive_problem
from resolvers.documents import DocumentRegistry, apply_trusted_document
from resolvers.limits import Site, argument_sites, length_errors
from resolvers.suggestions import strip_suggestions

ResultHook = Callable[[ExecutionContext], None]
# A domain's check of an operation before it executes (the session is known by then): it
# refuses by setting `context.result`, and no resolver runs.
OperationCheck = Callable[[ExecutionContext], Awaitable[None]]


class OperationContext(ExecutionContext):
    """Strawberry's execution context, with the operation's name and type found once per
    document. Strawberry's properties walk the document on every read, and a request reads
    them several times (the pipeline, the consent gate, the executor, the request line)."""

    # (the document they were found in, the value), once first read.
    _known_name: tuple[DocumentNode, str | None] | None = None
    _known_type: tuple[DocumentNode, OperationType] | None = None

    @property
    def operation_name(self) -> str | None:
        provided: str | None = self._provided_operation_name
        if provided is not None:
            return provided
        document = self.graphql_document
        if document is None:
            return None
        known = self._known_name
        if known is None or known[0] is not document:
            first = get_first_operation(document)
            known = self._known_name = (
                document,
                first.name.value if first is not None and first.name else None,
            )
        return known[1]

    @property
    def operation_type(self) -> OperationType:
        document = self.graphql_document
        if document is None:
            raise RuntimeError("No GraphQL document available")
        known = self._known_type
        if known is None or known[0] is not document:
            known = self._known_type = (document, get_operation_type(document, self.operation_name))
        return known[1]

    def know_type(self, document: DocumentNode, found: OperationType) -> None:
        """The type of the operation in `document`, found by the pipeline's shared cache."""
        self._known_type = (document, found)


@dataclass(slots=True)
class Prepared:
    """A parsed document and what is found once per document, filled in on first use:
    its validation errors, its arguments' places and its operations' types (shared by every
    request)."""

    document: DocumentNode
    errors: tuple[GraphQLError, ...] | None = None
    sites: tuple[Site, ...] | None = None
    # The operation's type by the name the request gives (None: the first operation).
    operation_types: dict[str | None, OperationType] = field(default_factory=dict)


class DocumentCache:
    """Parsed and validated documents by their text, least recently used dropped first.

    Keyed by the text, never the `DocumentNode`: graphql-core's nodes are frozen dataclasses
    whose hash walks the whole tree on every lookup."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.misses = 0  # documents parsed, for operators and tests
        self._entries: OrderedDict[str, Prepared] = OrderedDict()

    def get(self, text: str) -> Prepared | None:
        entry = self._entries.get(text)
        if entry is not None:
            self._entries.move_to_end(text)
        return entry

    def parse(self, text: str, max_tokens: int) -> Prepared:
        """The cached entry, or a new one (a syntax error raises and is not cached)."""
        entry = self.get(text)
        if entry is None:
            self.misses += 1
            entry = self._add(text, Prepared(parse(text, max_tokens=max_tokens)))
        return entry

    def adopt(self, text: str, document: DocumentNode) -> Prepared:
        """The cached entry for `text`, or `document` (parsed elsewhere: a registered one)."""
        return self.get(text) or self._add(text, Prepared(document))

    def _add(self, text: str, entry: Prepared) -> Prepared:
        self._entries[text] = entry
        if len(self._entries) > self.maxsize:
            self._entries.popitem(last=False)
        return entry


@dataclass(frozen=True, slots=True)
class PipelineSettings:
    """Built once per schema and shared by every request's `Pipeline`."""

    rules: tuple[type[ASTValidationRule], ...]
    max_tokens: int
    max_errors: int
    registry: DocumentRegistry
    only_trusted: bool
    documents: DocumentCache
    before_masking: Sequence[ResultHook] = field(default=())
    after_masking: Sequence[ResultHook] = field(default=())
    checks: Sequence[OperationCheck] = field(default=())

    @classmethod
    def build(
        cls,
        *,
        extra_rules: Sequence[type[ASTValidationRule]],
        max_tokens: int,
        max_errors: int,
        cache_size: int,
        only_trusted: bool,
        before_masking: Sequence[ResultHook] = (),
        after_masking: Sequence[ResultHook] = (),
        checks: Sequence[OperationCheck] = (),
    ) -> PipelineSettings:
        return cls(
            # The same tuple for every request: graphql-core's rules plus ours.
            rules=(*specified_rules, *extra_rules),
            max_tokens=max_tokens,
            max_errors=max_errors,
            registry=DocumentRegistry(),
            only_trusted=only_trusted,
            documents=DocumentCache(cache_size),
            before_masking=tuple(before_masking),
            after_masking=tuple(after_masking),
            checks=tuple(checks),
        )


class Pipeline:
    """One per request, holding that request's `ExecutionContext` (DESIGN §11). Its steps are
    called in order by `CommonsSchema.execute`: `begin`, `parse`, `validate`, `prepare`, the
    execution, then `end` (not when a step raised: the error is answered as it is)."""

    __slots__ = ("execution_context", "prepared", "settings")

    def __init__(self, settings: PipelineSettings, execution_context: ExecutionContext) -> None:
        self.settings = settings
        self.execution_context = execution_context
        # The cache entry of this request's document, once parsed or adopted.
        self.prepared: Prepared | None = None

    async def begin(self) -> None:
        """The validation rules, then a registered document in place of the text (may refuse:
        raises a `GraphQLError`)."""
        context = self.execution_context
        context.validation_rules = self.settings.rules
        # After the rules are set: a registered document drops every rule.
        await apply_trusted_document(context, self.settings.registry, self.settings.only_trusted)
        if context.graphql_document is not None and context.query:
            # A registered document, parsed by the registry: kept with the others, so what is
            # found once per document (its arguments' places) is found once for it too.
            self.prepared = self.settings.documents.adopt(context.query, context.graphql_document)
            context.graphql_document = self.prepared.document

    def end(self) -> None:
        """The answer's errors logged, stripped of suggestions and masked; then the hooks."""
        context = self.execution_context
        result = context.result
        errors = getattr(result, "errors", None)
        if errors:
            for hook in self.settings.before_masking:
                hook(context)
            strip_suggestions(errors)
            result.errors = process_errors(errors, context.context)  # type: ignore[union-attr]
        for hook in self.settings.after_masking:
            hook(context)

    def parse(self) -> None:
        """The document of the text, through the shared cache (a syntax error raises)."""
        context = self.execution_context
        # A registered document arrives parsed (resolvers/documents.py): nothing to do.
        if context.graphql_document is None and context.query:
            self.prepared = self.settings.documents.parse(context.query, self.settings.max_tokens)
            context.graphql_document = self.prepared.document

    def operation_type(self, provided: str | None) -> OperationType:
        """The type of the operation named `provided` (None: the first), found once per
        document and name; raises `RuntimeError` where there is none, as Strawberry's
        `ExecutionContext.operation_type` does."""
        context = self.execution_context
        document = context.graphql_document
        if document is None:
            raise RuntimeError("No GraphQL document available")
        prepared = self._prepared(document)
        found = prepared.operation_types.get(provided)
        if found is None:
            found = get_operation_type(document, context.operation_name)
            prepared.operation_types[provided] = found
        if isinstance(context, OperationContext):
            context.know_type(document, found)
        return found

    def validate(self) -> None:
        """`pre_execution_errors` set: the document's validation errors, found once."""
        context = self.execution_context
        document = context.graphql_document
        assert document is not None
        if not context.validation_rules:
            # A registered document: validated when it was added.
            context.pre_execution_errors = []
            return
        prepared = self._prepared(document)
        if prepared.errors is None:
            prepared.errors = self._validate(context, document)
        context.pre_execution_errors = list(prepared.errors)

    def _prepared(self, document: DocumentNode) -> Prepared:
        """The cache entry of `document` (parsed or adopted by this request), or a new one this
        request alone uses: a document that arrived parsed is not kept in the cache."""
        prepared = self.prepared
        if prepared is None or prepared.document is not document:
            self.prepared = prepared = Prepared(document)
        return prepared

    def _validate(
        self, context: ExecutionContext, document: DocumentNode
    ) -> tuple[GraphQLError, ...]:
        problem = directive_problem(document)
        if problem is not None:
            return (GraphQLError(problem),)
        errors = validate_document(context.schema._schema, document, context.validation_rules)
        return tuple(bounded(list(errors), self.settings.max_errors))

    async def prepare(self) -> None:
        """Input limits, the session looked up once, each domain's checks: any of them may
        answer instead of the execution by setting `context.result`."""
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.result is None:
            prepared = self._prepared(document)
            if prepared.sites is None:
                prepared.sites = argument_sites(context.schema._schema, document)
            errors = length_errors(prepared.sites, context.variables, context.operation_name)
            if errors:
                context.result = GraphQLExecutionResult(data=None, errors=errors)
        request = context.context
        if context.result is None and isinstance(request, Context):
            # Once, before any field: permission checks then read it without waiting
            # (`Context.known_session`).
            await request.look_up_session()
        for check in self.settings.checks:
            if context.result is not None:
                break
            await check(context)
