"""Meetings over HTTP: only a SIG's maintainers schedule them, invitees get calendar mail."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import aiohttp
from icalendar import Calendar

from models.community.meetings import Meeting, MeetingInvitee
from tests.conftest import RunningServer
from tests.fakes.gitee import FakeGitee
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox, Received
from tests.support.meetings import (
    CANCEL,
    MEETING,
    MEETINGS,
    TOMORROW,
    UPDATE,
    become_maintainer,
    schedule,
)
from tests.support.statements import counting_statements


def calendar_of(message: Received) -> Calendar:
    parts = [p for p in message.message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1
    payload = parts[0].get_payload(decode=True)
    assert isinstance(payload, bytes)
    return Calendar.from_ical(payload)


def event_of(calendar: Calendar) -> dict[str, object]:
    event = calendar.walk("VEVENT")[0]
    return {
        "method": str(calendar["METHOD"]),
        "uid": str(event["UID"]),
        "sequence": int(str(event["SEQUENCE"])),
        "organizer": str(event["ORGANIZER"]),
        "summary": str(event["SUMMARY"]),
    }


async def test_scheduling_is_refused_without_a_maintainer_gitee_binding_and_allowed_with_one(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox, username="mia", email="mia@example.org")
    from services.community import sigs

    await sigs.set_sig("infra", sigs.SigChange(maintainers=["MiaDev"]))
    refused = await schedule(client, invitees=[])
    assert codes_of(refused) == ["FORBIDDEN"]
    assert await Meeting.all().count() == 0

    await client.close()
    fresh = GraphQLClient(client.url.removesuffix("/graphql"))
    client.http = fresh.http
    await become_maintainer(client, mailbox, gitee, username="max", login="MiaDev")
    allowed = await schedule(client, invitees=[])
    assert allowed["userErrors"] == []
    meeting = allowed["meeting"]
    assert meeting["sig"] == {"name": "infra"}
    assert meeting["organizer"] == {"username": "max"}
    assert meeting["joinUrl"] == "https://meet.example.org/j/123"
    assert meeting["recordingNotice"] is None


async def test_invitees_get_a_request_then_a_cancel_with_a_higher_sequence_by_smtp(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await become_maintainer(client, mailbox, gitee)
    scheduled = await schedule(client, recordAutomatically=True)
    assert scheduled["userErrors"] == []
    meeting_id = scheduled["meeting"]["id"]
    assert "recorded" in scheduled["meeting"]["recordingNotice"]

    invited = await mailbox.wait_for("ivy@example.org")
    request = event_of(calendar_of(invited[0]))
    assert request["method"] == "REQUEST"
    assert request["sequence"] == 0
    assert request["organizer"] == "mailto:mia@example.org"
    assert request["summary"] == "[infra] Infra weekly"
    assert str(invited[0].message["Message-ID"]).startswith("<invitation.")
    assert len(await mailbox.wait_for("jon@example.org")) == 1

    moved = await client.mutate(
        "updateMeeting",
        UPDATE,
        input={"id": meeting_id, "topic": "Infra weekly (moved)", "invitees": ["ivy@example.org"]},
    )
    assert moved["userErrors"] == []
    updates = await mailbox.wait_for("ivy@example.org", count=2)
    update = event_of(calendar_of(updates[1]))
    assert (update["method"], update["sequence"], update["uid"]) == (
        "REQUEST",
        1,
        request["uid"],
    )
    # Jon was dropped from the list: his calendar gets a cancellation.
    dropped = await mailbox.wait_for("jon@example.org", count=2)
    jons = [event_of(calendar_of(m)) for m in dropped]
    assert [(e["method"], e["uid"]) for e in jons] == [
        ("REQUEST", request["uid"]),
        ("CANCEL", request["uid"]),
    ]

    cancelled = await client.mutate(
        "cancelMeeting", CANCEL, input={"id": meeting_id, "reason": "holiday"}
    )
    assert cancelled["meeting"]["status"] == "CANCELLED"
    mails = await mailbox.wait_for("ivy@example.org", count=3)
    cancel = event_of(calendar_of(mails[2]))
    assert cancel["method"] == "CANCEL"
    assert cancel["uid"] == request["uid"]
    assert int(str(cancel["sequence"])) > int(str(update["sequence"]))


async def test_bad_times_zones_urls_and_addresses_get_user_errors_and_change_nothing(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await become_maintainer(client, mailbox, gitee)
    backwards = await schedule(client, endsAt=(TOMORROW - timedelta(hours=1)).isoformat())
    assert codes_of(backwards) == ["INVALID"]
    assert backwards["userErrors"][0]["field"] == ["input", "endsAt"]
    several = await schedule(
        client,
        timezone="Mars/Olympus",
        joinUrl="javascript:alert(1)",
        invitees=["ivy@example.org", "not an address"],
        topic="x" * 121,
    )
    fields = sorted(tuple(e["field"]) for e in several["userErrors"])
    assert fields == [
        ("input", "invitees", "1"),
        ("input", "joinUrl"),
        ("input", "timezone"),
        ("input", "topic"),
    ]
    unknown = await schedule(client, sig="nope")
    assert codes_of(unknown) == ["NOT_FOUND"]
    assert await Meeting.all().count() == 0
    assert await MeetingInvitee.all().count() == 0
    assert mailbox.messages == [] or all("Infra" not in m.subject for m in mailbox.messages)


async def test_the_join_link_is_for_signed_in_members_and_the_list_is_soonest_first(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee, server: RunningServer
) -> None:
    await become_maintainer(client, mailbox, gitee)
    later = TOMORROW + timedelta(days=3)
    await schedule(
        client,
        invitees=[],
        topic="Later",
        startsAt=later.isoformat(),
        endsAt=(later + timedelta(hours=1)).isoformat(),
    )
    first = await schedule(client, topic="Sooner", invitees=[])
    anonymous = GraphQLClient(server.base_url)
    try:
        listed = (await anonymous.execute(MEETINGS, filter={"sig": "infra"}))["meetings"]
        one = (await anonymous.execute(MEETING, id=first["meeting"]["id"]))["meeting"]
        async with aiohttp.ClientSession() as http:
            path = first["meeting"]["calendarPath"]
            async with http.get(f"{server.base_url}{path}") as response:
                assert response.status == 200
                served = Calendar.from_ical(await response.read())
    finally:
        await anonymous.close()
    assert [m["topic"] for m in listed["nodes"]] == ["Sooner", "Later"]
    assert {m["joinUrl"] for m in listed["nodes"]} == {None}
    assert one["topic"] == "Sooner" and one["joinUrl"] is None
    assert str(served.walk("VEVENT")[0]["SUMMARY"]) == "[infra] Sooner"
    mine = (await client.execute(MEETINGS, filter={"sig": "infra"}))["meetings"]
    assert {m["joinUrl"] for m in mine["nodes"]} == {"https://meet.example.org/j/123"}


async def test_a_hundred_meetings_cost_as_many_statements_as_one(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await become_maintainer(client, mailbox, gitee)
    await schedule(client, invitees=[])

    with counting_statements() as one:
        listed = await client.execute(MEETINGS, first=100)
    assert listed["meetings"]["totalCount"] == 1
    for index in range(30):
        await schedule(client, topic=f"Meeting {index}", invitees=[])
    with counting_statements() as many:
        listed = await client.execute(MEETINGS, first=100)
    assert listed["meetings"]["totalCount"] == 31
    assert many.count == one.count, many.sql
    assert many.count <= 8


async def test_an_invitation_the_mail_server_refuses_is_sent_again_later(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await become_maintainer(client, mailbox, gitee)
    mailbox.refuse = True
    try:
        assert (await schedule(client, invitees=["ivy@example.org"]))["userErrors"] == []
        await asyncio.sleep(1)
        assert mailbox.to("ivy@example.org") == []
    finally:
        mailbox.refuse = False
    [invitation] = await mailbox.wait_for("ivy@example.org", timeout=20)
    assert event_of(calendar_of(invitation))["method"] == "REQUEST"
