"""`CommonsSchema.execute` answers as Strawberry's own `execute` does: the same exceptions for
the view's 400s, the client's mistakes as data, errors seen unmasked by the log and masked in
the answer, and no way to run an operation around the pipeline."""

from __future__ import annotations

import pytest
from graphql import parse
from strawberry.exceptions import MissingQueryError
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionContext
from strawberry.types.graphql import OperationType

from resolvers.pipeline import OperationContext
from resolvers.schema import CommonsSchema, create_schema
from settings import Settings

SEEN: list[list[str]] = []


def _seen_before_masking(context: ExecutionContext) -> None:
    errors = getattr(context.result, "errors", None) or []
    SEEN.append([error.message for error in errors])


@pytest.fixture
def schema() -> CommonsSchema:
    SEEN.clear()
    settings = Settings(_env_file=None, debug=False, secret_key="k" * 40)
    return create_schema(settings, before_masking=(_seen_before_masking,))


async def test_a_request_without_a_query_raises_for_the_view(schema: CommonsSchema) -> None:
    with pytest.raises(MissingQueryError):
        await schema.execute(None)


async def test_an_unknown_operation_name_raises_for_the_view(schema: CommonsSchema) -> None:
    with pytest.raises(CannotGetOperationTypeError):
        await schema.execute("query A { __typename }", operation_name="B")


async def test_an_operation_type_not_allowed_raises_for_the_view(schema: CommonsSchema) -> None:
    with pytest.raises(InvalidOperationTypeError):
        await schema.execute(
            "mutation { logOut { ok } }", allowed_operation_types={OperationType.QUERY}
        )


async def test_each_named_operation_of_one_document_keeps_its_own_type(
    schema: CommonsSchema,
) -> None:
    # The type is found once per document and name: asking for one must not answer another.
    document = "query A { __typename } mutation B { logOut { userErrors { code } } }"
    for _ in range(2):
        with pytest.raises(InvalidOperationTypeError):
            await schema.execute(
                document, operation_name="B", allowed_operation_types={OperationType.QUERY}
            )
        result = await schema.execute(
            document, operation_name="A", allowed_operation_types={OperationType.QUERY}
        )
        assert result.errors is None and result.data == {"__typename": "Query"}
        with pytest.raises(CannotGetOperationTypeError):
            await schema.execute(document, operation_name="C")


def test_the_operation_context_answers_for_the_document_it_holds_now(
    schema: CommonsSchema,
) -> None:
    # Name and type are kept once found: a new document (a registered one taking the text's
    # place) must be asked again, as Strawberry's own properties would be.
    context = OperationContext(query="", schema=schema, allowed_operations=())
    assert context.operation_name is None
    context.graphql_document = parse("query First { __typename } mutation Second { x }")
    assert _answers(context) == ("First", OperationType.QUERY)
    context.graphql_document = parse("mutation Other { x }")
    assert _answers(context) == ("Other", OperationType.MUTATION)
    named = OperationContext(
        query="",
        schema=schema,
        allowed_operations=(),
        provided_operation_name="Second",
        graphql_document=parse("query First { __typename } mutation Second { x }"),
    )
    assert _answers(named) == ("Second", OperationType.MUTATION)


def _answers(context: OperationContext) -> tuple[str | None, OperationType]:
    return context.operation_name, context.operation_type


async def test_a_syntax_error_is_answered_as_data(schema: CommonsSchema) -> None:
    result = await schema.execute("{ me {")
    assert result.data is None
    assert result.errors is not None
    assert result.errors[0].message.startswith("Syntax Error")
    assert result.extensions == {}


async def test_a_validation_error_is_answered_without_suggestions(schema: CommonsSchema) -> None:
    result = await schema.execute("{ mee { id } }")
    assert result.data is None
    assert result.errors is not None
    assert [error.message for error in result.errors] == [
        "Cannot query field 'mee' on type 'Query'."
    ]
    assert result.errors[0].extensions == {"code": "GRAPHQL_VALIDATION_FAILED"}


async def test_an_unknown_trusted_document_is_refused_as_data(schema: CommonsSchema) -> None:
    result = await schema.execute(
        None, operation_extensions={"persistedQuery": {"sha256Hash": "0" * 64, "version": 1}}
    )
    assert result.data is None
    assert result.errors is not None
    assert result.errors[0].message == "PersistedQueryNotFound"


async def test_a_failing_field_is_logged_as_it_is_and_answered_masked(
    schema: CommonsSchema,
) -> None:
    # No request context: the field fails with an AttributeError of ours.
    result = await schema.execute("{ me { id } }")
    assert result.data == {"me": None}
    assert result.errors is not None
    assert result.errors[0].message == "Unexpected error."
    assert result.errors[0].extensions is not None
    assert result.errors[0].extensions["code"] == "INTERNAL_SERVER_ERROR"
    assert SEEN and "known_viewer" in SEEN[-1][0]


async def test_a_query_is_answered_from_a_plan(schema: CommonsSchema) -> None:
    made = schema.plans.made
    for _ in range(2):
        result = await schema.execute("{ __typename }")
        assert result.data == {"__typename": "Query"}
        assert result.errors is None
    assert schema.plans.made == made + 1


def test_no_operation_runs_around_the_pipeline(schema: CommonsSchema) -> None:
    with pytest.raises(RuntimeError, match=r"CommonsSchema\.execute"):
        schema.execute_sync("{ __typename }")
