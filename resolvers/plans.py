"""Query execution from a plan made once per document: graphql-core's work, done earlier.

graphql-core's executor works out on every request what depends only on the document: which
fields each selection set holds once fragments are merged, each field's definition, how its
value is completed (non-null, list, leaf, object), the `ResolveInfo` it builds for every
field. Strawberry adds its resolver wrapper even to fields that only read an attribute. For
a page of 100 meetings that is most of the request (docs/performance.md).

`PlannedExecution.execute` has graphql-core's `execute` signature and is what the schema
executes with (`CommonsSchema`). For a query it makes a `Plan` per document and operation,
kept beside the document, and then only runs it:

- a field with no resolver, no permission, no extension and no argument is read with
  `getattr`, as Strawberry's default resolver would read it;
- every other field calls its resolver with the same `ResolveInfo` graphql-core would build:
  through Strawberry's wrapper, or, where its only extensions are permission checks that never
  wait, with those checks and the resolver called directly (`resolvers/direct_calls.py`); a
  resolver that needs nothing but its object is called with it alone;
- awaitables are gathered per object and per list, as graphql-core gathers them, so
  dataloaders batch a page's relations exactly as before;
- errors are located, collected and propagated to the nearest nullable parent by
  graphql-core's own rules and messages (`CollectedErrors`, `located_error`).

Anything a plan does not cover goes to graphql-core unchanged: mutations (their root fields
run one after another), subscriptions, directives on selections (`@skip`, `@include`),
abstract types, introspection, fragment variables, middleware, or a document that does not
name a runnable operation.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from graphql import (
    DocumentNode,
    ExecutionResult,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    InlineFragmentNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    execute,
    located_error,
)
from graphql.execution.executor import CollectedErrors
from graphql.execution.values import VariableValues, get_argument_values, get_variable_values
from graphql.pyutils import Path, Undefined, inspect
from graphql.type import GraphQLResolveInfoHelpers, is_leaf_type
from graphql.type.definition import GraphQLResolveInfo
from graphql.type.introspection import TypeNameMetaFieldDef
from strawberry.schema.schema import (
    StrawberryGraphQLCoreExecutionContext,
    _OperationContextAwareGraphQLResolveInfo,
)

from resolvers.direct_calls import DirectCall, PlainCall, direct_call, plain_call

IsAwaitable = Callable[[Any], bool]


class _NotPlanned(Exception):
    """The document needs something a plan does not cover: graphql-core runs it."""


# --- the plan --------------------------------------------------------------------------


@dataclass(slots=True)
class FieldPlan:
    key: str  # the response key (alias or name)
    name: str
    nodes: list[FieldNode]
    definition: GraphQLField
    return_type: GraphQLOutputType
    attribute: str | None  # read with getattr; None: call `definition.resolve`
    has_arguments: bool
    completion: Completion
    nullable: bool
    # An attribute of a leaf type (most fields of a page): read and completed in one call.
    leaf: Callable[[Any], Any] | None = None
    # A resolver that needs only its object, or whose only extensions are checks that never
    # wait (resolvers/direct_calls.py).
    plain: PlainCall | None = None
    direct: DirectCall | None = None


@dataclass(slots=True)
class ObjectPlan:
    type: GraphQLObjectType
    fields: list[FieldPlan]


@dataclass(slots=True)
class NonNullCompletion:
    inner: Completion


@dataclass(slots=True)
class ListCompletion:
    inner: Completion
    item_nullable: bool


@dataclass(slots=True)
class LeafCompletion:
    type: GraphQLLeafType


@dataclass(slots=True)
class ObjectCompletion:
    plan: ObjectPlan


@dataclass(slots=True)
class TypenameCompletion:
    """`__typename`: the parent's name, known when the plan is made."""

    name: str


Completion = (
    NonNullCompletion | ListCompletion | LeafCompletion | ObjectCompletion | TypenameCompletion
)


