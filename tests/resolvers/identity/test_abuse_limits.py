"""Hammering sign-in and codes, over real HTTP: every attempt counts, aliases included, and
the answers never tell a known account from an unknown one."""

from __future__ import annotations

from typing import Any

from api.client_address import address_from, client_address
from settings import Settings
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, SEND_CODE, SIGN_UP, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

LOG_OUT = "mutation { logOut { userErrors { code } } }"


def aliased_log_ins(count: int, identifier: str) -> str:
    fields = "\n".join(
        f'a{i}: logIn(input: {{password: {{identifier: "{identifier}", password: "wrong {i}"}}}})'
        " { sessionToken userErrors { code } }"
        for i in range(count)
    )
    return f"mutation {{\n{fields}\n}}"


async def test_aliased_log_in_fields_in_one_request_each_count_as_an_attempt(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    data = await client.execute(aliased_log_ins(30, "alice"))
    answers = [codes_of(data[f"a{i}"]) for i in range(30)]
    assert answers[:10] == [["INVALID_CREDENTIALS"]] * 10
    assert answers[10:] == [["RATE_LIMITED"]] * 20
    # Locked: even the right password is refused now.
    right = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )
    assert codes_of(right) == ["RATE_LIMITED"] and right["sessionToken"] is None


async def test_fifty_aliased_log_ins_are_refused_before_any_runs(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    status, body = await client.raw({"query": aliased_log_ins(50, "alice")})
    assert status == 200 and body.get("data") is None
    assert "aliases" in body["errors"][0]["message"].lower()
    # None of the fifty was tried, so the account is not locked.
    fine = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )
    assert fine["userErrors"] == []


async def test_separate_log_in_requests_are_stopped_per_client_address(
    client: GraphQLClient,
) -> None:
    answers = []
    for i in range(52):
        payload = await client.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": f"nobody{i}", "password": "x"}}
        )
        answers.append(codes_of(payload))
    assert answers[:50] == [["INVALID_CREDENTIALS"]] * 50
    assert answers[50:] == [["RATE_LIMITED"]] * 2


async def test_aliased_code_requests_are_stopped_per_client_address(
    client: GraphQLClient,
) -> None:
    fields = "\n".join(
        f'c{i}: sendVerificationCode(input: {{channel: EMAIL, target: "p{i}@example.org",'
        " purpose: SIGN_UP}) { sent userErrors { code } }"
        for i in range(30)
    )
    first = await client.execute(f"mutation {{\n{fields}\n}}")
    assert all(first[f"c{i}"]["sent"] for i in range(30))
    more = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "late@example.org", "purpose": "SIGN_UP"},
    )
    assert codes_of(more) == ["RATE_LIMITED"]


async def test_log_in_answers_known_and_unknown_accounts_alike(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)

    async def attempt(identifier: str) -> dict[str, Any]:
        return await client.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": identifier, "password": "wrong!"}}
        )

    assert await attempt("alice") == await attempt("nobody-here")
    assert await attempt("alice@example.org") == await attempt("nobody@example.org")
    # Lockout does not tell them apart either.
    for _ in range(10):
        await attempt("alice")
        await attempt("nobody-here")
    assert await attempt("alice") == await attempt("nobody-here")
    assert codes_of(await attempt("alice")) == ["RATE_LIMITED"]


async def test_codes_and_sign_up_answer_known_and_unknown_addresses_alike(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Any
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    for purpose in ("SIGN_UP", "LOG_IN"):
        forget_rate_limits()
        answers = [
            await client.mutate(
                "sendVerificationCode",
                SEND_CODE,
                input={"channel": "EMAIL", "target": target, "purpose": purpose},
            )
            for target in ("alice@example.org", "nobody@example.org")
        ]
        assert answers[0] == answers[1] == {"sent": True, "userErrors": []}

    async def sign_up_with(email: str, username: str) -> dict[str, Any]:
        payload = await client.mutate(
            "signUp",
            SIGN_UP,
            input={
                "username": username,
                "email": email,
                "password": PASSWORD,
                "dateOfBirth": "1990-01-01",
                "verificationCode": "123456",
            },
        )
        return payload

    taken = await sign_up_with("alice@example.org", "someone")
    free = await sign_up_with("nobody@example.org", "someone")
    assert taken == free
    assert codes_of(taken) == ["INVALID_CODE"]


async def test_x_forwarded_for_is_ignored_from_an_untrusted_peer(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    status, body = await client.raw(
        {
            "query": LOG_IN,
            "variables": {"input": {"password": {"identifier": "alice", "password": PASSWORD}}},
        },
        headers={"X-Forwarded-For": "203.0.113.9"},
    )
    assert status == 200 and body["data"]["logIn"]["userErrors"] == []
    sessions = await client.execute(
        "{ me { sessions(first: 5) { edges { node { ipAddress } } } } }"
    )
    assert sessions["me"]["sessions"]["edges"] == [{"node": {"ipAddress": "127.0.0.1"}}]


def test_x_forwarded_for_is_honoured_only_from_a_trusted_proxy() -> None:
    proxies = Settings(_env_file=None, trusted_proxies="10.0.0.0/8").trusted_proxy_networks
    assert address_from("10.0.0.2", "203.0.113.9", proxies) == "203.0.113.9"
    # A client cannot prepend a fake address: the nearest untrusted hop wins.
    spoofed = "198.51.100.1, 203.0.113.9, 10.0.0.7"
    assert address_from("10.0.0.2", spoofed, proxies) == "203.0.113.9"
    assert address_from("192.0.2.5", "203.0.113.9", proxies) == "192.0.2.5"
    assert address_from("192.0.2.5", "203.0.113.9", frozenset()) == "192.0.2.5"


def test_repeated_forwarded_for_lines_are_read_as_one_list_and_the_answer_is_kept() -> None:
    proxies = Settings(_env_file=None, trusted_proxies="10.0.0.0/8").trusted_proxy_networks
    scope = {
        "client": ("10.0.0.2", 5000),
        "headers": [
            (b"x-forwarded-for", b"198.51.100.1, 203.0.113.9"),
            (b"user-agent", b"probe/1.0"),
            (b"x-forwarded-for", b"10.0.0.7"),
        ],
    }
    assert client_address(scope, proxies) == "203.0.113.9"
    # Found once a request: the session record and the access log read the same answer.
    scope["headers"] = []
    assert client_address(scope, proxies) == "203.0.113.9"
