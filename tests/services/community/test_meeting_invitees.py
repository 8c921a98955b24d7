"""Invitee addresses are personal data: exported to and erased with the invited account,
and gone 30 days after the meeting ends whoever they belong to."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from models.community.meetings import Meeting, MeetingInvitee
from models.identity.roles import Role
from models.identity.users import User
from services.community import meetings, sigs
from services.community.meeting_fields import MeetingFields
from services.community.meetings import schedule
from services.identity import roles
from services.identity.container import Services
from services.kernel import clock
from services.privacy import exports
from services.privacy.erasure import erase_person
from services.privacy.retention import purge_timed_fields
from tests.conftest import RunningServer
from tests.support.mailbox import Mailbox


async def scheduled(services: Services) -> Meeting:
    await sigs.set_sig("infra", sigs.SigChange())
    organizer = await User.create(username="mia", username_key="mia", email="mia@example.org")
    await roles.grant("mia", Role.MAINTAINER, "sig:infra")
    starts = clock.now() + timedelta(days=1)
    return await schedule(
        services.queue,
        organizer,
        "infra",
        MeetingFields(
            topic="Weekly",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            timezone="UTC",
            join_url="https://meet.example.org/j/1",
            invitees=["Ivy@Example.org", "guest@example.net"],
        ),
    )


async def test_an_invited_members_address_is_in_their_export_and_goes_with_erasure(
    server: RunningServer, services: Services
) -> None:
    ivy = await User.create(username="ivy", username_key="ivy", email="ivy@example.org")
    await scheduled(services)

    document = await exports.collect(ivy.id)
    assert [r["email"] for r in document["records"]["meeting_invitees"]] == ["ivy@example.org"]

    await erase_person(services.settings, ivy.id)
    assert await MeetingInvitee.filter(email="ivy@example.org").count() == 0
    assert await MeetingInvitee.filter(email="guest@example.net").count() == 1


async def test_invitee_addresses_are_purged_thirty_days_after_the_meeting(
    server: RunningServer, services: Services
) -> None:
    meeting = await scheduled(services)
    assert await MeetingInvitee.filter(meeting=meeting).count() == 2
    await MeetingInvitee.filter(meeting=meeting).update(
        forget_after=clock.now() - timedelta(seconds=1)
    )
    await purge_timed_fields()
    assert await MeetingInvitee.filter(meeting=meeting).count() == 0
    assert await Meeting.filter(id=meeting.id).exists()


async def test_an_erased_organizer_leaves_the_meeting_without_an_organizer(
    server: RunningServer, services: Services
) -> None:
    meeting = await scheduled(services)
    await erase_person(services.settings, meeting.organizer_id or 0)
    assert (await Meeting.get(id=meeting.id)).organizer_id is None


class QueueThatIsDown:
    """A queue whose Redis is unreachable: every enqueue fails."""

    async def enqueue(
        self,
        name: str,
        /,
        _key: str | None = None,
        _useful_for: timedelta | None = None,
        **kwargs: Any,
    ) -> None:
        raise ConnectionError("Redis is down")


async def test_invitations_a_down_queue_refused_are_sent_by_the_sweep(
    server: RunningServer, services: Services, mailbox: Mailbox
) -> None:
    await sigs.set_sig("infra", sigs.SigChange())
    organizer = await User.create(username="mia", username_key="mia", email="mia@example.org")
    await roles.grant("mia", Role.MAINTAINER, "sig:infra")
    starts = clock.now() + timedelta(days=1)
    meeting = await schedule(
        QueueThatIsDown(),
        organizer,
        "infra",
        MeetingFields(
            topic="Weekly",
            starts_at=starts,
            ends_at=starts + timedelta(hours=1),
            timezone="UTC",
            join_url="https://meet.example.org/j/1",
            invitees=["ivy@example.org"],
        ),
    )
    assert await Meeting.filter(id=meeting.id).exists()  # scheduling itself went through

    await services.queue.enqueue("resend_invitations")

    [invitation] = await mailbox.wait_for("ivy@example.org")
    assert "text/calendar" in {p.get_content_type() for p in invitation.message.walk()}
    for _ in range(100):
        invitee = await MeetingInvitee.get(email="ivy@example.org")
        if invitee.notified_sequence == 0:
            break
        await asyncio.sleep(0.05)
    assert invitee.notified_sequence == 0
    await services.queue.drain()  # type: ignore[attr-defined]
    assert await meetings.resend_invitations(services.queue) == 0  # nothing left to send
