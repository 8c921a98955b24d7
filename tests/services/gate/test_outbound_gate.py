"""The outbound gate: a refused call never reaches the recipient."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from models.annotations import Purpose
from models.identity.users import User
from services.delivery.sms import GatewayRejected, HttpGatewaySender
from services.gate import consent, processing_limits
from services.gate.consent import ConsentPurpose
from services.gate.outbound import OutboundClient, OutboundRefused
from services.identity.container import Services
from services.kernel.client import ClientInfo
from settings import Settings
from tests.conftest import make_settings
from tests.fakes.recipient import FakeRecipient
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement

CLIENT = ClientInfo("203.0.113.9", "pytest")


@pytest.fixture
async def recipient() -> AsyncIterator[FakeRecipient]:
    fake = FakeRecipient()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def settings_with(database_url: str, mailbox: Mailbox, **overrides: Any) -> Settings:
    return make_settings(database_url, mailbox, **overrides)


async def person(services: Services, *optional: ConsentPurpose) -> User:
    await publish_statement(services.queue)
    user = await User.create(username="carol", username_key="carol", email="carol@example.org")
    await consent.record_sign_up(user.id, optional, CLIENT)
    return user


async def call_wjx(gate: OutboundClient, fake: FakeRecipient, user: User) -> int:
    async with gate.request(
        "WJX",
        "POST",
        fake.url + "respondents",
        user_id=user.id,
        json={"name": "Carol"},
        headers={"Authorization": f"Bearer {fake.token}"},
    ) as response:
        return response.status


async def test_a_call_without_the_consent_the_recipient_needs_never_leaves(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services)
    gate = OutboundClient(settings_with(database_url, mailbox, data_regions="HK,CN"), http)
    with pytest.raises(OutboundRefused, match="no consent for questionnaire"):
        await call_wjx(gate, recipient, user)
    assert recipient.received == []


async def test_a_call_with_consent_to_an_allowed_region_goes_out(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services, ConsentPurpose.QUESTIONNAIRE)
    gate = OutboundClient(settings_with(database_url, mailbox, data_regions="HK,CN"), http)
    assert await call_wjx(gate, recipient, user) == 200
    assert recipient.received == [{"path": "/respondents", "body": {"name": "Carol"}}]


async def test_a_withdrawn_consent_stops_the_next_call(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services, ConsentPurpose.QUESTIONNAIRE)
    gate = OutboundClient(settings_with(database_url, mailbox, data_regions="HK,CN"), http)
    await consent.withdraw(user.id, [ConsentPurpose.QUESTIONNAIRE], CLIENT)
    with pytest.raises(OutboundRefused):
        await call_wjx(gate, recipient, user)
    assert recipient.received == []


async def test_a_recipient_outside_the_data_regions_is_refused_even_with_consent(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services, ConsentPurpose.QUESTIONNAIRE)
    gate = OutboundClient(settings_with(database_url, mailbox), http)  # DATA_REGIONS=HK
    with pytest.raises(OutboundRefused, match="region CN is outside DATA_REGIONS"):
        await call_wjx(gate, recipient, user)
    assert recipient.received == []


async def test_a_restricted_person_is_not_shared_even_with_consent(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services, ConsentPurpose.QUESTIONNAIRE)
    await processing_limits.restrict(user.id)
    gate = OutboundClient(settings_with(database_url, mailbox, data_regions="HK,CN"), http)
    with pytest.raises(OutboundRefused, match="restricted or objected"):
        await call_wjx(gate, recipient, user)
    assert recipient.received == []


async def test_an_objection_to_one_purpose_leaves_the_others_alone(
    services: Services,
    recipient: FakeRecipient,
    http: aiohttp.ClientSession,
    database_url: str,
    mailbox: Mailbox,
) -> None:
    user = await person(services, ConsentPurpose.QUESTIONNAIRE, ConsentPurpose.ANALYTICS_SHARING)
    await processing_limits.object_to(user.id, Purpose.ANALYTICS_SHARING)
    gate = OutboundClient(settings_with(database_url, mailbox, data_regions="HK,CN"), http)
    with pytest.raises(OutboundRefused):
        await gate.check("BAIDU_STATISTICS", user.id)
    assert await call_wjx(gate, recipient, user) == 200


async def test_text_messages_go_through_the_gate_to_the_gateway(
    recipient: FakeRecipient, http: aiohttp.ClientSession, database_url: str, mailbox: Mailbox
) -> None:
    gate = OutboundClient(settings_with(database_url, mailbox), http)
    sender = HttpGatewaySender(gate, recipient.url, recipient.token)
    await sender.send("+8613800000000", "Your code is 123456")
    assert recipient.received[0]["body"] == {
        "to": "+8613800000000",
        "message": "Your code is 123456",
    }

    unauthorised = HttpGatewaySender(gate, recipient.url, "wrong")
    with pytest.raises(GatewayRejected):
        await unauthorised.send("+8613800000000", "x")


async def test_a_gateway_placed_outside_the_data_regions_gets_no_text_message(
    recipient: FakeRecipient, http: aiohttp.ClientSession, database_url: str, mailbox: Mailbox
) -> None:
    settings = settings_with(database_url, mailbox, recipient_regions="SMS_GATEWAY=SG")
    sender = HttpGatewaySender(OutboundClient(settings, http), recipient.url, recipient.token)
    with pytest.raises(OutboundRefused):
        await sender.send("+8613800000000", "Your code is 123456")
    assert recipient.received == []