@dataclass(slots=True)
class Plan:
    operation: OperationDefinitionNode
    root: ObjectPlan
    fragments: dict[str, FragmentDefinitionNode]


def make_plan(
    schema: GraphQLSchema, document: DocumentNode, operation_name: str | None
) -> Plan | None:
    """The plan of a query, or None when graphql-core should run the operation."""
    operation: OperationDefinitionNode | None = None
    fragments: dict[str, FragmentDefinitionNode] = {}
    for definition in document.definitions:
        if isinstance(definition, OperationDefinitionNode):
            if operation_name is None:
                if operation is not None:
                    return None  # several operations and no name: graphql-core's error
                operation = definition
            elif definition.name and definition.name.value == operation_name:
                operation = definition
        elif isinstance(definition, FragmentDefinitionNode):
            if definition.variable_definitions:
                return None
            fragments[definition.name.value] = definition
    if operation is None or operation.operation is not OperationType.QUERY:
        return None
    if operation.directives or schema.query_type is None:
        return None
    try:
        root = _object_plan(schema, schema.query_type, [operation.selection_set], fragments)
    except _NotPlanned:
        return None
    return Plan(operation, root, fragments)


def _object_plan(
    schema: GraphQLSchema,
    type_: GraphQLObjectType,
    selection_sets: Sequence[SelectionSetNode],
    fragments: dict[str, FragmentDefinitionNode],
) -> ObjectPlan:
    grouped: dict[str, list[FieldNode]] = {}
    for selection_set in selection_sets:
        _collect(type_, selection_set, fragments, grouped, set())
    fields = [_field_plan(schema, type_, key, nodes, fragments) for key, nodes in grouped.items()]
    return ObjectPlan(type_, fields)


def _collect(
    type_: GraphQLObjectType,
    selection_set: SelectionSetNode,
    fragments: dict[str, FragmentDefinitionNode],
    grouped: dict[str, list[FieldNode]],
    visited: set[str],
) -> None:
    for selection in selection_set.selections:
        if selection.directives:
            raise _NotPlanned
        if isinstance(selection, FieldNode):
            key = selection.alias.value if selection.alias else selection.name.value
            grouped.setdefault(key, []).append(selection)
        elif isinstance(selection, InlineFragmentNode):
            condition = selection.type_condition
            if condition is not None and condition.name.value != type_.name:
                raise _NotPlanned
            _collect(type_, selection.selection_set, fragments, grouped, visited)
        elif isinstance(selection, FragmentSpreadNode):
            name = selection.name.value
            if name in visited:
                continue
            visited.add(name)
            fragment = fragments.get(name)
            if fragment is None or fragment.type_condition.name.value != type_.name:
                raise _NotPlanned
            _collect(type_, fragment.selection_set, fragments, grouped, visited)
        else:
            raise _NotPlanned


def _field_plan(
    schema: GraphQLSchema,
    parent: GraphQLObjectType,
    key: str,
    nodes: list[FieldNode],
    fragments: dict[str, FragmentDefinitionNode],
) -> FieldPlan:
    name = nodes[0].name.value
    if name == "__typename":
        definition = TypeNameMetaFieldDef
        completion: Completion = TypenameCompletion(parent.name)
        return FieldPlan(
            key, name, nodes, definition, definition.type, None, False, completion, False
        )
    definition = parent.fields.get(name)
    if definition is None:
        raise _NotPlanned  # introspection (`__schema`, `__type`) or unknown
    has_arguments = bool(definition.args or any(node.arguments for node in nodes))
    sub_selections = [node.selection_set for node in nodes if node.selection_set is not None]
    completion = _completion(schema, definition.type, sub_selections, fragments)
    attribute = _plain_attribute(definition) if not has_arguments else None
    plan = FieldPlan(
        key,
        name,
        nodes,
        definition,
        definition.type,
        attribute,
        has_arguments,
        completion,
        not isinstance(definition.type, GraphQLNonNull),
    )
    if attribute is not None:
        plan.leaf = _leaf_completer(completion, _null_message(parent, plan))
    else:
        plan.plain = plain_call(schema, definition)
        if plan.plain is None:
            plan.direct = direct_call(schema, definition)
    return plan


