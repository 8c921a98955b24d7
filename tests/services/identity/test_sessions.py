"""Server-side sessions: idle and absolute expiry, revocation, password change."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from models.identity.sessions import Session
from services.kernel import clock
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, ME, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

SESSIONS = "{ me { sessions { totalCount edges { node { id current } } } } }"
REVOKE = """
mutation Revoke($input: RevokeSessionInput!) {
  revokeSession(input: $input) { revokedSessionId userErrors { field code } }
}"""
CHANGE_PASSWORD = """
mutation Change($input: ChangePasswordInput!) {
  changePassword(input: $input) { otherSessionsRevoked userErrors { field code } }
}"""


async def test_only_the_token_hash_is_stored(client: GraphQLClient, mailbox: Mailbox) -> None:
    token = (await sign_up(client, mailbox))["sessionToken"]
    row = await Session.get()
    assert row.token_hash != token and len(row.token_hash) == 64
    assert len(token) >= 43  # 32 random bytes, url-safe base64: 256 bits


async def test_an_idle_session_expires(client: GraphQLClient, mailbox: Mailbox) -> None:
    with time_machine.travel(clock.now(), tick=False) as traveller:
        await sign_up(client, mailbox)
        traveller.shift(timedelta(days=6))
        assert (await client.execute(ME))["me"] is not None
        traveller.shift(timedelta(days=6, hours=23))
        assert (await client.execute(ME))["me"] is not None
        traveller.shift(timedelta(days=7, seconds=1))
        assert (await client.execute(ME))["me"] is None


async def test_a_busy_session_still_ends_at_its_absolute_expiry(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    with time_machine.travel(clock.now(), tick=False) as traveller:
        await sign_up(client, mailbox)
        for _ in range(4):
            traveller.shift(timedelta(days=6))
            assert (await client.execute(ME))["me"] is not None
        traveller.shift(timedelta(days=5, hours=23))
        assert (await client.execute(ME))["me"] is not None
        traveller.shift(timedelta(hours=1, seconds=1))
        assert (await client.execute(ME))["me"] is None


async def test_a_member_sees_and_revokes_their_other_sessions(
    client: GraphQLClient, mailbox: Mailbox, server: object
) -> None:
    await sign_up(client, mailbox)
    other = GraphQLClient(client.url.removesuffix("/graphql"), user_agent="phone")
    try:
        await other.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
        )
        listed = (await client.execute(SESSIONS))["me"]["sessions"]
        assert listed["totalCount"] == 2
        others = [e["node"]["id"] for e in listed["edges"] if not e["node"]["current"]]
        revoked = await client.mutate("revokeSession", REVOKE, input={"id": others[0]})
        assert revoked == {"revokedSessionId": others[0], "userErrors": []}
        assert (await other.execute(ME))["me"] is None
        again = await client.mutate("revokeSession", REVOKE, input={"id": others[0]})
        assert codes_of(again) == ["NOT_FOUND"]
        garbage = await client.mutate("revokeSession", REVOKE, input={"id": "not-an-id"})
        assert codes_of(garbage) == ["NOT_FOUND"]
    finally:
        await other.close()


async def test_nobody_can_revoke_someone_elses_session(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    alice_session = (await client.execute(SESSIONS))["me"]["sessions"]["edges"][0]["node"]["id"]
    mallory = GraphQLClient(client.url.removesuffix("/graphql"))
    try:
        await sign_up(mallory, mailbox, username="mallory", email="mallory@example.org")
        attempt = await mallory.mutate("revokeSession", REVOKE, input={"id": alice_session})
        assert codes_of(attempt) == ["NOT_FOUND"]
        assert (await client.execute(ME))["me"]["username"] == "alice"
    finally:
        await mallory.close()


async def test_changing_the_password_signs_out_every_other_session(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    other = GraphQLClient(client.url.removesuffix("/graphql"))
    try:
        await other.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
        )
        wrong = await client.mutate(
            "changePassword",
            CHANGE_PASSWORD,
            input={"currentPassword": "nope nope nope", "newPassword": "another long passphrase"},
        )
        assert codes_of(wrong) == ["INVALID_CREDENTIALS"]
        weak = await client.mutate(
            "changePassword",
            CHANGE_PASSWORD,
            input={"currentPassword": PASSWORD, "newPassword": "short"},
        )
        assert weak["userErrors"] == [
            {"field": ["input", "newPassword"], "code": "PASSWORD_TOO_SHORT"}
        ]
        changed = await client.mutate(
            "changePassword",
            CHANGE_PASSWORD,
            input={"currentPassword": PASSWORD, "newPassword": "another long passphrase"},
        )
        assert changed == {"otherSessionsRevoked": 1, "userErrors": []}
        assert (await other.execute(ME))["me"] is None
        assert (await client.execute(ME))["me"]["username"] == "alice"
        old = await other.mutate(
            "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
        )
        assert codes_of(old) == ["INVALID_CREDENTIALS"]
    finally:
        await other.close()
