"""Passwordless sign-in with a code, by e-mail (real SMTP) and by SMS (fake gateway)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import time_machine

from settings import Settings
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import sign_up
from tests.support.client import LOG_IN, ME, SEND_CODE, SIGN_UP, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

LOG_OUT = "mutation { logOut { userErrors { code } } }"


async def send_code(
    client: GraphQLClient, target: str, channel: str = "EMAIL", purpose: str = "LOG_IN"
) -> dict[str, Any]:
    return await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": channel, "target": target, "purpose": purpose},
    )


async def code_log_in(client: GraphQLClient, target: str, code: str) -> dict[str, Any]:
    return await client.mutate("logIn", LOG_IN, input={"code": {"target": target, "code": code}})


async def test_a_member_signs_in_with_a_code_mailed_to_their_address(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    mailbox.clear()
    forget_rate_limits()  # as waiting out the one-minute resend pause would

    assert (await send_code(client, "Alice@Example.org"))["userErrors"] == []
    code = await mailbox.code_for("alice@example.org")
    signed_in = await code_log_in(client, "alice@example.org", code)

    assert signed_in["userErrors"] == []
    assert signed_in["user"]["username"] == "alice"
    assert (await client.execute(ME))["me"]["username"] == "alice"


async def test_a_member_signs_up_and_in_by_sms_through_the_gateway(
    client: GraphQLClient, sms_gateway: FakeSmsGateway, forget_rate_limits: Callable[[], None]
) -> None:
    await send_code(client, "138 0000 0000", channel="SMS", purpose="SIGN_UP")
    sign_up_code = await sms_gateway.code_for("+8613800000000")
    created = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "bob",
            "phone": "13800000000",
            "password": "a long enough passphrase",
            "dateOfBirth": "1990-01-01",
            "verificationCode": sign_up_code,
        },
    )
    assert created["userErrors"] == [], created
    await client.execute(LOG_OUT)
    forget_rate_limits()

    assert (await send_code(client, "+8613800000000", channel="SMS"))["userErrors"] == []
    messages = await sms_gateway.wait_for("+8613800000000", count=2)
    code = messages[-1].code
    assert code is not None and code != sign_up_code
    signed_in = await code_log_in(client, "+86 138 0000 0000", code)

    assert signed_in["userErrors"] == []
    assert signed_in["user"]["username"] == "bob"


async def test_a_code_signs_in_only_once(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    mailbox.clear()
    forget_rate_limits()  # as waiting out the one-minute resend pause would
    await send_code(client, "alice@example.org")
    code = await mailbox.code_for("alice@example.org")

    assert (await code_log_in(client, "alice@example.org", code))["userErrors"] == []
    again = await code_log_in(client, "alice@example.org", code)

    assert codes_of(again) == ["INVALID_CODE"]
    assert again["user"] is None


async def test_known_and_unknown_addresses_get_the_same_answers(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    forget_rate_limits()

    sent_known = await send_code(client, "alice@example.org")
    sent_unknown = await send_code(client, "nobody@example.org")
    assert sent_known == sent_unknown == {"sent": True, "userErrors": []}

    wrong_known = await code_log_in(client, "alice@example.org", "123456")
    wrong_unknown = await code_log_in(client, "nobody@example.org", "123456")
    assert wrong_known == wrong_unknown
    assert codes_of(wrong_known) == ["INVALID_CODE"]
    # The unknown address is told no account exists, and is given no code to guess with.
    (notice,) = await mailbox.wait_for("nobody@example.org")
    assert "has no account" in notice.body


async def test_aliased_code_log_ins_in_one_request_are_each_counted(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    mailbox.clear()
    forget_rate_limits()  # as waiting out the one-minute resend pause would
    await send_code(client, "alice@example.org")
    code = await mailbox.code_for("alice@example.org")

    guesses = " ".join(
        f'g{n}: logIn(input: {{code: {{target: "alice@example.org", code: "{n:06d}"}}}}) '
        "{ userErrors { code } }"
        for n in range(25)
    )
    status, body = await client.raw({"query": f"mutation {{ {guesses} }}"})

    assert status == 200
    answers = [body["data"][f"g{n}"]["userErrors"][0]["code"] for n in range(25)]
    assert "RATE_LIMITED" in answers
    assert answers.count("INVALID_CODE") <= 10
    # Past the limit even the right code is refused until the window passes.
    late = await code_log_in(client, "alice@example.org", code)
    assert codes_of(late) == ["RATE_LIMITED"]


async def test_hammering_send_verification_code_is_stopped(client: GraphQLClient) -> None:
    first = await send_code(client, "carol@example.org")
    again = await send_code(client, "carol@example.org")
    assert first["userErrors"] == []
    assert codes_of(again) == ["RATE_LIMITED"]

    answers = [await send_code(client, f"person{n}@example.org") for n in range(35)]
    refused = [a for a in answers if codes_of(a) == ["RATE_LIMITED"]]
    assert len(refused) >= 5  # 30 sends per client address per hour


async def test_aliased_code_sends_in_one_request_are_each_counted(client: GraphQLClient) -> None:
    sends = " ".join(
        f's{n}: sendVerificationCode(input: {{channel: EMAIL, target: "p{n}@example.org", '
        "purpose: LOG_IN}) { sent userErrors { code } }"
        for n in range(29)
    )
    first = await client.raw({"query": f"mutation {{ {sends} }}"})
    second = await client.raw({"query": f"mutation {{ {sends.replace('@', '-b@')} }}"})

    answers = [*first[1]["data"].values(), *second[1]["data"].values()]
    assert sum(a["sent"] for a in answers) == 30
    assert all(a["userErrors"][0]["code"] == "RATE_LIMITED" for a in answers if not a["sent"])


async def test_sends_to_one_target_stop_after_the_hourly_limit_until_the_hour_is_over(
    client: GraphQLClient, mailbox: Mailbox, settings: Settings
) -> None:
    limit = settings.code_sends_per_target_per_hour
    start = datetime.now(UTC).replace(microsecond=0)
    with time_machine.travel(start, tick=False) as traveller:
        await sign_up(client, mailbox)  # the sign-up code is the first send to this address
        await client.execute(LOG_OUT)
        for _ in range(limit - 1):
            traveller.shift(61)  # past the one-minute pause between two codes
            assert (await send_code(client, "alice@example.org"))["userErrors"] == []

        traveller.shift(61)
        over = await send_code(client, "Alice@Example.org")  # the same target, spelt otherwise
        assert codes_of(over) == ["RATE_LIMITED"]
        assert over["sent"] is False
        # Per target, not per client: another address from the same client still gets one.
        assert (await send_code(client, "bob@example.org"))["userErrors"] == []

        traveller.move_to(start + timedelta(seconds=3599))
        assert codes_of(await send_code(client, "alice@example.org")) == ["RATE_LIMITED"]

        # Mail goes out through the queue: wait until the codes sent so far have arrived, so
        # that the next message to this address is the new code.
        await mailbox.wait_for("alice@example.org", count=limit)
        mailbox.clear()
        traveller.move_to(start + timedelta(hours=1))
        assert (await send_code(client, "alice@example.org"))["userErrors"] == []
        code = await mailbox.code_for("alice@example.org")
        signed_in = await code_log_in(client, "alice@example.org", code)
        assert signed_in["userErrors"] == []
        assert signed_in["user"]["username"] == "alice"