def _leaf_completer(completion: Completion, null_message: str) -> Callable[[Any], Any] | None:
    """For a leaf type, `complete` made into one function (graphql-core's checks, in order)."""
    required = isinstance(completion, NonNullCompletion)
    inner = completion.inner if isinstance(completion, NonNullCompletion) else completion
    if not isinstance(inner, LeafCompletion):
        return None
    leaf_type = inner.type
    coerce = leaf_type.coerce_output_value

    def complete(value: Any) -> Any:
        if value is None or value is Undefined:
            if required:
                raise TypeError(null_message)
            return None
        if isinstance(value, Exception):
            raise value
        coerced = coerce(value)
        if coerced is Undefined or coerced is None:
            raise TypeError(_not_coerced(leaf_type, value, coerced))
        return coerced

    return complete


def _plain_attribute(definition: GraphQLField) -> str | None:
    """The attribute a field only reads, or None when its resolver must run."""
    strawberry_field = (definition.extensions or {}).get("strawberry-definition")
    if strawberry_field is None:
        return None
    if strawberry_field.base_resolver is not None or strawberry_field.extensions:
        return None
    if strawberry_field.permission_classes or strawberry_field.default_resolver is not getattr:
        return None
    name: str = strawberry_field.python_name
    return name


def _completion(
    schema: GraphQLSchema,
    type_: GraphQLOutputType,
    selection_sets: Sequence[SelectionSetNode],
    fragments: dict[str, FragmentDefinitionNode],
) -> Completion:
    if isinstance(type_, GraphQLNonNull):
        return NonNullCompletion(_completion(schema, type_.of_type, selection_sets, fragments))
    if isinstance(type_, GraphQLList):
        inner = _completion(schema, type_.of_type, selection_sets, fragments)
        return ListCompletion(inner, not isinstance(type_.of_type, GraphQLNonNull))
    if is_leaf_type(type_):
        return LeafCompletion(type_)
    if isinstance(type_, GraphQLObjectType):
        return ObjectCompletion(_object_plan(schema, type_, selection_sets, fragments))
    raise _NotPlanned  # interfaces and unions


# --- running a plan ----------------------------------------------------------------------


