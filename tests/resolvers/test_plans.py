"""Planned execution answers exactly as graphql-core does: the same data, the same errors at
the same paths, and dataloaders batch a list just as they did."""

from __future__ import annotations

import asyncio
import enum
from typing import Any

import pytest
import strawberry
from graphql import ExecutionResult, execute, parse
from strawberry.dataloader import DataLoader
from strawberry.extensions import FieldExtension
from strawberry.permission import BasePermission, PermissionExtension
from strawberry.types import Info

from resolvers.plans import PlannedExecution

BATCHES: list[list[int]] = []


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


class Never(BasePermission):
    message = "Not for you."

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return False


def never() -> PermissionExtension:
    return PermissionExtension([Never()], use_directives=False)


class OwnItemsOnly(BasePermission):
    """Refuses with null, as `resolvers/permissions.py`'s declarations do; reads the converted
    arguments it is handed."""

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return bool(source.owner_id == info.context["viewer"] and kwargs.get("prefix") != "deny")

    def on_unauthorized(self) -> None:
        return None


class AsyncAllow(BasePermission):
    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return True


class Shout(FieldExtension):
    def resolve(self, next_: Any, source: Any, info: Info, **kwargs: Any) -> Any:
        return str(next_(source, info, **kwargs)).upper()


def own_items_only() -> PermissionExtension:
    return PermissionExtension([OwnItemsOnly()], use_directives=False)


@strawberry.type
class Owner:
    id: int
    name: str


@strawberry.type
class Item:
    id: int
    label: str | None
    colour: Colour
    owner_id: strawberry.Private[int]

    @strawberry.field
    async def owner(self, info: Info) -> Owner:
        loader: DataLoader[int, Owner] = info.context["owners"]
        return await loader.load(self.owner_id)

    @strawberry.field
    def shout(self, times: int = 1) -> str:
        return self.label.upper() * times if self.label else "-"

    @strawberry.field
    def broken(self) -> str | None:
        raise ValueError("broken on purpose")

    @strawberry.field
    async def broken_required(self) -> str:
        raise ValueError("required and broken")

    @strawberry.field
    def null_required(self) -> str:
        return None  # type: ignore[return-value]

    # A permission refuses: an error at this field, as from any resolver.
    secret: str = strawberry.field(resolver=lambda: "secret", extensions=[never()])

    @strawberry.field
    def path(self, info: Info) -> str:
        return ".".join(str(p) for p in info.path.as_list())

    @strawberry.field(extensions=[own_items_only()])
    def note(self, info: Info, prefix: str = "") -> str | None:
        return f"{prefix}note {self.id} at {info.path.key}"

    @strawberry.field(extensions=[own_items_only()])
    async def async_note(self) -> str | None:
        await asyncio.sleep(0)
        return f"async note {self.id}"

    @strawberry.field
    def doubled(self) -> int:
        return self.id * 2

    constant: str = strawberry.field(resolver=lambda: "constant")

    @strawberry.field(extensions=[Shout()])
    def shouted(self) -> str:
        return f"item {self.id}"

    @strawberry.field(extensions=[PermissionExtension([AsyncAllow()], use_directives=False)])
    async def checked_async(self) -> str:
        return "checked"


def _items(count: int) -> list[Item]:
    return [
        Item(id=i, label=None if i % 3 == 0 else f"item {i}", colour=Colour.RED, owner_id=i % 2)
        for i in range(count)
    ]


@strawberry.type
class Query:
    @strawberry.field
    def items(self, first: int = 5) -> list[Item]:
        return _items(first)

    @strawberry.field
    async def async_items(self, first: int = 5) -> list[Item | None]:
        await asyncio.sleep(0)
        return [*_items(first), None]

    @strawberry.field
    def item(self, id: int) -> Item | None:
        return next((i for i in _items(10) if i.id == id), None)

    @strawberry.field
    def required_items(self) -> list[Item]:
        return _items(3)

    hello: str = "world"


@strawberry.type
class Mutation:
    @strawberry.mutation
    def touch(self) -> int:
        return 1


SCHEMA = strawberry.Schema(query=Query, mutation=Mutation)

