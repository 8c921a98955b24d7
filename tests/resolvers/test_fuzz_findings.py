"""What the schema fuzzer (tests/test_schema_fuzz.py) found, each pinned over HTTP.

Each answer is a typed one: a `userErrors` entry or a coded top-level error, never
"Unexpected error." and never the ORM's or the database's words.
"""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from tests.support.accounts import sign_up
from tests.support.client import LOG_IN, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

CONFIRM_GUARDIAN = """
mutation Confirm($input: ConfirmGuardianConsentInput!) {
  confirmGuardianConsent(input: $input) { userErrors { field code } }
}"""
RESEND_GUARDIAN = """
mutation Resend($input: ResendGuardianCodeInput!) {
  resendGuardianCode(input: $input) { sent userErrors { field code } }
}"""


async def answer(client: GraphQLClient, query: str, **variables: Any) -> dict[str, Any]:
    """The `data` of an answer that must carry no top-level error and no internal text."""
    status, body = await client.raw({"query": query, "variables": variables})
    assert status == 200, (status, body)
    assert "errors" not in body, body
    for internal in ("Traceback", "tortoise", "asyncpg", "sqlite3", "ValidationError"):
        assert internal not in json.dumps(body), body
    data: dict[str, Any] = body["data"]
    return data


@pytest.mark.parametrize(
    "identifier",
    ["9" * 40, "a-name-longer-than-the-user-name-column", "İ" * 20, f"{'a' * 300}@example.org"],
)
async def test_a_sign_in_identifier_no_column_could_hold_is_only_a_wrong_identifier(
    client: GraphQLClient, identifier: str
) -> None:
    data = await answer(
        client, LOG_IN, input={"password": {"identifier": identifier, "password": "whatever"}}
    )
    assert codes_of(data["logIn"]) == ["INVALID_CREDENTIALS"]


async def test_a_guardian_lookup_by_a_name_that_grows_when_lower_cased_finds_nobody(
    client: GraphQLClient,
) -> None:
    # 20 characters pass the edge; lower-cased, "İ" is two, so the key would be 40.
    name = "İ" * 20
    resent = await answer(client, RESEND_GUARDIAN, input={"username": name})
    assert resent["resendGuardianCode"]["userErrors"] == []
    confirmed = await answer(client, CONFIRM_GUARDIAN, input={"username": name, "code": "123456"})
    assert codes_of(confirmed["confirmGuardianConsent"]) == ["INVALID_CODE"]


REVOKE_SESSION = """
mutation Revoke($input: RevokeSessionInput!) {
  revokeSession(input: $input) { revokedSessionId userErrors { field code } }
}"""
WITHDRAW_REQUEST = """
mutation Withdraw($input: WithdrawPrivacyRequestInput!) {
  withdrawPrivacyRequest(input: $input) { privacyRequest { id } userErrors { field code } }
}"""
IMPOSSIBLE_KEYS = ["9" * 30, str(2**31), str(2**63), "0", "²", "١٢", "-1"]


def forged(type_name: str, key: str) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode()


@pytest.mark.parametrize("key", IMPOSSIBLE_KEYS)
async def test_a_global_id_with_a_key_no_row_can_have_is_not_found(
    client: GraphQLClient, mailbox: Mailbox, key: str
) -> None:
    await sign_up(client, mailbox)
    revoked = await answer(client, REVOKE_SESSION, input={"id": forged("Session", key)})
    assert codes_of(revoked["revokeSession"]) == ["NOT_FOUND"]
    withdrawn = await answer(client, WITHDRAW_REQUEST, input={"id": forged("PrivacyRequest", key)})
    assert codes_of(withdrawn["withdrawPrivacyRequest"]) == ["NOT_FOUND"]


SIG = "query Sig($name: String!) { sig(name: $name) { name } }"
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { profile { nickname } userErrors { field code } }
}"""


async def coded_errors(client: GraphQLClient, body: dict[str, Any]) -> list[dict[str, Any]]:
    status, answered = await client.raw(body)
    assert status == 200, (status, answered)
    assert "Unexpected error" not in json.dumps(answered), answered
    errors: list[dict[str, Any]] = answered["errors"]
    return errors


@pytest.mark.parametrize("name", ["\x00", "a\x00b"])
async def test_a_string_with_a_nul_character_is_refused_before_it_reaches_the_database(
    client: GraphQLClient, name: str
) -> None:
    # PostgreSQL's text cannot hold U+0000; the driver's error was masked as ours.
    for body in (
        {"query": SIG, "variables": {"name": name}},
        {"query": f"{{ sig(name: {json.dumps(name)}) {{ name }} }}"},
    ):
        errors = await coded_errors(client, body)
        assert [e["extensions"]["code"] for e in errors] == ["BAD_USER_INPUT"], errors
        assert "NUL" in errors[0]["message"]
        assert errors[0]["extensions"]["field"] == ["name"]


async def test_a_nul_character_deep_in_an_input_object_is_refused_with_its_path(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    errors = await coded_errors(
        client, {"query": UPDATE_PROFILE, "variables": {"input": {"nickname": "al\x00ice"}}}
    )
    assert errors[0]["extensions"] == {"code": "BAD_USER_INPUT", "field": ["input", "nickname"]}
    data = await answer(client, "{ me { profile { nickname } } }")
    assert data["me"]["profile"]["nickname"] != "al\x00ice"