class _Run:
    """One execution of a plan: what graphql-core's `Executor` holds per request."""

    __slots__ = (
        "context",
        "errors",
        "is_awaitable",
        "operation_extensions",
        "plan",
        "root_value",
        "schema",
        "variables",
    )

    def __init__(
        self,
        schema: GraphQLSchema,
        plan: Plan,
        root_value: Any,
        context: Any,
        variables: VariableValues,
        is_awaitable: IsAwaitable,
        operation_extensions: dict[str, Any] | None,
    ) -> None:
        self.schema = schema
        self.plan = plan
        self.root_value = root_value
        self.context = context
        self.variables = variables
        self.is_awaitable = is_awaitable
        self.operation_extensions = operation_extensions
        self.errors = CollectedErrors()

    def info(
        self, field: FieldPlan, parent: GraphQLObjectType, path: Path
    ) -> GraphQLResolveInfo[Any]:
        # Strawberry's own kind of info: resolvers get the plain coerced variables.
        info: GraphQLResolveInfo[Any] = _OperationContextAwareGraphQLResolveInfo(  # type: ignore[assignment]
            field.name,
            field.nodes,
            field.return_type,
            parent,
            path,
            self.schema,
            self.plan.fragments,
            self.root_value,
            self.plan.operation,
            self.variables.coerced,
            self.context,
            self.is_awaitable,
            None,
            _HELPERS,
            self.operation_extensions or {},
        )
        return info

    def complete_object(self, plan: ObjectPlan, source: Any, path: Path | None) -> Any:
        """The object's fields: a dict, or an awaitable of it when a field awaits."""
        data: dict[str, Any] = {}
        pending: list[tuple[str, Awaitable[Any]]] = []
        parent = plan.type
        try:
            for field in plan.fields:
                leaf = field.leaf
                if leaf is not None:
                    # No path, info or awaitable check unless it fails: an attribute is a value.
                    try:
                        data[field.key] = leaf(getattr(source, field.attribute))  # type: ignore[arg-type]
                    except Exception as raw:
                        data[field.key] = None
                        field_path = Path(path, field.key, parent.name)
                        self.field_error(raw, field, field_path, field.nullable)
                    continue
                value = self.field(field, parent, source, Path(path, field.key, parent.name))
                if self.is_awaitable(value):
                    pending.append((field.key, value))
                data[field.key] = value
        except Exception:
            # A non-null field failed, so the object is null: what its other fields started
            # still settles, in the background (as graphql-core settles it). Errors it meets
            # are under the nulled place and not collected.
            _settle_in_background([value for _, value in pending])
            raise
        if not pending:
            return data
        return self._await_object(data, pending)

    async def _await_object(
        self, data: dict[str, Any], pending: list[tuple[str, Awaitable[Any]]]
    ) -> dict[str, Any]:
        for key, value in zip(
            [key for key, _ in pending], await _settle([v for _, v in pending]), strict=True
        ):
            data[key] = value
        return data

    def field(self, field: FieldPlan, parent: GraphQLObjectType, source: Any, path: Path) -> Any:
        """The field's completed value (or an awaitable of it); None after a nullable
        field's error, which is collected; raises when a non-null field fails."""
        completion = field.completion
        if isinstance(completion, TypenameCompletion):
            return completion.name
        try:
            if field.attribute is not None:
                result = getattr(source, field.attribute)
            elif field.plain is not None:
                result = field.plain(source)
            else:
                arguments = (
                    get_argument_values(field.definition, field.nodes[0], self.variables)
                    if field.has_arguments
                    else {}
                )
                info = self.info(field, parent, path)
                if field.direct is not None:
                    result = field.direct(source, info, arguments)
                else:
                    resolve = field.definition.resolve
                    assert resolve is not None  # Strawberry gives every field one
                    result = resolve(source, info, **arguments)
        except Exception as raw:
            self.field_error(raw, field, path, field.nullable)
            return None
        return self.settle(completion, field, parent, path, result, field.nullable)

    def settle(
        self,
        completion: Completion,
        field: FieldPlan,
        parent: GraphQLObjectType,
        path: Path,
        value: Any,
        nullable: bool,
    ) -> Any:
        """A field's or a list item's value completed (or an awaitable of that); None after
        an error at a `nullable` place, which is collected; else the error is raised."""
        try:
            if self.is_awaitable(value):
                return self._await_value(completion, field, parent, path, value, nullable)
            completed = self.complete(completion, field, parent, path, value)
            if self.is_awaitable(completed):
                return self._await_completed(field, path, completed, nullable)
            return completed
        except Exception as raw:
            self.field_error(raw, field, path, nullable)
            return None

    async def _await_value(
        self,
        completion: Completion,
        field: FieldPlan,
        parent: GraphQLObjectType,
        path: Path,
        value: Awaitable[Any],
        nullable: bool,
    ) -> Any:
        try:
            completed = self.complete(completion, field, parent, path, await value)
            if self.is_awaitable(completed):
                completed = await completed
        except Exception as raw:
            self.field_error(raw, field, path, nullable)
            return None
        return completed

    async def _await_completed(
        self, field: FieldPlan, path: Path, completed: Awaitable[Any], nullable: bool
    ) -> Any:
        try:
            return await completed
        except Exception as raw:
            self.field_error(raw, field, path, nullable)
            return None

    def field_error(self, raw: Exception, field: FieldPlan, path: Path, nullable: bool) -> None:
        error = located_error(raw, field.nodes, path.as_list())
        if not nullable:
            raise error
        self.errors.add(error, path)

    def complete(
        self,
        completion: Completion,
        field: FieldPlan,
        parent: GraphQLObjectType,
        path: Path,
        result: Any,
    ) -> Any:
        if isinstance(result, Exception):
            raise result
        if isinstance(completion, NonNullCompletion):
            completed = self.complete(completion.inner, field, parent, path, result)
            if self.is_awaitable(completed):
                return self._non_null(completed, field, parent)
            if completed is None:
                raise TypeError(_null_message(parent, field))
            return completed
        if result is None or result is Undefined:
            return None
        if isinstance(completion, LeafCompletion):
            coerced = completion.type.coerce_output_value(result)
            if coerced is Undefined or coerced is None:
                raise TypeError(_not_coerced(completion.type, result, coerced))
            return coerced
        if isinstance(completion, ObjectCompletion):
            object_type = completion.plan.type
            is_type_of = object_type.is_type_of
            if is_type_of is not None and not is_type_of(result, self.info(field, parent, path)):
                raise GraphQLError(
                    f"Expected value of type '{object_type.name}' but got: {inspect(result)}.",
                    field.nodes,
                )
            return self.complete_object(completion.plan, result, path)
        if isinstance(completion, ListCompletion):
            return self.complete_list(completion, field, parent, path, result)
        raise TypeError(f"Cannot complete {inspect(result)}.")  # pragma: no cover

    async def _non_null(self, completed: Awaitable[Any], field: FieldPlan, parent: Any) -> Any:
        value = await completed
        if value is None:
            raise TypeError(_null_message(parent, field))
        return value

    def complete_list(
        self,
        completion: ListCompletion,
        field: FieldPlan,
        parent: GraphQLObjectType,
        path: Path,
        result: Any,
    ) -> Any:
        if isinstance(result, str | bytes | dict) or not isinstance(result, Iterable):
            raise GraphQLError(
                f"Expected Iterable, but did not find one for field '{parent.name}.{field.name}'.",
                field.nodes,
            )
        items: list[Any] = []
        pending: list[int] = []
        try:
            for index, item in enumerate(result):
                item_path = path.add_key(index, None)
                value = self.settle(
                    completion.inner, field, parent, item_path, item, completion.item_nullable
                )
                if self.is_awaitable(value):
                    pending.append(index)
                items.append(value)
        except Exception:
            _settle_in_background([items[i] for i in pending])  # as for an object's fields
            raise
        if not pending:
            return items
        return self._await_list(items, pending)

    async def _await_list(self, items: list[Any], pending: list[int]) -> list[Any]:
        for index, value in zip(pending, await _settle([items[i] for i in pending]), strict=True):
            items[index] = value
        return items

    def result(self, data: dict[str, Any] | None) -> ExecutionResult:
        return ExecutionResult(data, self.errors.errors or None)


