"""Mailing lists over HTTP against the fake Mailman 3 core: lists, subscribe (done, pending,
already), unsubscribe, the consent recorded, and erasure ending every subscription."""

from __future__ import annotations

from typing import Any

from models.community.mailing_lists import MailingListSubscription
from models.identity.users import User
from services.identity.container import Services
from services.privacy.erasure import erase_for_request
from tests.fakes.mailman_lists import FakeMailmanCore
from tests.services.privacy.test_erasure_outside_systems import due_erasure
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement
from tests.support.privacy import job_context

LISTS = "{ mailingLists { id address displayName description } }"
SUBSCRIBE = """
mutation S($input: SubscribeToMailingListInput!) { subscribeToMailingList(input: $input) {
  outcome subscription { listId email state subscribedAt } userErrors { field message code } } }"""
UNSUBSCRIBE = """
mutation U($input: UnsubscribeFromMailingListInput!) { unsubscribeFromMailingList(input: $input) {
  unsubscribed userErrors { field message code } } }"""
MINE = "{ me { subscriptions { listId email state } consents { purpose granted } } }"


async def subscribe(client: GraphQLClient, list_id: str, email: str | None = None) -> Any:
    return await client.mutate(
        "subscribeToMailingList", SUBSCRIBE, input={"listId": list_id, "email": email}
    )


async def test_lists_are_read_from_mailman(
    client: GraphQLClient, mailman_core_server: FakeMailmanCore
) -> None:
    mailman_core_server.add_list("dev@lists.example.org", "Dev", "Development talk")
    lists = (await client.execute(LISTS))["mailingLists"]
    assert lists == [
        {
            "id": "dev.lists.example.org",
            "address": "dev@lists.example.org",
            "displayName": "Dev",
            "description": "Development talk",
        }
    ]


async def test_subscribe_answers_done_pending_already_and_no_such_list(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    mailman_core_server: FakeMailmanCore,
) -> None:
    await publish_statement(services.queue)
    mailman = mailman_core_server
    dev = mailman.add_list("dev@lists.example.org")
    await sign_up(client, mailbox)

    done = await subscribe(client, dev.list_id)
    assert done["userErrors"] == [] and done["outcome"] == "SUBSCRIBED"
    assert done["subscription"]["email"] == "alice@example.org"
    assert mailman.members_of(dev.list_id) == ["alice@example.org"]

    again = await subscribe(client, dev.list_id)
    assert again["outcome"] == "ALREADY_SUBSCRIBED"

    # An address Commons never verified is left to Mailman's confirmation mail.
    pending = await subscribe(client, dev.list_id, "alice.other@example.org")
    assert pending["outcome"] == "PENDING_CONFIRMATION"
    assert pending["subscription"]["state"] == "PENDING_CONFIRMATION"
    assert "alice.other@example.org" not in mailman.members_of(dev.list_id)

    missing = await subscribe(client, "nope.lists.example.org")
    assert codes_of(missing) == ["NOT_FOUND"] and missing["userErrors"][0]["field"] == [
        "input",
        "listId",
    ]
    bad = await subscribe(client, dev.list_id, "not an address")
    assert codes_of(bad) == ["INVALID_EMAIL"]
    long = await subscribe(client, dev.list_id, "a" * 300 + "@example.org")
    assert codes_of(long) == ["TOO_LONG"]

    me = (await client.execute(MINE))["me"]
    assert sorted((s["email"], s["state"]) for s in me["subscriptions"]) == [
        ("alice.other@example.org", "PENDING_CONFIRMATION"),
        ("alice@example.org", "SUBSCRIBED"),
    ]
    # Subscribing is the choice the ledger records.
    assert {c["purpose"]: c["granted"] for c in me["consents"]}["MAIL_SUBSCRIPTION"] is True


async def test_a_moderated_list_waits_for_its_moderators(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    mailman_core_server: FakeMailmanCore,
) -> None:
    await publish_statement(services.queue)
    mailman_core_server.add_list("tsc@lists.example.org", subscription_policy="moderate")
    await sign_up(client, mailbox)
    # pre_approved goes with a verified address, so even a moderated list takes it at once.
    assert (await subscribe(client, "tsc.lists.example.org"))["outcome"] == "SUBSCRIBED"


async def test_unsubscribe_ends_the_membership_and_a_second_time_says_not_subscribed(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    mailman_core_server: FakeMailmanCore,
) -> None:
    await publish_statement(services.queue)
    dev = mailman_core_server.add_list("dev@lists.example.org")
    await sign_up(client, mailbox)
    await subscribe(client, dev.list_id)

    ended = await client.mutate(
        "unsubscribeFromMailingList", UNSUBSCRIBE, input={"listId": dev.list_id}
    )

    assert ended == {"unsubscribed": True, "userErrors": []}
    assert mailman_core_server.members_of(dev.list_id) == []
    assert (await client.execute(MINE))["me"]["subscriptions"] == []
    again = await client.mutate(
        "unsubscribeFromMailingList", UNSUBSCRIBE, input={"listId": dev.list_id}
    )
    assert codes_of(again) == ["NOT_FOUND"] and again["unsubscribed"] is False


async def test_mailman_down_is_a_clear_answer(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    mailman_core_server: FakeMailmanCore,
) -> None:
    await publish_statement(services.queue)
    dev = mailman_core_server.add_list("dev@lists.example.org")
    await sign_up(client, mailbox)
    mailman_core_server.fail_next_5xx = 1  # a POST is not retried: one 503 is an answer
    assert codes_of(await subscribe(client, dev.list_id)) == ["PROVIDER_UNAVAILABLE"]
    assert mailman_core_server.members_of(dev.list_id) == []


async def test_erasure_ends_subscriptions_of_every_address_used(
    services: Services, mailman_core_server: FakeMailmanCore
) -> None:
    mailman = mailman_core_server
    dev = mailman.add_list("dev@lists.example.org")
    user = await due_erasure("zoe", "zoe@example.org")
    mailman.subscribe("zoe@example.org", dev.list_id)
    mailman.subscribe("zoe.work@example.org", dev.list_id)
    mailman.subscribe("bystander@example.org", dev.list_id)
    await MailingListSubscription.create(
        user=user, list_id=dev.list_id, email="zoe.work@example.org", state="SUBSCRIBED"
    )
    from models.privacy.privacy_requests import PrivacyRequest

    request = await PrivacyRequest.get(user_id=user.id)
    async with job_context(services) as ctx:
        assert await erase_for_request(services.settings, ctx["erasure_hooks"], request)

    assert mailman.members_of(dev.list_id) == ["bystander@example.org"]
    assert not await MailingListSubscription.exists(user_id=user.id)
    assert (await User.get(id=user.id)).email is None
