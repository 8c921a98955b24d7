"""SIGs over HTTP: anyone may read them, only an admin may set one."""

from __future__ import annotations

from models.identity.roles import Role
from services.identity import roles
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

SET_SIG = """
mutation Set($input: SetSigInput!) {
  setSig(input: $input) {
    sig { name description mailingList maintainers repositories }
    userErrors { field message code }
  }
}"""

SIGS = "{ sigs(first: 10) { totalCount nodes { name maintainers repositories } } }"


async def test_an_admin_sets_a_sig_that_everyone_can_read(
    client: GraphQLClient, mailbox: Mailbox, server: RunningServer
) -> None:
    await sign_up(client, mailbox, username="ada", email="ada@example.org")
    await roles.grant("ada", Role.ADMIN)

    payload = await client.mutate(
        "setSig",
        SET_SIG,
        input={
            "name": "infra",
            "description": "Infrastructure",
            "maintainers": ["MiaDev"],
            "repositories": ["opengauss/ci"],
        },
    )

    assert payload["userErrors"] == []
    assert payload["sig"]["maintainers"] == ["miadev"]
    anonymous = GraphQLClient(server.base_url)
    try:
        listed = await anonymous.execute(SIGS)
    finally:
        await anonymous.close()
    assert listed["sigs"]["nodes"] == [
        {"name": "infra", "maintainers": ["miadev"], "repositories": ["opengauss/ci"]}
    ]


async def test_a_member_without_the_admin_role_cannot_set_a_sig(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    payload = await client.mutate("setSig", SET_SIG, input={"name": "infra"})
    assert codes_of(payload) == ["FORBIDDEN"]
    assert (await client.execute(SIGS))["sigs"]["totalCount"] == 0


async def test_a_bad_sig_input_gets_user_errors_and_changes_nothing(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox, username="ada", email="ada@example.org")
    await roles.grant("ada", Role.ADMIN)
    payload = await client.mutate(
        "setSig", SET_SIG, input={"name": "infra", "maintainers": ["bad login"]}
    )
    assert codes_of(payload) == ["INVALID"]
    status, answer = await client.raw(
        {"query": SET_SIG, "variables": {"input": {"name": "infra", "maintainers": ["x" * 10_000]}}}
    )
    assert status == 200
    assert [e["extensions"]["code"] for e in answer["errors"]] == ["BAD_USER_INPUT"]
    assert (await client.execute(SIGS))["sigs"]["totalCount"] == 0