def _null_message(parent: GraphQLObjectType, field: FieldPlan) -> str:
    return f"Cannot return null for non-nullable field {parent.name}.{field.name}."


def _not_coerced(leaf_type: GraphQLLeafType, value: Any, coerced: Any) -> str:
    return (
        f"Expected `{inspect(leaf_type)}.coerce_output_value({inspect(value)})` to return"
        f" non-nullable value, returned: {inspect(coerced)}"
    )


async def _settle(awaitables: list[Awaitable[Any]]) -> list[Any]:
    """All the values, each awaited concurrently (as graphql-core gathers them, so that a
    page's dataloaders batch); every one settles before the first failure is raised."""
    if len(awaitables) == 1:
        return [await awaitables[0]]
    values = await asyncio.gather(*awaitables, return_exceptions=True)
    for value in values:
        if isinstance(value, BaseException):
            raise value
    return values


async def _gather(awaitables: Sequence[Awaitable[Any]]) -> list[Any]:
    return list(await asyncio.gather(*awaitables))


_BACKGROUND: set[asyncio.Future[Any]] = set()


def _settle_in_background(awaitables: Sequence[Awaitable[Any]]) -> None:
    """Run to the end, ignoring their outcome, awaitables no one waits for any more."""
    if awaitables:
        future = asyncio.gather(*awaitables, return_exceptions=True)
        _BACKGROUND.add(future)
        future.add_done_callback(_BACKGROUND.discard)


