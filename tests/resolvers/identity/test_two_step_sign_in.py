"""Two-step sign-in with TOTP, over real HTTP: enrol, confirm, sign in, recover, turn off."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pyotp
import pytest
import time_machine

from models.identity.mfa import TotpFactor
from services.identity.container import Services
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, SEND_CODE, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

ENROL = "mutation { enrolTotp { secret otpauthUri userErrors { field message code } } }"
CONFIRM = """
mutation Confirm($input: ConfirmTotpInput!) {
  confirmTotp(input: $input) { recoveryCodes userErrors { field message code } }
}"""
DISABLE = "mutation { disableTotp { mfaEnabled userErrors { field message code } } }"
LOG_IN_MFA = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user { username } sessionToken mfaRequired mfaTicket
    userErrors { field message code }
  }
}"""
COMPLETE = """
mutation Complete($input: CompleteLogInInput!) {
  completeLogIn(input: $input) {
    user { username } sessionToken mfaRequired
    userErrors { field message code }
  }
}"""
REAUTH = """
mutation Reauth($input: ReauthenticateInput!) {
  reauthenticate(input: $input) { authenticatedAt userErrors { field message code } }
}"""
SEND_REAUTH_CODE = """
mutation Send($input: SendReauthenticationCodeInput!) {
  sendReauthenticationCode(input: $input) { sent userErrors { field message code } }
}"""
REVOKE_OTHERS = "mutation { revokeOtherSessions { revokedCount userErrors { code } } }"
ME_MFA = "{ me { username mfaEnabled recoveryCodesLeft } }"
EVENTS = "{ me { securityEvents(first: 50) { edges { node { kind } } } } }"
LOG_OUT = "mutation { logOut { userErrors { code } } }"


@pytest.fixture
def frozen() -> Iterator[time_machine.Traveller]:
    """Frozen at the start of a 30-second TOTP step, so each test controls which code is due."""
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(seconds=now.second % 30)
    with time_machine.travel(start, tick=False) as traveller:
        yield traveller


async def enable_totp(client: GraphQLClient) -> tuple[str, list[str]]:
    enrolled = await client.mutate("enrolTotp", ENROL)
    assert enrolled["userErrors"] == [], enrolled
    secret = enrolled["secret"]
    confirmed = await client.mutate(
        "confirmTotp", CONFIRM, input={"code": pyotp.TOTP(secret).now()}
    )
    assert confirmed["userErrors"] == [], confirmed
    return secret, confirmed["recoveryCodes"]


async def first_step(client: GraphQLClient) -> dict[str, Any]:
    return await client.mutate(
        "logIn", LOG_IN_MFA, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )


async def complete(client: GraphQLClient, ticket: str, **factor: str) -> dict[str, Any]:
    return await client.mutate(
        "completeLogIn", COMPLETE, input={"ticket": ticket, "secondFactor": factor}
    )


async def test_with_totp_on_log_in_asks_for_a_second_step_that_starts_the_session(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    enrolled = await client.mutate("enrolTotp", ENROL)
    assert enrolled["otpauthUri"].startswith("otpauth://totp/Commons:alice?")
    assert "issuer=Commons" in enrolled["otpauthUri"]
    # Not in force until confirmed: a wrong first code changes nothing.
    wrong = await client.mutate("confirmTotp", CONFIRM, input={"code": "000000"})
    assert codes_of(wrong) == ["INVALID_CODE"]
    assert (await client.execute(ME_MFA))["me"]["mfaEnabled"] is False

    confirmed = await client.mutate(
        "confirmTotp", CONFIRM, input={"code": pyotp.TOTP(enrolled["secret"]).now()}
    )
    assert len(set(confirmed["recoveryCodes"])) == 10
    assert (await client.execute(ME_MFA))["me"] == {
        "username": "alice",
        "mfaEnabled": True,
        "recoveryCodesLeft": 10,
    }
    await client.execute(LOG_OUT)

    frozen.shift(30)
    step = await first_step(client)
    assert step["mfaRequired"] is True
    assert step["user"] is None and step["sessionToken"] is None
    assert (await client.execute(ME_MFA))["me"] is None

    done = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(enrolled["secret"]).now())
    assert done["userErrors"] == []
    assert done["user"] == {"username": "alice"}
    assert done["mfaRequired"] is False
    assert (await client.execute(ME_MFA))["me"]["username"] == "alice"

    # The ticket was single use.
    again = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(enrolled["secret"]).now())
    assert codes_of(again) == ["INVALID_TICKET"]


