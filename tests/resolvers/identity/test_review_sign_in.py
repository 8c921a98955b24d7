"""The security review's sign-in findings, each attack replayed over HTTP and now failing.

Numbers refer to the review's table (issue 11)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pyotp
import pytest
import time_machine

from models.identity.mfa import MfaTicket
from models.identity.security_events import SecurityEvent
from models.identity.users import User
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, ME, SIGN_UP, GraphQLClient, codes_of
from tests.support.findings import (
    LOG_OUT,
    event_kinds,
    password_log_in,
    send_code,
    sign_up_by_phone,
)
from tests.support.mailbox import Mailbox

ENROL = "mutation { enrolTotp { secret userErrors { code } } }"
CONFIRM_TOTP = """
mutation Confirm($input: ConfirmTotpInput!) {
  confirmTotp(input: $input) { recoveryCodes userErrors { code } }
}"""
COMPLETE = """
mutation Complete($input: CompleteLogInInput!) {
  completeLogIn(input: $input) { sessionToken userErrors { code } }
}"""
LOG_IN_MFA = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) { mfaTicket userErrors { code } }
}"""
SESSIONS = "{ me { sessions(first: 10) { edges { node { id current } } } } }"
REVOKE = """
mutation Revoke($input: RevokeSessionInput!) {
  revokeSession(input: $input) { revokedSessionId userErrors { code } }
}"""
ME_PHONE = "{ me { username email phone } }"


@pytest.fixture
def frozen() -> Iterator[time_machine.Traveller]:
    now = datetime.now(UTC).replace(microsecond=0)
    with time_machine.travel(now - timedelta(seconds=now.second % 30), tick=False) as traveller:
        yield traveller


async def test_1_every_spelling_of_a_phone_number_shares_one_lockout(
    client: GraphQLClient, sms_gateway: FakeSmsGateway
) -> None:
    await sign_up_by_phone(client, sms_gateway, "lily", "+8613800138000")
    await client.execute(LOG_OUT)
    for _ in range(10):
        wrong = await password_log_in(client, "+8613800138000", "not the password at all")
        assert codes_of(wrong) == ["INVALID_CREDENTIALS"]

    for spelling in ("+86 138 0013 8000", "+86-138-0013-8000", "13800138000", "+8613800138000"):
        answer = await password_log_in(client, spelling)
        assert codes_of(answer) == ["RATE_LIMITED"], spelling
    assert (await client.execute(ME))["me"] is None


async def test_2_a_second_contact_given_at_sign_up_stays_pending_until_its_own_code(
    client: GraphQLClient, mailbox: Mailbox, sms_gateway: FakeSmsGateway
) -> None:
    # Mallory names Bob's phone number next to her own e-mail address.
    squatter = await sign_up(client, mailbox, "mallory", "mallory@example.org", phone="13900139000")
    assert squatter["user"]["phone"] is None
    assert (await User.get(username="mallory")).phone is None
    await client.execute(LOG_OUT)

    # Bob, the number's owner, signs up with it and then signs in with a code by SMS.
    bob = GraphQLClient(client.url.removesuffix("/graphql"))
    try:
        created = await sign_up_by_phone(bob, sms_gateway, "bob", "+8613900139000")
        assert created["userErrors"] == [], created
        await bob.execute(LOG_OUT)
        assert (await send_code(bob, "+8613900139000", channel="SMS"))["userErrors"] == []
        code = (await sms_gateway.wait_for("+8613900139000", count=3))[-1].code
        assert code is not None
        signed_in = await bob.mutate(
            "logIn", LOG_IN, input={"code": {"target": "13900139000", "code": code}}
        )
        assert signed_in["user"]["username"] == "bob"
    finally:
        await bob.close()
    assert (await User.get(phone="+8613900139000")).username == "bob"


async def test_2_a_taken_phone_at_sign_up_reveals_nothing(
    client: GraphQLClient, mailbox: Mailbox, sms_gateway: FakeSmsGateway
) -> None:
    await sign_up_by_phone(client, sms_gateway, "bob", "+8613900139000")
    await client.execute(LOG_OUT)
    answer = await sign_up(client, mailbox, "mallory", "mallory@example.org", phone="13900139000")
    assert answer["userErrors"] == []
    told = await sms_gateway.wait_for("+8613900139000", count=2)
    assert "another Commons account" in told[-1].message
    assert (await User.get(username="bob")).phone == "+8613900139000"


