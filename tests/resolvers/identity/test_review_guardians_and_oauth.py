"""The security review's findings 3, 4, 5 and 12 (issue 11): guardian codes and outside
sign-up, each attack replayed over HTTP and now failing."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import aiohttp
import time_machine

from models.gate.consent import ConsentRecord
from models.identity.guardians import AgeRecord, GuardianApproval
from models.identity.users import User, UserStatus
from services.identity.oauth_state import STATE_COOKIE
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.fakes.oidc import FakeOidc, OidcPerson
from tests.resolvers.identity.test_privacy_guardians import CONFIRM, child_signs_up, years_ago
from tests.support.client import ME, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.oauth import CALLBACK, COMPLETE_ACCOUNT, OAUTH_LOG_IN, START_OAUTH, authorize

RESEND = """
mutation Resend($input: ResendGuardianCodeInput!) {
  resendGuardianCode(input: $input) { sent userErrors { code } }
}"""
LEI = GiteeUser(id=77, login="li.lei", name="李雷", emails=[])


def code_in(body: str) -> str:
    found = re.search(r"code (\d{6})", body)
    assert found, body
    return found.group(1)


async def guess(client: GraphQLClient, code: str) -> list[str]:
    answer = await client.mutate(
        "confirmGuardianConsent", CONFIRM, input={"username": "kim", "code": code}
    )
    return codes_of(answer)


async def test_3_guesses_across_resent_codes_are_capped_per_child(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    start = datetime.now(UTC)
    with time_machine.travel(start, tick=True) as traveller:
        await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
        await mailbox.wait_for("parent@example.org")
        for _ in range(5):
            assert await guess(client, "000000") == ["INVALID_CODE"]
        traveller.shift(61)
        assert (await client.mutate("resendGuardianCode", RESEND, input={"username": "kim"}))[
            "sent"
        ]
        for _ in range(5):
            assert await guess(client, "000001") == ["INVALID_CODE"]
        traveller.shift(61)
        await client.mutate("resendGuardianCode", RESEND, input={"username": "kim"})
        third = (await mailbox.wait_for("parent@example.org", count=3))[2]

        # The eleventh guess and the right code after it are refused: the child's budget is spent.
        assert await guess(client, "000002") == ["RATE_LIMITED"]
        assert await guess(client, code_in(third.body)) == ["RATE_LIMITED"]
    assert (await User.get(username_key="kim")).status is UserStatus.DEACTIVATED


async def test_3_a_guardians_code_confirms_only_the_child_it_was_sent_for(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    kims_code = code_in((await mailbox.wait_for("parent@example.org"))[0].body)
    await User.filter(username_key="kim").update(
        username="kim2", username_key="kim2", email="kim2@example.org"
    )
    forget_rate_limits()  # as waiting out the one-minute resend pause would
    mailbox.clear()
    await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    # The code sent for the first child does not confirm the second.
    assert await guess(client, kims_code) == ["INVALID_CODE"]
    assert await GuardianApproval.filter(confirmed_at=None).count() == 2


async def test_3_and_5_resends_are_capped_and_answer_alike_for_every_name(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await child_signs_up(client, mailbox, guardianEmail="parent@example.org")
    await mailbox.wait_for("parent@example.org")
    waiting: list[dict[str, Any]] = []
    nobody: list[dict[str, Any]] = []
    for _ in range(12):  # interleaved, so both names meet the same per-address budget
        for name, answers in (("kim", waiting), ("nobody", nobody)):
            answers.append(
                await client.mutate("resendGuardianCode", RESEND, input={"username": name})
            )
    # 5: the same answers whether or not an account waits (no RATE_LIMITED only for kim).
    assert [codes_of(a) for a in waiting] == [codes_of(a) for a in nobody]
    assert [codes_of(a) for a in waiting] == [[]] * 3 + [["RATE_LIMITED"]] * 9
    # 3: the sign-up's code plus at most one resend a minute went out, not twelve.
    assert len(mailbox.to("parent@example.org")) <= 2


async def _gitee_log_in(client: GraphQLClient, gitee: FakeGitee) -> dict[str, object]:
    gitee.approve_as(LEI)
    callback = await authorize(client, "gitee")
    return await client.mutate("logIn", OAUTH_LOG_IN, input={"oauth": callback})


async def test_4_a_child_signing_up_with_gitee_still_waits_for_a_guardian(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    first = await _gitee_log_in(client, gitee)
    assert first["accountIncomplete"] is True
    assert first["user"] is None and first["sessionToken"] is None
    assert (await client.execute(ME))["me"] is None
    assert not await User.exists(username="li-lei")  # nothing is made before completion
    ticket = first["completionTicket"]

    complete = {"ticket": ticket, "dateOfBirth": years_ago(10)}
    refused = await client.mutate("completeAccount", COMPLETE_ACCOUNT, input=complete)
    assert codes_of(refused) == ["GUARDIAN_REQUIRED"]

    waiting = await client.mutate(
        "completeAccount",
        COMPLETE_ACCOUNT,
        input={**complete, "guardianEmail": "parent@example.org"},
    )
    assert waiting["userErrors"] == [] and waiting["awaitingGuardian"] is True
    assert waiting["sessionToken"] is None
    assert (await client.execute(ME))["me"] is None
    assert await mailbox.wait_for("parent@example.org")
    assert await ConsentRecord.all().count() == 0

    # Signing in again with Gitee does not get round the guardian.
    again = await _gitee_log_in(client, gitee)
    assert codes_of(again) == ["INVALID_CREDENTIALS"]
    # Nor does the ticket, once used.
    reused = await client.mutate(
        "completeAccount", COMPLETE_ACCOUNT, input={"ticket": ticket, "dateOfBirth": "1990-01-01"}
    )
    assert codes_of(reused) == ["INVALID_TICKET"]


async def test_4_an_adult_completes_the_account_with_date_of_birth_and_consent(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    first = await _gitee_log_in(client, gitee)
    # An unfinished account signing in again is asked to finish, not let in.
    again = await _gitee_log_in(client, gitee)
    assert again["accountIncomplete"] is True and again["sessionToken"] is None
    done = await client.mutate(
        "completeAccount",
        COMPLETE_ACCOUNT,
        input={"ticket": first["completionTicket"], "dateOfBirth": "1990-01-01"},
    )
    assert done["userErrors"] == [] and done["sessionToken"]
    # The other ticket cannot make a second account for the same identity.
    twice = await client.mutate(
        "completeAccount",
        COMPLETE_ACCOUNT,
        input={"ticket": again["completionTicket"], "dateOfBirth": "1990-01-01"},
    )
    assert codes_of(twice) == ["INVALID_TICKET"]
    user = await User.get(username="li-lei")
    assert user.status is UserStatus.ACTIVE
    assert await AgeRecord.exists(user_id=user.id)
    assert await ConsentRecord.filter(user_id=user.id, method="SIGN_UP").exists()
    assert (await client.execute(ME))["me"]["username"] == "li-lei"


async def test_4_a_forged_completion_ticket_is_refused(client: GraphQLClient) -> None:
    for ticket in ("", "x" * 4000, "00000000-0000-0000-0000-000000000000.9999999999.abc"):
        answer = await client.mutate(
            "completeAccount",
            COMPLETE_ACCOUNT,
            input={"ticket": ticket, "dateOfBirth": "1990-01-01"},
        )
        assert codes_of(answer) == ["INVALID_TICKET"]


async def test_12_a_state_cannot_be_used_twice_even_with_its_cookie(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(LEI)
    started = await client.mutate(
        "startOAuth", START_OAUTH, input={"provider": "gitee", "redirectUri": CALLBACK}
    )
    cookie = next(c for c in client.http.cookie_jar if c.key == STATE_COOKIE).value
    callbacks = []
    async with aiohttp.ClientSession() as browser:
        for _ in range(2):
            async with browser.get(started["authorizeUrl"], allow_redirects=False) as answer:
                location = answer.headers["Location"]
            query = dict(p.split("=", 1) for p in location.split("?", 1)[1].split("&"))
            callbacks.append({"provider": "gitee", "code": query["code"], "state": query["state"]})
    assert callbacks[0]["state"] == callbacks[1]["state"]

    first = await client.mutate("logIn", OAUTH_LOG_IN, input={"oauth": callbacks[0]})
    assert first["userErrors"] == []
    client.http.cookie_jar.update_cookies({STATE_COOKIE: cookie})
    replay = await client.mutate("logIn", OAUTH_LOG_IN, input={"oauth": callbacks[1]})
    assert codes_of(replay) == ["OAUTH_STATE_MISMATCH"]


GRACE = OidcPerson(sub="u-1906", preferred_username="grace", name="Grace Hopper")


async def test_12_pkce_binds_the_providers_code_to_the_browser_that_started(
    client: GraphQLClient, oidc: FakeOidc
) -> None:
    """Code injection: an attacker's code, put on the victim's callback with the victim's own
    state, is refused by the provider, because it was issued for the attacker's challenge."""
    oidc.approve_as(GRACE)
    attacker = GraphQLClient(client.url.removesuffix("/graphql"))
    try:
        stolen = await authorize(attacker, "oidc-example")
    finally:
        await attacker.close()
    started = await client.mutate(
        "startOAuth", START_OAUTH, input={"provider": "oidc-example", "redirectUri": CALLBACK}
    )
    assert "code_challenge=" in started["authorizeUrl"]
    assert "code_challenge_method=S256" in started["authorizeUrl"]
    # A fresh flow for the victim, then the attacker's code with the victim's state.
    victim = await authorize(client, "oidc-example")
    injected = await client.mutate(
        "logIn", OAUTH_LOG_IN, input={"oauth": {**victim, "code": stolen["code"]}}
    )
    assert codes_of(injected) == ["INVALID_CREDENTIALS"]
    assert (await client.execute(ME))["me"] is None
    # The victim's own code, with the verifier in the victim's cookie, still works.
    again = await authorize(client, "oidc-example")
    assert (await client.mutate("logIn", OAUTH_LOG_IN, input={"oauth": again}))["userErrors"] == []
