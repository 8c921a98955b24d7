"""Errors a frontend can program against: real messages and codes for the client's mistakes,
a masked message with a request id for ours, and a maximum length on every string input."""

from __future__ import annotations

from typing import Any

import pytest
import strawberry
from graphql import GraphQLError

from resolvers.client_errors import ClientErrors
from resolvers.error_codes import MEANINGS
from resolvers.limits import DEFAULT_MAX_LENGTH, declared_length, string_inputs
from resolvers.masking import should_mask as _should_mask
from resolvers.schema import create_schema
from services.kernel.errors import ErrorCode
from settings import Settings
from tests.conftest import ROOT
from tests.support.accounts import sign_up
from tests.support.client import SEND_CODE, SIGN_UP, GraphQLClient
from tests.support.mailbox import Mailbox

RESEND_GUARDIAN = """
mutation Resend($input: ResendGuardianCodeInput!) {
  resendGuardianCode(input: $input) { sent userErrors { field code } }
}"""
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { profile { nickname } userErrors { field code message } }
}"""
LONG = "x" * 10_000


def sign_up_input(**overrides: Any) -> dict[str, Any]:
    values = {
        "username": "alice",
        "email": "alice@example.org",
        "password": "a long enough passphrase",
        "verificationCode": "000000",
        "dateOfBirth": "1990-01-01",
    }
    values.update(overrides)
    return {k: v for k, v in values.items() if v is not None}


async def top_level_errors(client: GraphQLClient, query: str, **variables: Any) -> list[Any]:
    status, body = await client.raw({"query": query, "variables": variables})
    assert status in (200, 400), (status, body)
    assert body.get("data") in (None, {}) or "errors" in body, body
    errors: list[Any] = body["errors"]
    return errors


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"dateOfBirth": None}, "required field 'dateOfBirth'"),
        ({"dateOfBirth": "1990-13-45"}, "cannot represent a Date"),
        ({"consents": ["NO_SUCH_PURPOSE"]}, "does not exist in 'ConsentPurpose'"),
    ],
)
async def test_a_bad_value_in_variables_gets_its_real_message_and_bad_user_input(
    client: GraphQLClient, overrides: dict[str, Any], expected: str
) -> None:
    errors = await top_level_errors(client, SIGN_UP, input=sign_up_input(**overrides))
    assert len(errors) == 1
    assert expected in errors[0]["message"]
    assert "Unexpected error" not in errors[0]["message"]
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_missing_variable_and_a_bad_inline_value_are_bad_user_input(
    client: GraphQLClient,
) -> None:
    missing = await top_level_errors(client, SIGN_UP)
    assert missing[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert "'$input'" in missing[0]["message"]
    inline = await top_level_errors(
        client,
        'mutation { sendVerificationCode(input: {channel: FAX, target: "a", purpose: SIGN_UP})'
        " { sent } }",
    )
    assert inline[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_document_mistakes_are_told_apart_from_value_mistakes(
    client: GraphQLClient,
) -> None:
    syntax = await top_level_errors(client, "{ me { id ")
    assert syntax[0]["extensions"]["code"] == "GRAPHQL_PARSE_FAILED"
    unknown = await top_level_errors(client, "{ me { shoeSize } }")
    assert unknown[0]["extensions"]["code"] == "GRAPHQL_VALIDATION_FAILED"


@pytest.mark.parametrize("field", ["username", "email", "password", "verificationCode"])
async def test_ten_thousand_characters_in_sign_up_are_refused_at_the_edge(
    client: GraphQLClient, field: str
) -> None:
    errors = await top_level_errors(client, SIGN_UP, input=sign_up_input(**{field: LONG}))
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert errors[0]["extensions"]["field"] == ["input", field]
    assert "longer than" in errors[0]["message"]


async def test_a_user_name_longer_than_its_column_never_reaches_the_database(
    client: GraphQLClient,
) -> None:
    for username in ("a" * 21, LONG):
        errors = await top_level_errors(client, RESEND_GUARDIAN, input={"username": username})
        assert errors[0]["extensions"] == {
            "code": "BAD_USER_INPUT",
            "field": ["input", "username"],
            "maxLength": 20,
        }
    ok = await client.mutate("resendGuardianCode", RESEND_GUARDIAN, input={"username": "a" * 20})
    assert ok["userErrors"] is not None


async def test_long_values_written_inline_are_refused_too(client: GraphQLClient) -> None:
    query = (
        f'mutation {{ sendVerificationCode(input: {{channel: EMAIL, target: "{LONG}", '
        "purpose: SIGN_UP}) { sent } }"
    )
    errors = await top_level_errors(client, query)
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert errors[0]["extensions"]["field"] == ["input", "target"]


async def test_a_ten_thousand_character_e_mail_address_is_refused(client: GraphQLClient) -> None:
    errors = await top_level_errors(
        client, SEND_CODE, input={"channel": "EMAIL", "target": LONG, "purpose": "SIGN_UP"}
    )
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"


async def test_a_long_nickname_is_refused_at_the_edge_and_a_slightly_long_one_by_the_service(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    errors = await top_level_errors(client, UPDATE_PROFILE, input={"nickname": LONG})
    assert errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    payload = await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "x" * 65})
    assert [e["code"] for e in payload["userErrors"]] == ["TOO_LONG"]


async def test_rate_limited_says_how_long_to_wait(client: GraphQLClient) -> None:
    query = SEND_CODE.replace("code }", "code retryAfterSeconds }")
    target = {"channel": "EMAIL", "target": "bob@example.org", "purpose": "SIGN_UP"}
    first = await client.mutate("sendVerificationCode", query, input=target)
    assert first["userErrors"] == []
    again = await client.mutate("sendVerificationCode", query, input=target)
    (error,) = again["userErrors"]
    assert error["code"] == "RATE_LIMITED"
    assert 1 <= error["retryAfterSeconds"] <= 60
    assert f"{error['retryAfterSeconds']} seconds" in error["message"]


def test_every_string_input_declares_its_maximum_length() -> None:
    schema = create_schema(Settings(_env_file=None, debug=True))._schema
    undeclared = [c for c, d in string_inputs(schema) if declared_length(c, d) is None]
    assert undeclared == [], f"add these to resolvers/limits.py MAX_LENGTHS: {undeclared}"
    assert all(
        (declared_length(c, d) or DEFAULT_MAX_LENGTH) <= 4000 for c, d in string_inputs(schema)
    )


def test_every_user_error_code_is_explained_in_the_schema_and_in_the_docs() -> None:
    api_doc = (ROOT / "docs" / "api.md").read_text()
    sdl = (ROOT / "schema.graphql").read_text()
    for code in ErrorCode:
        assert MEANINGS.get(code), code
        assert f"`{code.value}`" in api_doc, code
    assert "enum UserErrorCode" in sdl


@strawberry.type
class Broken:
    @strawberry.field
    def boom(self) -> str:
        raise RuntimeError("secret internals: password=hunter2")


async def test_an_unexpected_error_is_masked_logged_and_carries_a_request_id(
    caplog: pytest.LogCaptureFixture,
) -> None:
    schema = strawberry.Schema(query=Broken, extensions=[ClientErrors])
    result = await schema.execute("{ boom }")
    assert result.errors is not None
    (error,) = result.errors
    assert error.message == "Unexpected error."
    assert error.extensions is not None
    assert error.extensions["code"] == "INTERNAL_SERVER_ERROR"
    request_id = error.extensions["requestId"]
    assert len(request_id) == 16
    assert "hunter2" not in str(error.formatted)
    logged = caplog.text
    assert request_id in logged
    assert "unexpected error" in logged
    again = await schema.execute("{ boom }")
    assert again.errors and again.errors[0].extensions
    assert again.errors[0].extensions["requestId"] != request_id


def test_a_bad_variable_is_not_masked_but_a_resolver_fault_is() -> None:
    variable = GraphQLError(
        "Variable '$input' got invalid value", original_error=ValueError("bad date")
    )
    assert _should_mask(variable)  # the base predicate alone would mask it ...
    extension = ClientErrors()
    assert not extension.should_mask_error(variable)  # ... the client's mistake is not
    fault = GraphQLError("boom", path=["me"], original_error=RuntimeError("boom"))
    assert extension.should_mask_error(fault)


async def test_only_the_chosen_operation_s_arguments_are_checked(client: GraphQLClient) -> None:
    document = (
        "mutation A($target: String!) { sendVerificationCode(input: "
        "{channel: EMAIL, target: $target, purpose: SIGN_UP}) { sent } }\n"
        "query B($target: String!) { privacyPolicy { version } "
        "p: privacyPolicyHistory(after: $target) { totalCount } }"
    )
    long_cursor = "c" * 400  # over an address's 320, under a cursor's 512
    status, body = await client.raw(
        {"query": document, "operationName": "B", "variables": {"target": long_cursor}}
    )
    assert status == 200
    assert all(e["extensions"].get("maxLength") is None for e in body.get("errors", [])), body
    _, body = await client.raw(
        {"query": document, "operationName": "A", "variables": {"target": long_cursor}}
    )
    assert body["errors"][0]["extensions"]["maxLength"] == 320