async def test_6_an_old_session_cannot_sign_the_owner_out(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    owner_session = next(
        e["node"]["id"]
        for e in (await client.execute(SESSIONS))["me"]["sessions"]["edges"]
        if e["node"]["current"]
    )
    thief = GraphQLClient(client.url.removesuffix("/graphql"))
    try:
        assert (await password_log_in(thief, "alice"))["userErrors"] == []
        with time_machine.travel(datetime.now(UTC) + timedelta(minutes=30)):
            refused = await thief.mutate("revokeSession", REVOKE, input={"id": owner_session})
            assert codes_of(refused) == ["REAUTHENTICATION_REQUIRED"]
            assert (await client.execute(ME))["me"]["username"] == "alice"
            # Its own session it may always end.
            own = next(
                e["node"]["id"]
                for e in (await thief.execute(SESSIONS))["me"]["sessions"]["edges"]
                if e["node"]["current"]
            )
            ended = await thief.mutate("revokeSession", REVOKE, input={"id": own})
            assert ended["userErrors"] == []
    finally:
        await thief.close()


async def test_7_concurrent_second_factor_guesses_are_counted_before_they_are_checked(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret = (await client.mutate("enrolTotp", ENROL))["secret"]
    confirmed = await client.mutate(
        "confirmTotp", CONFIRM_TOTP, input={"code": pyotp.TOTP(secret).now()}
    )
    assert confirmed["userErrors"] == []
    await client.execute(LOG_OUT)
    frozen.shift(30)
    ticket = (
        await client.mutate(
            "logIn", LOG_IN_MFA, input={"password": {"identifier": "alice", "password": PASSWORD}}
        )
    )["mfaTicket"]
    right = pyotp.TOTP(secret).now()
    wrong = f"{(int(right) + 1) % 10**6:06d}"

    answers = await asyncio.gather(
        *(
            client.mutate(
                "completeLogIn",
                COMPLETE,
                input={"ticket": ticket, "secondFactor": {"totpCode": wrong}},
            )
            for _ in range(15)
        )
    )
    evaluated = [a for a in answers if codes_of(a) == ["INVALID_CODE"]]
    assert len(evaluated) <= 5
    assert all(codes_of(a) in (["INVALID_CODE"], ["INVALID_TICKET"]) for a in answers)
    assert (await MfaTicket.get()).attempts == 5
    assert await SecurityEvent.filter(kind="LOGIN_FAILED").count() <= 5
    late = await client.mutate(
        "completeLogIn", COMPLETE, input={"ticket": ticket, "secondFactor": {"totpCode": right}}
    )
    assert codes_of(late) == ["INVALID_TICKET"]


async def test_8_sign_up_checks_the_code_before_saying_anything_about_the_user_name(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    await send_code(client, "eve@example.org", purpose="SIGN_UP")
    form = {
        "username": "alice",
        "email": "eve@example.org",
        "password": PASSWORD,
        "dateOfBirth": "1990-01-01",
    }
    guess = await client.mutate("signUp", SIGN_UP, input={**form, "verificationCode": "000000"})
    assert codes_of(guess) == ["INVALID_CODE"]
    # The code's owner learns the name is taken, and nobody else does.
    code = await mailbox.code_for("eve@example.org")
    owner = await client.mutate("signUp", SIGN_UP, input={**form, "verificationCode": code})
    assert codes_of(owner) == ["USERNAME_TAKEN"]
    # ...and the code still works for a free name.
    done = await client.mutate(
        "signUp", SIGN_UP, input={**form, "username": "eve", "verificationCode": code}
    )
    assert done["userErrors"] == []


async def test_8_sign_up_attempts_are_limited_per_client_address(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    form = {
        "username": "somebody",
        "email": "nobody@example.org",
        "password": PASSWORD,
        "dateOfBirth": "1990-01-01",
        "verificationCode": "000000",
    }
    answers = [codes_of(await client.mutate("signUp", SIGN_UP, input=form)) for _ in range(31)]
    assert answers[:30] == [["INVALID_CODE"]] * 30
    assert answers[30] == ["RATE_LIMITED"]


@pytest.mark.parametrize(
    "identifier", ["alice.with.a.long.address@example.org", "+8613800138000", "13800138000"]
)
async def test_9_and_14_failed_sign_ins_by_address_are_the_owners_security_events(
    client: GraphQLClient, mailbox: Mailbox, sms_gateway: FakeSmsGateway, identifier: str
) -> None:
    await sign_up(client, mailbox, "alice", "alice.with.a.long.address@example.org")
    await User.filter(username="alice").update(phone="+8613800138000")
    await client.execute(LOG_OUT)

    failed = await password_log_in(client, identifier, "a wrong password, long enough")
    # 14: never "Unexpected error." for an identifier longer than a user name.
    assert codes_of(failed) == ["INVALID_CREDENTIALS"]

    assert (await password_log_in(client, "alice"))["userErrors"] == []
    assert "LOGIN_FAILED" in await event_kinds(client)


async def test_14_an_overlong_identifier_is_a_wrong_password_not_an_error(
    client: GraphQLClient,
) -> None:
    for identifier in ("x" * 300, "a" * 40, "1" * 60, f"{'a' * 300}@example.org"):
        answer = await password_log_in(client, identifier, "whatever password")
        assert codes_of(answer) == ["INVALID_CREDENTIALS"], identifier