async def test_a_totp_code_cannot_be_replayed(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, _ = await enable_totp(client)
    await client.execute(LOG_OUT)

    # Same 30-second step as the confirming code: that code is spent.
    step = await first_step(client)
    replayed = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(secret).now())
    assert codes_of(replayed) == ["INVALID_CODE"]
    assert replayed["userErrors"][0]["field"] == ["input", "secondFactor", "totpCode"]

    frozen.shift(30)
    code = pyotp.TOTP(secret).now()
    assert (await complete(client, step["mfaTicket"], totpCode=code))["userErrors"] == []
    await client.execute(LOG_OUT)

    second = await first_step(client)
    assert codes_of(await complete(client, second["mfaTicket"], totpCode=code)) == ["INVALID_CODE"]


async def test_a_recovery_code_signs_in_once(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    _, recovery = await enable_totp(client)
    await client.execute(LOG_OUT)

    step = await first_step(client)
    # Codes are forgiving about case and separators, as people type them.
    typed = recovery[0].upper().replace("-", " ")
    assert (await complete(client, step["mfaTicket"], recoveryCode=typed))["userErrors"] == []
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 9
    await client.execute(LOG_OUT)

    again = await first_step(client)
    reused = await complete(client, again["mfaTicket"], recoveryCode=recovery[0])
    assert codes_of(reused) == ["INVALID_CODE"]
    kinds = {e["node"]["kind"] for e in await _events_after_sign_in(client, recovery[1])}
    assert {"MFA_ENABLED", "RECOVERY_CODE_USED", "LOGIN_SUCCEEDED", "LOGIN_FAILED"} <= kinds


async def _events_after_sign_in(client: GraphQLClient, recovery_code: str) -> list[Any]:
    step = await first_step(client)
    assert (await complete(client, step["mfaTicket"], recoveryCode=recovery_code))[
        "userErrors"
    ] == []
    edges: list[Any] = (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    return edges


async def test_a_ticket_dies_after_five_wrong_codes_or_five_minutes(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, _ = await enable_totp(client)
    await client.execute(LOG_OUT)
    frozen.shift(30)

    step = await first_step(client)
    for _ in range(5):
        assert codes_of(await complete(client, step["mfaTicket"], totpCode="123456")) == [
            "INVALID_CODE"
        ]
    exhausted = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(secret).now())
    assert codes_of(exhausted) == ["INVALID_TICKET"]

    late = await first_step(client)
    frozen.shift(5 * 60 + 1)
    expired = await complete(client, late["mfaTicket"], totpCode=pyotp.TOTP(secret).now())
    assert codes_of(expired) == ["INVALID_TICKET"]
    assert codes_of(await complete(client, "made-up", totpCode="123456")) == ["INVALID_TICKET"]


async def test_turning_totp_off_needs_a_recent_reauthentication(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, _ = await enable_totp(client)

    frozen.shift(11 * 60)
    refused = await client.mutate("disableTotp", DISABLE)
    assert codes_of(refused) == ["REAUTHENTICATION_REQUIRED"]
    assert (await client.execute(ME_MFA))["me"]["mfaEnabled"] is True

    wrong = await client.mutate("reauthenticate", REAUTH, input={"password": "not it at all"})
    assert codes_of(wrong) == ["INVALID_CREDENTIALS"]
    assert codes_of(await client.mutate("disableTotp", DISABLE)) == ["REAUTHENTICATION_REQUIRED"]

    proved = await client.mutate(
        "reauthenticate", REAUTH, input={"totpCode": pyotp.TOTP(secret).now()}
    )
    assert proved["userErrors"] == []
    assert datetime.fromisoformat(proved["authenticatedAt"]) == datetime.now(UTC)
    assert (await client.mutate("disableTotp", DISABLE)) == {"mfaEnabled": False, "userErrors": []}
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 0
    told = await mailbox.wait_for("alice@example.org", count=2)
    assert "turned off" in told[-1].body

    await client.execute(LOG_OUT)
    plain = await first_step(client)
    assert plain["mfaRequired"] is False and plain["user"] == {"username": "alice"}
    kinds = [
        e["node"]["kind"] for e in (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    ]
    assert kinds[:4] == ["LOGIN_SUCCEEDED", "LOGGED_OUT", "MFA_DISABLED", "REAUTHENTICATED"]


async def test_enrolling_needs_a_recent_reauthentication_and_is_refused_twice(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    frozen.shift(11 * 60)
    assert codes_of(await client.mutate("enrolTotp", ENROL)) == ["REAUTHENTICATION_REQUIRED"]
    await client.mutate("reauthenticate", REAUTH, input={"password": PASSWORD})
    await enable_totp(client)
    assert codes_of(await client.mutate("enrolTotp", ENROL)) == ["MFA_ALREADY_ENABLED"]


async def test_the_stored_secret_is_encrypted(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, _ = await enable_totp(client)
    row = await TotpFactor.get()
    assert secret not in row.secret_encrypted
    assert secret.encode() not in row.secret_encrypted.encode()


async def test_after_a_change_the_person_can_sign_out_everywhere_else(
    client: GraphQLClient, server: Any, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    other = GraphQLClient(server.base_url)
    try:
        assert (
            await other.mutate(
                "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
            )
        )["userErrors"] == []
        revoked = await client.mutate("revokeOtherSessions", REVOKE_OTHERS)
        assert revoked == {"revokedCount": 1, "userErrors": []}
        assert (await other.execute(ME_MFA))["me"] is None
        assert (await client.execute(ME_MFA))["me"]["username"] == "alice"
    finally:
        await other.close()


async def test_fresh_tickets_do_not_buy_more_guesses_at_the_second_factor(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, _ = await enable_totp(client)
    await client.execute(LOG_OUT)
    frozen.shift(30)
    for _ in range(2):
        step = await first_step(client)
        for _ in range(5):
            await complete(client, step["mfaTicket"], totpCode="123456")
    step = await first_step(client)
    locked = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(secret).now())
    assert codes_of(locked) == ["RATE_LIMITED"]
    assert (await client.execute(ME_MFA))["me"] is None


async def test_a_code_to_the_accounts_own_address_reauthenticates(
    client: GraphQLClient,
    mailbox: Mailbox,
    frozen: time_machine.Traveller,
    forget_rate_limits: Callable[[], None],
) -> None:
    await sign_up(client, mailbox)
    forget_rate_limits()  # the sign-up code went to the same address a moment ago
    mailbox.clear()
    frozen.shift(11 * 60)
    sent = await client.mutate(
        "sendReauthenticationCode", SEND_REAUTH_CODE, input={"channel": "EMAIL"}
    )
    assert sent == {"sent": True, "userErrors": []}
    code = await mailbox.code_for("alice@example.org")
    wrong = await client.mutate(
        "reauthenticate", REAUTH, input={"code": {"channel": "EMAIL", "code": "000000"}}
    )
    assert codes_of(wrong) == ["INVALID_CREDENTIALS"]
    proved = await client.mutate(
        "reauthenticate", REAUTH, input={"code": {"channel": "EMAIL", "code": code}}
    )
    assert proved["userErrors"] == []
    assert (await client.mutate("enrolTotp", ENROL))["userErrors"] == []
    # The reauthentication purpose is not for sendVerificationCode: anyone could call that.
    refused = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "alice@example.org", "purpose": "REAUTHENTICATE"},
    )
    assert codes_of(refused) == ["INVALID"]


async def test_recovery_codes_still_work_after_the_secret_key_changed(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller, services: Services
) -> None:
    await sign_up(client, mailbox)
    secret, recovery = await enable_totp(client)
    await client.execute(LOG_OUT)
    frozen.shift(30)
    original = services.settings.secret_key
    services.settings.secret_key = "a rotated secret key"
    try:
        step = await first_step(client)
        unreadable = await complete(client, step["mfaTicket"], totpCode=pyotp.TOTP(secret).now())
        assert codes_of(unreadable) == ["INVALID_CODE"]
        recovered = await complete(client, step["mfaTicket"], recoveryCode=recovery[0])
        assert recovered["userErrors"] == []
    finally:
        services.settings.secret_key = original


REGENERATE = """
mutation { regenerateRecoveryCodes { recoveryCodes userErrors { field message code } } }"""


async def test_regenerated_recovery_codes_replace_the_old_ones(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    secret, old = await enable_totp(client)
    frozen.shift(11 * 60)
    proved = await client.mutate(
        "reauthenticate", REAUTH, input={"totpCode": pyotp.TOTP(secret).now()}
    )
    assert proved["userErrors"] == []

    regenerated = await client.mutate("regenerateRecoveryCodes", REGENERATE)
    assert regenerated["userErrors"] == []
    new = regenerated["recoveryCodes"]
    assert len(set(new)) == 10 and not set(new) & set(old)
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 10
    await client.execute(LOG_OUT)

    step = await first_step(client)
    stale = await complete(client, step["mfaTicket"], recoveryCode=old[1])
    assert codes_of(stale) == ["INVALID_CODE"]
    fresh = await complete(client, step["mfaTicket"], recoveryCode=new[0])
    assert fresh["userErrors"] == [] and fresh["user"] == {"username": "alice"}
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 9
    kinds = [
        e["node"]["kind"] for e in (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    ]
    assert "RECOVERY_CODES_REGENERATED" in kinds
    assert kinds.index("RECOVERY_CODES_REGENERATED") > kinds.index("LOGGED_OUT")


async def test_regenerating_recovery_codes_needs_a_recent_reauthentication(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)
    _, old = await enable_totp(client)
    frozen.shift(11 * 60)

    refused = await client.mutate("regenerateRecoveryCodes", REGENERATE)
    assert refused["recoveryCodes"] is None
    assert codes_of(refused) == ["REAUTHENTICATION_REQUIRED"]
    # Nothing changed: the old codes still sign in.
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 10
    await client.execute(LOG_OUT)
    step = await first_step(client)
    assert (await complete(client, step["mfaTicket"], recoveryCode=old[0]))["userErrors"] == []
    kinds = {
        e["node"]["kind"] for e in (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    }
    assert "RECOVERY_CODES_REGENERATED" not in kinds


async def test_regenerating_recovery_codes_is_refused_when_totp_is_off(
    client: GraphQLClient, mailbox: Mailbox, frozen: time_machine.Traveller
) -> None:
    await sign_up(client, mailbox)  # a fresh sign-in counts as recent
    never_on = await client.mutate("regenerateRecoveryCodes", REGENERATE)
    assert never_on["recoveryCodes"] is None
    assert codes_of(never_on) == ["MFA_NOT_ENABLED"]

    await enable_totp(client)
    assert (await client.mutate("disableTotp", DISABLE))["userErrors"] == []
    turned_off = await client.mutate("regenerateRecoveryCodes", REGENERATE)
    assert codes_of(turned_off) == ["MFA_NOT_ENABLED"]
    assert (await client.execute(ME_MFA))["me"]["recoveryCodesLeft"] == 0

    await client.execute(LOG_OUT)
    signed_out = await client.mutate("regenerateRecoveryCodes", REGENERATE)
    assert signed_out["recoveryCodes"] is None and signed_out["userErrors"] != []
