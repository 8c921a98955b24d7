"""The public member profile is shown only with consent and without a limit on it."""

from __future__ import annotations

from models.annotations import Purpose
from models.identity.users import User
from services.community import publication
from services.gate import consent, processing_limits
from services.gate.consent import ConsentPurpose
from services.identity.container import Services
from services.kernel.client import ClientInfo
from tests.support.policies import publish_statement

CLIENT = ClientInfo("198.51.100.7", "pytest")


async def member(services: Services, *optional: ConsentPurpose) -> User:
    await publish_statement(services.queue)
    user = await User.create(username="lee", username_key="lee", email="lee@example.org")
    await consent.record_sign_up(user.id, optional, CLIENT)
    return user


async def test_a_profile_without_consent_to_content_release_is_not_published(
    services: Services,
) -> None:
    lee = await member(services)
    assert not await publication.may_publish_profile(lee.id)


async def test_a_consented_profile_is_published_until_the_member_objects(
    services: Services,
) -> None:
    lee = await member(services, ConsentPurpose.CONTENT_RELEASE)
    assert await publication.may_publish_profile(lee.id)
    await processing_limits.object_to(lee.id, Purpose.CONTENT_RELEASE)
    assert not await publication.may_publish_profile(lee.id)


async def test_a_restriction_takes_a_consented_profile_down(services: Services) -> None:
    lee = await member(services, ConsentPurpose.CONTENT_RELEASE)
    await processing_limits.restrict(lee.id)
    assert not await publication.may_publish_profile(lee.id)


async def test_withdrawing_consent_takes_the_profile_down(services: Services) -> None:
    lee = await member(services, ConsentPurpose.CONTENT_RELEASE)
    await consent.withdraw(lee.id, [ConsentPurpose.CONTENT_RELEASE], CLIENT)
    assert not await publication.may_publish_profile(lee.id)