QUERIES = [
    "{ hello items { id label colour } }",
    "{ items(first: 3) { id owner { id name } } }",
    "{ asyncItems(first: 4) { id label owner { name } } }",
    "query Q($first: Int!, $times: Int) { items(first: $first) { shout(times: $times) } }",
    "{ a: items(first: 2) { x: id } b: items(first: 1) { id } }",
    "{ items(first: 2) { ...Parts ... on Item { label } } } fragment Parts on Item { id colour }",
    "{ __typename items(first: 2) { __typename id } }",
    "{ items(first: 4) { id broken } }",
    "{ items(first: 2) { id brokenRequired } }",
    "{ item(id: 1) { id nullRequired } hello }",
    "{ item(id: 1) { owner { id } nullRequired } hello }",
    "{ requiredItems { owner { name } nullRequired } hello }",
    "{ requiredItems { id brokenRequired } hello }",
    "{ items(first: 2) { id secret } }",
    "{ item(id: 2) { path owner { id } } }",
    "{ item(id: 99) { id } }",
    "{ items { id } items { label } }",
    '{ items(first: 3) { id note asyncNote x: note(prefix: "x-") no: note(prefix: "deny") } }',
    "{ items(first: 2) { shouted checkedAsync } }",
    "{ items(first: 3) { doubled constant } }",
]


def _shape(result: ExecutionResult) -> tuple[Any, list[tuple[str, Any]]]:
    errors = sorted((e.message, e.path) for e in result.errors or [])
    return result.data, errors


async def _run(executor: Any, query: str, variables: dict[str, Any] | None) -> ExecutionResult:
    BATCHES.clear()

    async def load(keys: list[int]) -> list[Owner]:
        BATCHES.append(list(keys))
        return [Owner(id=k, name=f"owner {k}") for k in keys]

    outcome = executor(
        SCHEMA._schema,
        parse(query),
        root_value=Query(),
        context_value={"owners": DataLoader(load_fn=load), "viewer": 1},
        variable_values=variables,
        is_awaitable=lambda value: asyncio.isfuture(value) or asyncio.iscoroutine(value),
    )
    result = await outcome if asyncio.iscoroutine(outcome) else outcome
    assert isinstance(result, ExecutionResult)
    return result


@pytest.mark.parametrize("query", QUERIES)
async def test_a_planned_query_answers_as_graphql_core_does(query: str) -> None:
    variables = {"first": 3, "times": 2}
    expected = await _run(execute, query, variables)
    expected_batches = list(BATCHES)
    planned = PlannedExecution(maxsize=8)
    actual = await _run(planned.execute, query, variables)
    assert planned.made == 1
    assert _shape(actual) == _shape(expected)
    assert expected_batches == BATCHES


async def test_a_list_of_items_loads_their_owners_in_one_batch() -> None:
    result = await _run(PlannedExecution(8).execute, "{ items(first: 6) { owner { id } } }", None)
    assert result.errors is None
    assert BATCHES == [[0, 1]]


async def test_a_plan_is_made_once_per_document_and_operation() -> None:
    planned = PlannedExecution(maxsize=8)
    document = parse("query A { hello } query B { items { id } }")
    for _ in range(3):
        for name in ("A", "B"):
            result = planned.execute(
                SCHEMA._schema,
                document,
                root_value=Query(),
                operation_name=name,
                is_awaitable=asyncio.iscoroutine,
            )
            assert isinstance(result, ExecutionResult) and result.errors is None
    assert planned.made == 2


@pytest.mark.parametrize(
    "query",
    [
        "mutation { touch }",
        "{ items { id @skip(if: true) label } }",
        "{ __schema { queryType { name } } }",
        "query A { hello } query B { hello }",
    ],
)
async def test_what_a_plan_does_not_cover_is_left_to_graphql_core(query: str) -> None:
    planned = PlannedExecution(maxsize=8)
    expected = await _run(execute, query, None)
    actual = await _run(planned.execute, query, None)
    assert planned.plan(SCHEMA._schema, parse(query), None) is None
    assert _shape(actual) == _shape(expected)


async def test_bad_variables_are_refused_before_any_field_runs() -> None:
    query = "query Q($first: Int!) { items(first: $first) { id } }"
    expected = await _run(execute, query, {"first": "many"})
    actual = await _run(PlannedExecution(8).execute, query, {"first": "many"})
    assert actual.data is None and actual.errors
    assert _shape(actual) == _shape(expected)


def test_only_fields_that_need_no_more_skip_strawberrys_chain() -> None:
    document = parse(
        "{ items { note asyncNote shouted checkedAsync shout path doubled constant } }"
    )
    plan = PlannedExecution(8).plan(SCHEMA._schema, document, None)
    assert plan is not None
    (items,) = plan.root.fields
    completion = items.completion
    while not hasattr(completion, "plan"):
        completion = completion.inner  # type: ignore[union-attr]
    calls = {
        field.key: "plain" if field.plain else "direct" if field.direct else "strawberry"
        for field in completion.plan.fields
    }
    assert calls == {
        "note": "direct",
        "asyncNote": "direct",
        "shouted": "strawberry",  # an extension that is not a permission
        "checkedAsync": "strawberry",  # a check that waits
        "shout": "direct",  # arguments, no extension
        "path": "direct",  # asks for its info
        "doubled": "plain",  # needs only its object
        "constant": "plain",  # needs nothing at all
    }
