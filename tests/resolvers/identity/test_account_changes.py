"""Changing e-mail address or phone and resetting a password, over real HTTP and SMTP."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
import time_machine

from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, ME, SEND_CODE, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

REQUEST = """
mutation Request($input: RequestContactChangeInput!) {
  requestContactChange(input: $input) { sent userErrors { field message code } }
}"""
CONFIRM = """
mutation Confirm($input: ConfirmContactChangeInput!) {
  confirmContactChange(input: $input) {
    user { email phone } otherSessionsRevoked userErrors { field message code }
  }
}"""
RESET = """
mutation Reset($input: ResetPasswordInput!) {
  resetPassword(input: $input) { reset userErrors { field message code } }
}"""
REAUTH = """
mutation Reauth($input: ReauthenticateInput!) {
  reauthenticate(input: $input) { authenticatedAt userErrors { code } }
}"""
EVENTS = "{ me { securityEvents(first: 50) { edges { node { kind } } } } }"
NEW_PASSWORD = "another long passphrase"


@pytest.fixture
def frozen() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(datetime.now(UTC), tick=False) as traveller:
        yield traveller


async def request_change(client: GraphQLClient, address: str) -> dict[str, Any]:
    return await client.mutate(
        "requestContactChange", REQUEST, input={"channel": "EMAIL", "newAddress": address}
    )


async def test_a_new_email_address_counts_only_once_its_code_comes_back(
    client: GraphQLClient, mailbox: Mailbox, server: Any
) -> None:
    await sign_up(client, mailbox)
    other = GraphQLClient(server.base_url)
    try:
        await other.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
        )
        assert (await request_change(client, "Alice@New.example"))["sent"] is True
        code = await mailbox.code_for("alice@new.example")
        # Pending: the old address still signs in and shows.
        assert (await client.execute(ME))["me"]["email"] == "alice@example.org"

        wrong = await client.mutate(
            "confirmContactChange", CONFIRM, input={"channel": "EMAIL", "code": "000000"}
        )
        assert codes_of(wrong) == ["INVALID_CODE"]
        done = await client.mutate(
            "confirmContactChange",
            CONFIRM,
            input={"channel": "EMAIL", "code": code, "revokeOtherSessions": True},
        )
        assert done["userErrors"] == []
        assert done["user"]["email"] == "alice@new.example"
        assert done["otherSessionsRevoked"] == 1
        assert (await other.execute(ME))["me"] is None
    finally:
        await other.close()

    # The sign-up code first, then the notice that the address changed.
    told = await mailbox.wait_for("alice@example.org", count=2)
    assert "was changed" in told[-1].body
    kinds = [
        e["node"]["kind"] for e in (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    ]
    assert kinds[:2] == ["OTHER_SESSIONS_REVOKED", "EMAIL_CHANGED"]


async def test_an_address_of_another_account_gets_the_same_answer_and_no_code(
    client: GraphQLClient, mailbox: Mailbox, server: Any, forget_rate_limits: Callable[[], None]
) -> None:
    bob = GraphQLClient(server.base_url)
    try:
        await sign_up(bob, mailbox, username="bob", email="bob@example.org")
    finally:
        await bob.close()
    await sign_up(client, mailbox)
    forget_rate_limits()  # bob's sign-up code was sent a moment ago
    taken = await request_change(client, "bob@example.org")
    free = await request_change(client, "free@example.org")
    assert taken == free == {"sent": True, "userErrors": []}
    notice = (await mailbox.wait_for("bob@example.org", count=2))[-1].body
    assert "another Commons account" in notice and "verification code" not in notice


async def test_changing_an_address_needs_a_recent_reauthentication(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    frozen.shift(11 * 60)
    assert codes_of(await request_change(client, "new@example.org")) == [
        "REAUTHENTICATION_REQUIRED"
    ]
    await client.mutate("reauthenticate", REAUTH, input={"password": PASSWORD})
    assert (await request_change(client, "new@example.org"))["userErrors"] == []


async def test_a_password_reset_by_code_signs_out_everywhere(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    forget_rate_limits()  # as waiting out the resend pause would
    mailbox.clear()
    await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "alice@example.org", "purpose": "RESET_PASSWORD"},
    )
    code = await mailbox.code_for("alice@example.org")
    reset = await client.mutate(
        "resetPassword",
        RESET,
        input={
            "channel": "EMAIL",
            "target": "alice@example.org",
            "code": code,
            "newPassword": NEW_PASSWORD,
        },
    )
    assert reset == {"reset": True, "userErrors": []}
    told = await mailbox.wait_for("alice@example.org", count=2)
    assert "was just reset" in told[-1].body
    assert (await client.execute(ME))["me"] is None
    old = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )
    assert codes_of(old) == ["INVALID_CREDENTIALS"]
    new = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": NEW_PASSWORD}}
    )
    assert new["userErrors"] == []
    kinds = [
        e["node"]["kind"] for e in (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    ]
    assert "PASSWORD_RESET" in kinds


async def test_password_reset_answers_known_and_unknown_addresses_alike(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    forget_rate_limits()
    await client.execute("mutation { logOut { userErrors { code } } }")
    sent = [
        await client.mutate(
            "sendVerificationCode",
            SEND_CODE,
            input={"channel": "EMAIL", "target": target, "purpose": "RESET_PASSWORD"},
        )
        for target in ("alice@example.org", "nobody@example.org")
    ]
    assert sent[0] == sent[1] == {"sent": True, "userErrors": []}
    notice = (await mailbox.wait_for("nobody@example.org"))[-1].body
    assert "which has no account" in notice

    async def reset(target: str) -> dict[str, Any]:
        return await client.mutate(
            "resetPassword",
            RESET,
            input={
                "channel": "EMAIL",
                "target": target,
                "code": "000000",
                "newPassword": NEW_PASSWORD,
            },
        )

    assert await reset("alice@example.org") == await reset("nobody@example.org")
    assert codes_of(await reset("alice@example.org")) == ["INVALID_CODE"]


async def test_a_new_phone_number_is_verified_by_text_message(
    client: GraphQLClient, mailbox: Mailbox, sms_gateway: FakeSmsGateway
) -> None:
    await sign_up(client, mailbox, phone="+86 138 0000 0000")
    # The phone given at sign-up joins the account once its own code comes back.
    first = await sms_gateway.code_for("+8613800000000")
    added = await client.mutate(
        "confirmContactChange", CONFIRM, input={"channel": "SMS", "code": first}
    )
    assert added["user"]["phone"] == "+8613800000000", added
    requested = await client.mutate(
        "requestContactChange", REQUEST, input={"channel": "SMS", "newAddress": "13900000000"}
    )
    assert requested["userErrors"] == []
    code = await sms_gateway.code_for("+8613900000000")
    done = await client.mutate(
        "confirmContactChange", CONFIRM, input={"channel": "SMS", "code": code}
    )
    assert done["userErrors"] == []
    assert done["user"]["phone"] == "+8613900000000"
    told = await sms_gateway.wait_for("+8613800000000", count=2)
    assert "was changed" in told[-1].message
