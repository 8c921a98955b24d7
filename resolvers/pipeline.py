"""Every production check of an operation, run in Strawberry's phases without its extensions.

Strawberry builds a context manager per extension per phase on every operation, and its
extension runner wraps each hook again, so each extension costs even where it does nothing
(docs/performance.md). The schema has no Strawberry extension at all: its runner
(`PipelineRunner`, made by `CommonsSchema.create_extensions_runner`) drives one `Pipeline`
per request through the same phases, doing in order what the extensions did:

    on_operation, before   validation rules (depth, aliases, introspection), trusted documents
    on_parse               the token limit, through the shared document cache
    on_validate            bounded validation, its outcome cached with the document
    on_execute             input length and NUL limits; the session looked up once; each
                           domain's operation checks (`SchemaParts.checks`)
    on_operation, after    `before_masking` hooks (the error log), stripped suggestions,
                           masking and error codes, `after_masking` hooks (the request line)

Work that depends only on a document's text (parsing, the directive count, validation, where
its arguments are) is done once per text and kept in one bounded cache (`DocumentCache`);
only what depends on the request (variables, the viewer) runs per request. The hooks that need
the HTTP request's own state (`api/observability.py`) are passed in by the edge, which this
layer may not import.
"""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import (
    AsyncGenerator,
    Awaitable,
    Callable,
    Generator,
    Sequence,
)
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any

from graphql import ASTValidationRule, DocumentNode, GraphQLError, parse, specified_rules
from graphql import ExecutionResult as GraphQLExecutionResult
from strawberry.extensions.runner import SchemaExtensionsRunner
from strawberry.schema.schema import validate_document
from strawberry.types import ExecutionContext

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


@dataclass(slots=True)
class Prepared:
    """A parsed document and what is found once per document, filled in on first use:
    its validation errors and its arguments' places (shared by every request)."""

    document: DocumentNode
    errors: tuple[GraphQLError, ...] | None = None
    sites: tuple[Site, ...] | None = None


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
    """One per request, holding that request's `ExecutionContext` (DESIGN §11)."""

    def __init__(self, settings: PipelineSettings, execution_context: ExecutionContext) -> None:
        self.settings = settings
        self.execution_context = execution_context

    async def on_operation(self) -> AsyncGenerator[None]:
        context = self.execution_context
        context.validation_rules = self.settings.rules
        # After the rules are set: a registered document drops every rule. May refuse.
        await apply_trusted_document(context, self.settings.registry, self.settings.only_trusted)
        if context.graphql_document is not None and context.query:
            # A registered document, parsed by the registry: kept with the others, so what is
            # found once per document (its arguments' places) is found once for it too.
            adopted = self.settings.documents.adopt(context.query, context.graphql_document)
            context.graphql_document = adopted.document
        yield
        result = context.result
        errors = getattr(result, "errors", None)
        if errors:
            for hook in self.settings.before_masking:
                hook(context)
            strip_suggestions(errors)
            result.errors = process_errors(errors, context.context)  # type: ignore[union-attr]
        for hook in self.settings.after_masking:
            hook(context)

    def on_parse(self) -> Generator[None]:
        context = self.execution_context
        # A registered document arrives parsed (resolvers/documents.py): nothing to do.
        if context.graphql_document is None and context.query:
            prepared = self.settings.documents.parse(context.query, self.settings.max_tokens)
            context.graphql_document = prepared.document
        yield

    def on_validate(self) -> Generator[None]:
        context = self.execution_context
        document = context.graphql_document
        assert document is not None
        if not context.validation_rules:
            # A registered document: validated when it was added.
            context.pre_execution_errors = []
            yield
            return
        prepared = self._prepared(context, document)
        if prepared.errors is None:
            prepared.errors = self._validate(context, document)
        context.pre_execution_errors = list(prepared.errors)
        yield

    def _prepared(self, context: ExecutionContext, document: DocumentNode) -> Prepared:
        """The cached entry of `document`, or a new one that is used once and not kept."""
        prepared = self.settings.documents.get(context.query) if context.query else None
        if prepared is None or prepared.document is not document:
            return Prepared(document)
        return prepared

    def _validate(
        self, context: ExecutionContext, document: DocumentNode
    ) -> tuple[GraphQLError, ...]:
        problem = directive_problem(document)
        if problem is not None:
            return (GraphQLError(problem),)
        errors = validate_document(context.schema._schema, document, context.validation_rules)
        return tuple(bounded(list(errors), self.settings.max_errors))

    async def on_execute(self) -> AsyncGenerator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.result is None:
            prepared = self._prepared(context, document)
            if prepared.sites is None:
                prepared.sites = argument_sites(context.schema._schema, document)
            errors = length_errors(prepared.sites, context.variables, context.operation_name)
            if errors:
                context.result = GraphQLExecutionResult(data=None, errors=errors)
        request = context.context
        if context.result is None and isinstance(request, Context):
            # Once, before any field: permission checks then read it without waiting
            # (`Context.known_session`).
            with contextlib.suppress(Exception):
                # A failed lookup (the database away) is raised again, and masked, by
                # each field that needs it.
                await request.session()
        for check in self.settings.checks:
            if context.result is not None:
                break
            await check(context)
        yield


class _Phase:
    """One phase of one request: runs the pipeline's hook up to its `yield` on entry and on
    from there on exit, as Strawberry's own phase managers do, but without building a
    context manager per extension and per hook. An exception inside the phase is thrown
    into the hook at its `yield`, so what comes after it is skipped (as before)."""

    __slots__ = ("_hook",)

    def __init__(self, hook: Generator[None] | AsyncGenerator[None]) -> None:
        self._hook = hook

    def __enter__(self) -> None:
        assert isinstance(self._hook, Generator)
        next(self._hook)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        assert isinstance(self._hook, Generator)
        try:
            if error is not None:
                self._hook.throw(error)
            next(self._hook)
        except StopIteration:
            return error is not None  # the hook handled the error (as contextlib decides)
        raise RuntimeError("a pipeline hook yields once")

    async def __aenter__(self) -> None:
        if isinstance(self._hook, Generator):
            next(self._hook)
        else:
            await anext(self._hook)

    async def __aexit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        if isinstance(self._hook, Generator):
            return self.__exit__(kind, error, traceback)
        try:
            if error is not None:
                await self._hook.athrow(error)
            await anext(self._hook)
        except StopAsyncIteration:
            return error is not None
        raise RuntimeError("a pipeline hook yields once")


class PipelineRunner(SchemaExtensionsRunner):
    """Strawberry's extension runner for a schema with no extension: its phases are the
    pipeline's, and there are no extension results to add to an answer."""

    def __init__(self, execution_context: ExecutionContext, settings: PipelineSettings) -> None:
        super().__init__(execution_context, [])
        self.pipeline = Pipeline(settings, execution_context)

    def operation(self) -> Any:
        return _Phase(self.pipeline.on_operation())

    def parsing(self) -> Any:
        return _Phase(self.pipeline.on_parse())

    def validation(self) -> Any:
        return _Phase(self.pipeline.on_validate())

    def executing(self) -> Any:
        return _Phase(self.pipeline.on_execute())

    async def get_extensions_results(self, ctx: ExecutionContext) -> dict[str, Any]:
        return dict(ctx.extensions_results) if ctx.extensions_results else {}
