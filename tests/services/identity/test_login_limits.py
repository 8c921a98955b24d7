"""Failed sign-ins are limited per account and per client address."""

from __future__ import annotations

from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox


def attempt(identifier: str, password: str) -> dict[str, object]:
    return {"password": {"identifier": identifier, "password": password}}


async def test_an_account_locks_after_ten_failures_even_for_the_right_password(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    for _ in range(10):
        failed = await client.mutate("logIn", LOG_IN, input=attempt("alice", "wrong guess!"))
        assert codes_of(failed) == ["INVALID_CREDENTIALS"]
    locked = await client.mutate("logIn", LOG_IN, input=attempt("alice", PASSWORD))
    assert codes_of(locked) == ["RATE_LIMITED"]


async def test_an_unknown_account_locks_the_same_way(client: GraphQLClient) -> None:
    answers = [
        codes_of(await client.mutate("logIn", LOG_IN, input=attempt("ghost", "wrong guess!")))
        for _ in range(11)
    ]
    assert answers == [["INVALID_CREDENTIALS"]] * 10 + [["RATE_LIMITED"]]


async def test_one_address_cannot_spray_many_accounts(client: GraphQLClient) -> None:
    answers = [
        codes_of(await client.mutate("logIn", LOG_IN, input=attempt(f"user{i}", "wrong guess!")))
        for i in range(51)
    ]
    assert answers[:50] == [["INVALID_CREDENTIALS"]] * 50
    assert answers[50] == ["RATE_LIMITED"]


async def test_aliased_log_ins_in_one_request_each_count(client: GraphQLClient) -> None:
    fields = " ".join(
        f'a{i}: logIn(input: {{password: {{identifier: "ghost", password: "nope nope"}}}})'
        " { userErrors { code } }"
        for i in range(12)
    )
    data = await client.execute(f"mutation {{ {fields} }}")
    codes = [data[f"a{i}"]["userErrors"][0]["code"] for i in range(12)]
    assert codes.count("INVALID_CREDENTIALS") == 10
    assert codes[10:] == ["RATE_LIMITED", "RATE_LIMITED"]
