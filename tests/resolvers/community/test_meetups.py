"""Meetup applications over HTTP: apply with verified contact data, organisers of a city
decide, the applicant is told by mail, and the contact data is gone 30 days after the day."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import time_machine

from jobs.privacy import purge_expired_data
from models.community.meetups import MeetupApplication
from models.identity.roles import Role
from models.identity.users import User
from services.identity import roles
from services.identity.container import Services
from services.kernel import clock
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement
from tests.support.privacy import finish_jobs, job_context

FIELDS = "id city date topic name company phone email state decidedAt"
APPLY = (
    "mutation A($input: ApplyForMeetupInput!) { applyForMeetup(input: $input) { application { "
    + FIELDS
    + " } userErrors { field message code } } }"
)
ACCEPT = (
    "mutation Y($input: DecideMeetupApplicationInput!) { acceptMeetupApplication(input: $input) "
    "{ application { state decidedAt } userErrors { field message code } } }"
)
DECLINE = ACCEPT.replace("acceptMeetupApplication", "declineMeetupApplication")
QUEUE = """query Q($filter: MeetupApplicationFilter) { meetupApplications(filter: $filter) {
  totalCount nodes { city topic name phone state } } }"""
MINE = "{ me { meetupApplications { city state name } consents { purpose granted } } }"
PHONE = "+8613800000001"


@pytest.fixture
async def organiser(server: RunningServer, mailbox: Mailbox) -> AsyncIterator[GraphQLClient]:
    graphql = GraphQLClient(server.base_url, user_agent="organiser")
    await sign_up(graphql, mailbox, username="olga", email="olga@example.org")
    await roles.grant("olga", Role.MEETUP_ORGANIZER, "city:shanghai")
    yield graphql
    await graphql.close()


def application(**changes: Any) -> dict[str, Any]:
    day = (clock.now() + timedelta(days=20)).date().isoformat()
    return {
        "city": "Shanghai",
        "date": day,
        "topic": "openGauss internals",
        "name": "Alice Liddell",
        "company": "openGauss Co",
        **changes,
    }


async def applicant(client: GraphQLClient, mailbox: Mailbox, services: Services) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    # As a verified phone change leaves the account (tested with the account changes).
    await User.filter(username="alice").update(phone=PHONE)


async def test_an_application_is_accepted_and_the_applicant_told_by_mail(
    client: GraphQLClient, organiser: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await applicant(client, mailbox, services)

    applied = await client.mutate("applyForMeetup", APPLY, input=application())

    assert applied["userErrors"] == []
    made = applied["application"]
    assert (made["city"], made["phone"], made["email"], made["state"]) == (
        "shanghai",
        PHONE,
        "alice@example.org",
        "PENDING",
    )
    queue = (await organiser.execute(QUEUE))["meetupApplications"]
    assert queue["totalCount"] == 1 and queue["nodes"][0]["name"] == "Alice Liddell"

    accepted = await organiser.mutate("acceptMeetupApplication", ACCEPT, input={"id": made["id"]})
    assert accepted["userErrors"] == [] and accepted["application"]["state"] == "ACCEPTED"
    await finish_jobs(services)
    mail = (await mailbox.wait_for("alice@example.org", count=2))[-1]
    assert "accepted" in mail.subject and "openGauss internals" in mail.body
    twice = await organiser.mutate("declineMeetupApplication", DECLINE, input={"id": made["id"]})
    assert codes_of(twice) == ["INVALID_STATE"]
    me = (await client.execute(MINE))["me"]
    assert me["meetupApplications"][0]["state"] == "ACCEPTED"
    assert {c["purpose"]: c["granted"] for c in me["consents"]}["MEETUP_CONTACT"] is True


async def test_organisers_of_another_city_and_members_see_nothing_and_decide_nothing(
    client: GraphQLClient, server: RunningServer, mailbox: Mailbox, services: Services
) -> None:
    await applicant(client, mailbox, services)
    made = (await client.mutate("applyForMeetup", APPLY, input=application()))["application"]
    other = GraphQLClient(server.base_url, user_agent="beijing")
    try:
        await sign_up(other, mailbox, username="boris", email="boris@example.org")
        assert (await other.execute(QUEUE))["meetupApplications"] is None
        refused = await other.mutate("declineMeetupApplication", DECLINE, input={"id": made["id"]})
        assert codes_of(refused) == ["FORBIDDEN"]
        await roles.grant("boris", Role.MEETUP_ORGANIZER, "city:beijing")
        assert (await other.execute(QUEUE))["meetupApplications"]["totalCount"] == 0
        refused = await other.mutate("declineMeetupApplication", DECLINE, input={"id": made["id"]})
        assert codes_of(refused) == ["NOT_FOUND"]
    finally:
        await other.close()
    assert (await client.execute(QUEUE))["meetupApplications"] is None


async def test_unverified_contact_data_and_bad_input_are_refused_with_reasons(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await applicant(client, mailbox, services)
    bad = await client.mutate(
        "applyForMeetup",
        APPLY,
        input=application(
            phone="+8613900000009",
            email="someone.else@example.org",
            topic="t" * 201,
            city=" ",
            date="2020-01-01",
        ),
    )
    fields = sorted(e["field"][-1] for e in bad["userErrors"])
    assert fields == ["city", "date", "email", "phone", "topic"]
    assert await MeetupApplication.all().count() == 0


async def test_contact_data_is_cleared_30_days_after_the_meetup(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await applicant(client, mailbox, services)
    await client.mutate("applyForMeetup", APPLY, input=application())

    async with job_context(services) as ctx:
        with time_machine.travel(clock.now() + timedelta(days=20 + 29)):
            await purge_expired_data(ctx)
        kept = await MeetupApplication.get(user__username="alice")
        assert kept.phone == PHONE
        with time_machine.travel(clock.now() + timedelta(days=20 + 31)):
            await purge_expired_data(ctx)

    cleared = await MeetupApplication.get(user__username="alice")
    assert (cleared.name, cleared.company, cleared.phone, cleared.email) == (None,) * 4
    assert cleared.topic == "openGauss internals"  # the member's own history stays
