"""Restriction and objection hold in the mail path: queued mail checks them when it is sent."""

from __future__ import annotations

from models.annotations import Purpose
from models.gate.processing_limits import LimitKind
from models.identity.users import User, UserStatus
from services.delivery import announcements
from services.delivery.mail import Mail, queue_mail
from services.gate import processing_limits
from services.identity.container import Services
from services.kernel.outbox import OutboxQueue
from settings import Settings
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement


async def member(name: str) -> User:
    return await User.create(username=name, username_key=name, email=f"{name}@example.org")


async def send(services: Services, user: User, purpose: Purpose) -> None:
    await queue_mail(
        services.queue, Mail(str(user.email), "News", "Hello"), purpose=purpose, user_id=user.id
    )
    assert isinstance(services.queue, OutboxQueue)
    await services.queue.drain()


async def test_a_restricted_person_gets_security_mail_but_no_other(
    services: Services, mailbox: Mailbox
) -> None:
    dora = await member("dora")
    await processing_limits.restrict(dora.id)
    await send(services, dora, Purpose.MAIL_SUBSCRIPTION)
    await send(services, dora, Purpose.ACCOUNT)
    assert mailbox.to("dora@example.org") == []
    await send(services, dora, Purpose.SECURITY)
    assert len(await mailbox.wait_for("dora@example.org")) == 1


async def test_an_objection_stops_mail_for_that_purpose_only(
    services: Services, mailbox: Mailbox
) -> None:
    erin = await member("erin")
    await processing_limits.object_to(erin.id, Purpose.MAIL_SUBSCRIPTION)
    await send(services, erin, Purpose.MAIL_SUBSCRIPTION)
    assert mailbox.to("erin@example.org") == []
    await send(services, erin, Purpose.ACCOUNT)
    assert len(await mailbox.wait_for("erin@example.org")) == 1


async def test_lifting_a_restriction_lets_mail_through_again(
    services: Services, mailbox: Mailbox
) -> None:
    fay = await member("fay")
    await processing_limits.restrict(fay.id)
    await processing_limits.lift(fay.id, LimitKind.RESTRICTION)
    await send(services, fay, Purpose.MAIL_SUBSCRIPTION)
    assert len(await mailbox.wait_for("fay@example.org")) == 1


async def test_mail_without_a_user_id_is_checked_against_the_addressed_account(
    services: Services, mailbox: Mailbox
) -> None:
    gus = await member("gus")
    await processing_limits.restrict(gus.id)
    await queue_mail(services.queue, Mail("GUS@example.org", "News", "Hi"), purpose=Purpose.ACCOUNT)
    assert isinstance(services.queue, OutboxQueue)
    await services.queue.drain()
    assert mailbox.messages == []


async def test_a_material_change_is_announced_to_active_people_but_not_the_restricted(
    services: Services, mailbox: Mailbox, settings: Settings
) -> None:
    await publish_statement(services.queue)
    hal, ida, jon = await member("hal"), await member("ida"), await member("jon")
    await processing_limits.restrict(ida.id)
    jon.status = UserStatus.DEACTIVATED
    await jon.save()
    policy = await publish_statement(
        services.queue, version="v20260101", material=True, amendment="\nChanged.\n"
    )
    assert isinstance(services.queue, OutboxQueue)
    await services.queue.drain()
    assert [m.to for m in mailbox.messages] == [["hal@example.org"]]
    # Running the announcement again (a retried job) reaches the same people.
    assert await announcements.announce(settings, policy.version) == 1
    assert hal.id != ida.id