def _track(values: Sequence[Any]) -> None:
    """Work a resolver started and left running (`info.async_helpers.track`)."""
    _settle_in_background(
        [v for v in values if asyncio.iscoroutine(v) or isinstance(v, asyncio.Future)]
    )


# `info.async_helpers`: the same for every field of every run.
_HELPERS = GraphQLResolveInfoHelpers(gather=_gather, track=_track)


# --- the execute function ----------------------------------------------------------------


class PlannedExecution:
    """graphql-core's `execute`, running queries from plans kept per document.

    Plans are kept by the document object: the pipeline hands the same `DocumentNode` for
    the same text while it is cached (`resolvers/pipeline.py`), so a plan lives as long as
    its document does there, within the same bound."""

    def __init__(self, maxsize: int) -> None:
        self.maxsize = maxsize
        self.made = 0  # plans made, for tests
        self._plans: OrderedDict[int, tuple[DocumentNode, dict[str | None, Plan | None]]] = (
            OrderedDict()
        )

    def plan(
        self, schema: GraphQLSchema, document: DocumentNode, operation_name: str | None
    ) -> Plan | None:
        entry = self._plans.get(id(document))
        if entry is None or entry[0] is not document:
            entry = (document, {})
            self._plans[id(document)] = entry
            if len(self._plans) > self.maxsize:
                self._plans.popitem(last=False)
        else:
            self._plans.move_to_end(id(document))
        by_name = entry[1]
        if operation_name not in by_name:
            self.made += 1
            by_name[operation_name] = make_plan(schema, document, operation_name)
        return by_name[operation_name]

    def execute(
        self,
        schema: GraphQLSchema,
        document: DocumentNode,
        root_value: Any = None,
        context_value: Any = None,
        variable_values: dict[str, Any] | None = None,
        operation_name: str | None = None,
        middleware: Any = None,
        is_awaitable: IsAwaitable | None = None,
        **rest: Any,
    ) -> Any:
        """As graphql-core's `execute` (same arguments, same results). Strawberry passes its
        executor class and the operation's extensions, which its executor only hands to
        each field's info: a plan does the same."""
        options = dict(rest)
        operation_extensions = options.pop("operation_extensions", None)
        executor_class = options.pop("executor_class", None)
        plan = None
        plannable = (
            not options
            and is_awaitable is not None
            and executor_class in (None, StrawberryGraphQLCoreExecutionContext)
            and not (middleware is not None and middleware.middlewares)
        )
        if plannable:
            plan = self.plan(schema, document, operation_name)
        if plan is None or is_awaitable is None:
            return execute(
                schema,
                document,
                root_value=root_value,
                context_value=context_value,
                variable_values=variable_values,
                operation_name=operation_name,
                middleware=middleware,
                is_awaitable=is_awaitable,  # type: ignore[arg-type]
                **rest,
            )
        variables = get_variable_values(
            schema, plan.operation.variable_definitions or (), variable_values or {}, 50
        )
        if isinstance(variables, list):
            return ExecutionResult(None, variables)
        run = _Run(
            schema, plan, root_value, context_value, variables, is_awaitable, operation_extensions
        )
        try:
            data = run.complete_object(plan.root, root_value, None)
        except GraphQLError as error:
            run.errors.add(error, None)
            return run.result(None)
        if is_awaitable(data):
            return _finish(run, data)
        return run.result(data)


async def _finish(run: _Run, data: Awaitable[dict[str, Any]]) -> Any:
    try:
        return run.result(await data)
    except GraphQLError as error:
        run.errors.add(error, None)
        return run.result(None)
