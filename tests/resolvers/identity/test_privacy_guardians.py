"""A child's sign-up waits for a guardian (statement §9), over HTTP and real SMTP."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import aiohttp
import pytest
import time_machine

from models.annotations import Purpose
from models.gate.consent import ConsentRecord
from models.identity.guardians import AgeRecord
from models.identity.users import User, UserStatus
from services.delivery.mail import Mail, queue_mail
from services.gate.outbound import OutboundClient, OutboundRefused
from services.identity import guardians
from services.identity.container import Services
from services.kernel import clock
from services.kernel.outbox import OutboxQueue
from settings import Settings
from tests.support.accounts import PASSWORD
from tests.support.client import LOG_IN, SEND_CODE, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

SIGN_UP = """
mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user { username }
    sessionToken
    awaitingGuardian
    userErrors { field message code }
  }
}"""
CONFIRM = """
mutation Confirm($input: ConfirmGuardianConsentInput!) {
  confirmGuardianConsent(input: $input) { confirmed userErrors { field code } }
}"""


def years_ago(years: int, days: int = 0) -> str:
    today = clock.now().date()
    return (
        date(today.year - years, today.month, min(today.day, 28)) - timedelta(days=days)
    ).isoformat()


async def child_signs_up(
    client: GraphQLClient, mailbox: Mailbox, **extra: object
) -> dict[str, Any]:
    await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "kim@example.org", "purpose": "SIGN_UP"},
    )
    code = await mailbox.code_for("kim@example.org")
    return await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "kim",
            "email": "kim@example.org",
            "password": PASSWORD,
            "verificationCode": code,
            "dateOfBirth": years_ago(10),
            **extra,
        },
    )


async def test_a_child_signs_up_waits_for_the_guardian_and_then_signs_in(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    payload = await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    assert payload["userErrors"] == []
    assert payload["awaitingGuardian"] is True
    assert payload["sessionToken"] is None
    assert (await client.execute("{ me { id } }"))["me"] is None
    assert (await User.get(username_key="kim")).status is UserStatus.DEACTIVATED
    assert await ConsentRecord.filter(method="SIGN_UP").count() == 0

    refused = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "kim", "password": PASSWORD}}
    )
    assert codes_of(refused) == ["INVALID_CREDENTIALS"]

    code = await mailbox.code_for("parent@example.org")
    wrong = await client.mutate(
        "confirmGuardianConsent", CONFIRM, input={"username": "kim", "code": "000000"}
    )
    assert codes_of(wrong) == ["INVALID_CODE"]
    confirmed = await client.mutate(
        "confirmGuardianConsent",
        CONFIRM,
        input={"username": "kim", "code": code, "consents": ["MAIL_SUBSCRIPTION"]},
    )
    assert confirmed == {"confirmed": True, "userErrors": []}
    records = await ConsentRecord.filter(method="GUARDIAN")
    assert {r.purpose: r.granted for r in records}["account_service"] is True
    assert {r.purpose: r.granted for r in records}["mail_subscription"] is True

    signed_in = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "kim", "password": PASSWORD}}
    )
    assert signed_in["userErrors"] == []


async def test_a_child_without_a_guardian_address_is_asked_for_one(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    payload = await child_signs_up(client, mailbox)
    assert codes_of(payload) == ["GUARDIAN_REQUIRED"]
    assert payload["userErrors"][0]["field"] == ["input", "guardianEmail"]
    assert not await User.exists(username_key="kim")


async def test_someone_fourteen_today_signs_up_without_a_guardian(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    today = clock.now().date()
    birthday = date(today.year - 14, today.month, today.day).isoformat()
    payload = await child_signs_up(client, mailbox, dateOfBirth=birthday)
    assert payload["userErrors"] == []
    assert payload["awaitingGuardian"] is False
    assert payload["sessionToken"]
    kim = await User.get(username_key="kim")
    assert (await AgeRecord.get(user_id=kim.id)).date_of_birth.isoformat() == birthday


async def test_a_date_of_birth_in_the_future_is_refused(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    tomorrow = (clock.now().date() + timedelta(days=1)).isoformat()
    payload = await child_signs_up(client, mailbox, dateOfBirth=tomorrow)
    assert codes_of(payload) == ["INVALID"]


async def test_an_unconfirmed_child_account_is_deleted_after_thirty_days(
    client: GraphQLClient, mailbox: Mailbox, settings: Settings
) -> None:
    start = clock.now()
    with time_machine.travel(start, tick=False):
        await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    with time_machine.travel(start + timedelta(days=29, hours=23), tick=False):
        assert await guardians.purge_unconfirmed(settings) == 0
    assert await User.exists(username_key="kim")
    with time_machine.travel(start + timedelta(days=30, minutes=1), tick=False):
        assert await guardians.purge_unconfirmed(settings) == 1
    assert not await User.exists(username_key="kim")
    assert not await AgeRecord.exists()


async def test_nothing_is_processed_for_a_child_while_the_guardian_has_not_consented(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    kim = await User.get(username_key="kim")
    await mailbox.wait_for("parent@example.org")
    # Every mail of the sign-up is delivered before the box is emptied, so none arrives late.
    assert isinstance(services.queue, OutboxQueue)
    await services.queue.drain()
    mailbox.clear()
    await queue_mail(
        services.queue, Mail("kim@example.org", "News", "Hi"), purpose=Purpose.MAIL_SUBSCRIPTION
    )
    await services.queue.drain()
    assert mailbox.messages == []
    async with aiohttp.ClientSession() as http:
        gate = OutboundClient(services.settings, http)
        with pytest.raises(OutboundRefused, match="guardian"):
            await gate.check("SMS_GATEWAY", kim.id)


RESEND = """
mutation Resend($input: ResendGuardianCodeInput!) {
  resendGuardianCode(input: $input) { sent userErrors { code } }
}"""


async def test_the_guardian_can_get_a_fresh_code_after_the_first_expired(
    client: GraphQLClient,
    mailbox: Mailbox,
    forget_rate_limits: Callable[[], None],
) -> None:
    start = clock.now()
    with time_machine.travel(start, tick=False):
        await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
        first = await mailbox.code_for("parent@example.org")
    later = start + timedelta(days=3)
    with time_machine.travel(later, tick=False):
        forget_rate_limits()
        stale = await client.mutate(
            "confirmGuardianConsent", CONFIRM, input={"username": "kim", "code": first}
        )
        assert codes_of(stale) == ["INVALID_CODE"]
        resent = await client.mutate("resendGuardianCode", RESEND, input={"username": "kim"})
        assert resent == {"sent": True, "userErrors": []}
        second = (await mailbox.wait_for("parent@example.org", count=2))[1]
        found = re.search(r"code (\d{6})", second.body)
        assert found is not None
        fresh = found.group(1)
        confirmed = await client.mutate(
            "confirmGuardianConsent", CONFIRM, input={"username": "kim", "code": fresh}
        )
        assert confirmed["confirmed"] is True
    unknown = await client.mutate("resendGuardianCode", RESEND, input={"username": "nobody"})
    assert unknown == {"sent": True, "userErrors": []}


async def test_guardian_codes_cannot_be_requested_for_any_address(
    client: GraphQLClient,
) -> None:
    payload = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "x@example.org", "purpose": "GUARDIAN"},
    )
    assert codes_of(payload) == ["INVALID"]
