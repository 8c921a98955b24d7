"""Consent over HTTP, as the frontend uses it: sign-up choices, grant and withdraw in one
call each, the statement in effect, and a material change that blocks mutations."""

from __future__ import annotations

from typing import Any

from services.identity.container import Services
from services.kernel import clock
from services.kernel.outbox import OutboxQueue
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement

CONSENTS = "{ me { consentRequired consents { purpose granted policyVersion decidedAt } } }"
HISTORY = """{ me { consentHistory(first: 20) { totalCount nodes {
  purpose granted policyVersion policyHash wording method clientNetwork userAgent } } } }"""
GRANT = """
mutation Grant($input: GrantConsentInput!) {
  grantConsent(input: $input) {
    consents { purpose granted policyVersion }
    userErrors { field message code }
  }
}"""
WITHDRAW = """
mutation Withdraw($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) {
    consents { purpose granted policyVersion }
    userErrors { field message code }
  }
}"""
POLICY = "{ privacyPolicy { version effectiveAt contentHash url dataRegion material } }"
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { profile { nickname } userErrors { code } }
}"""


def granted(me: dict[str, Any]) -> dict[str, bool]:
    return {c["purpose"]: c["granted"] for c in me["consents"]}


async def test_signing_up_with_every_optional_purpose_declined_records_only_the_account(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    policy = await publish_statement(services.queue)
    await sign_up(client, mailbox)

    me = (await client.execute(CONSENTS))["me"]
    assert me["consentRequired"] is False
    decisions = granted(me)
    assert decisions.pop("ACCOUNT_SERVICE") is True
    assert decisions and not any(decisions.values())
    assert {c["policyVersion"] for c in me["consents"]} == {"v20241205"}

    history = (await client.execute(HISTORY))["me"]["consentHistory"]
    account = next(n for n in history["nodes"] if n["purpose"] == "ACCOUNT_SERVICE")
    assert account["method"] == "SIGN_UP"
    assert account["policyHash"] == policy.content_hash
    assert account["clientNetwork"] == "127.0.0.0/24"
    assert account["userAgent"] == "commons-tests"
    assert "Privacy Statement" in account["wording"]


async def test_sign_up_records_the_optional_purposes_the_person_chose(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox, consents=["MAIL_SUBSCRIPTION", "CONTENT_RELEASE"])

    decisions = granted((await client.execute(CONSENTS))["me"])
    assert decisions["MAIL_SUBSCRIPTION"] is True
    assert decisions["CONTENT_RELEASE"] is True
    assert decisions["ANALYTICS_SHARING"] is False


async def test_consent_is_granted_and_withdrawn_in_one_call_each(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)

    given = await client.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["ANALYTICS_SHARING", "QUESTIONNAIRE"], "policyVersion": "v20241205"},
    )
    assert given["userErrors"] == []
    now = {c["purpose"]: c["granted"] for c in given["consents"]}
    assert now["ANALYTICS_SHARING"] is True and now["QUESTIONNAIRE"] is True

    taken = await client.mutate(
        "withdrawConsent", WITHDRAW, input={"purposes": ["ANALYTICS_SHARING"]}
    )
    assert taken["userErrors"] == []
    now = {c["purpose"]: c["granted"] for c in taken["consents"]}
    assert now["ANALYTICS_SHARING"] is False and now["QUESTIONNAIRE"] is True
    history = (await client.execute(HISTORY))["me"]["consentHistory"]
    assert [n["granted"] for n in history["nodes"][:1]] == [False]


async def test_granting_under_a_version_that_is_not_in_effect_is_refused(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    payload = await client.mutate(
        "grantConsent", GRANT, input={"purposes": ["QUESTIONNAIRE"], "policyVersion": "v2019"}
    )
    assert codes_of(payload) == ["POLICY_VERSION_OUTDATED"]
    assert payload["userErrors"][0]["field"] == ["input", "policyVersion"]


async def test_a_grant_cannot_claim_to_come_from_a_guardian(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    payload = await client.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["QUESTIONNAIRE"], "policyVersion": "v20241205", "method": "GUARDIAN"},
    )
    assert codes_of(payload) == ["INVALID"]


async def test_the_account_purpose_cannot_be_withdrawn_short_of_deleting_the_account(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    payload = await client.mutate(
        "withdrawConsent", WITHDRAW, input={"purposes": ["ACCOUNT_SERVICE"]}
    )
    assert codes_of(payload) == ["CONSENT_NOT_WITHDRAWABLE"]


async def test_deciding_on_consent_needs_a_signed_in_person(client: GraphQLClient) -> None:
    payload = await client.mutate(
        "withdrawConsent", WITHDRAW, input={"purposes": ["QUESTIONNAIRE"]}
    )
    assert codes_of(payload) == ["UNAUTHENTICATED"]


async def test_the_statement_in_effect_is_public_with_its_hash_and_region(
    client: GraphQLClient, services: Services
) -> None:
    assert (await client.execute(POLICY))["privacyPolicy"] is None
    policy = await publish_statement(services.queue)
    shown = (await client.execute(POLICY))["privacyPolicy"]
    assert shown["version"] == "v20241205"
    assert shown["effectiveAt"].startswith("2024-12-05")
    assert shown["contentHash"] == policy.content_hash
    assert shown["dataRegion"] == "HK"
    history = await client.execute("{ privacyPolicyHistory { totalCount nodes { version } } }")
    assert history["privacyPolicyHistory"]["totalCount"] == 1


async def test_a_material_version_blocks_mutations_until_the_person_consents_again(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    mailbox.clear()

    await publish_statement(
        services.queue,
        version="v20261129",
        material=True,
        effective_at=clock.now(),
        amendment="\nWe now also ask about meetups.\n",
    )
    notice = await mailbox.wait_for("alice@example.org")
    assert "v20261129" in notice[0].body

    me = (await client.execute("{ me { consentRequired bulletins { policyVersion title } } }"))[
        "me"
    ]
    assert me["consentRequired"] is True
    assert [b["policyVersion"] for b in me["bulletins"]] == ["v20261129"]

    status, body = await client.raw(
        {"query": UPDATE_PROFILE, "variables": {"input": {"nickname": "A"}}}
    )
    assert status == 200
    assert body["data"] is None
    assert body["errors"][0]["extensions"]["code"] == "CONSENT_REQUIRED"

    given = await client.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["ACCOUNT_SERVICE"], "policyVersion": "v20261129", "method": "BANNER"},
    )
    assert given["userErrors"] == []
    newest = (await client.execute(HISTORY))["me"]["consentHistory"]["nodes"][0]
    assert (newest["method"], newest["policyVersion"]) == ("BANNER", "v20261129")
    assert (await client.execute(CONSENTS))["me"]["consentRequired"] is False
    updated = await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "A"})
    assert updated["profile"] == {"nickname": "A"}


async def test_a_minor_version_needs_no_new_consent(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    await publish_statement(
        services.queue, version="v20261130", effective_at=clock.now(), amendment="\nTypo fixed.\n"
    )
    assert isinstance(services.queue, OutboxQueue)
    await services.queue.drain()
    assert (await client.execute(CONSENTS))["me"]["consentRequired"] is False
    assert (await client.execute("{ privacyPolicy { version } }"))["privacyPolicy"] == {
        "version": "v20261130"
    }


async def test_the_personal_data_inventory_lists_fields_and_recipients_without_signing_in(
    client: GraphQLClient,
) -> None:
    inventory = (await client.execute("{ personalDataInventory }"))["personalDataInventory"]
    account = next(a for a in inventory["activities"] if a["purpose"] == "account_service")
    assert any(f["model"] == "User" and f["field"] == "email" for f in account["fields"])
    keys = {r["key"]: r for r in inventory["recipients"]}
    assert keys["BAIDU_STATISTICS"]["consentNeeded"] == "analytics_sharing"
    assert keys["WJX"]["region"] == "CN"
    assert inventory["dataRegions"] == ["HK"]
