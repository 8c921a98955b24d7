"""Participation data is personal data: in the register, in the access package, gone on
erasure; the anonymous counts stay."""

from __future__ import annotations

from datetime import timedelta

from models.community.cla import ClaCheck
from models.community.contributions import (
    Contribution,
    ContributionKind,
    ContributionSource,
    ContributionTally,
)
from models.community.mailing_lists import MailingListSubscription, SubscriptionState
from models.community.meetups import MeetupApplication
from models.community.members import PublicProfile
from models.community.surveys import SurveyResponse
from models.identity.users import User
from services.community import contributions
from services.gate import register
from services.identity.container import Services
from services.kernel import clock
from services.privacy.erasure import erase_person
from services.privacy.exports import collect


async def participant() -> User:
    user = await User.create(username="pia", username_key="pia", email="pia@example.org")
    now = clock.now()
    await contributions.add(
        user,
        contributions.NewContribution(ContributionKind.TALK, "Pia's talk", now - timedelta(days=1)),
    )
    await Contribution.create(
        user=user,
        kind=ContributionKind.PULL_REQUEST,
        source=ContributionSource.GITEE,
        external_id=4242,
        title="Pia's pull request",
        occurred_at=now,
    )
    await MailingListSubscription.create(
        user=user,
        list_id="dev.lists.example.org",
        email="pia@example.org",
        state=SubscriptionState.SUBSCRIBED,
    )
    await MeetupApplication.create(
        user=user,
        city="shanghai",
        event_at=now + timedelta(days=9),
        topic="Pia's topic",
        name="Pia P",
        company="Pia Co",
        phone="+8613800000009",
        email="pia@example.org",
    )
    await SurveyResponse.create(
        user=user,
        score=9,
        feedback="Pia's feedback",
        contact_name="Pia P",
        contact_phone="+8613800000009",
        contact_consented_at=now,
    )
    await PublicProfile.create(user=user, name="Pia Public", visible=["name"])
    await ClaCheck.create(
        user=user, email="pia@example.org", signed=True, version_matched=True, checked_at=now
    )
    return user


async def test_the_access_package_holds_every_participation_record(services: Services) -> None:
    user = await participant()
    records = (await collect(user.id))["records"]
    text = str(records)
    for expected in (
        "Pia's talk",
        "Pia's pull request",
        "dev.lists.example.org",
        "Pia's topic",
        "+8613800000009",
        "Pia's feedback",
        "Pia Public",
    ):
        assert expected in text, expected
    assert records["cla_checks"][0]["signed"] is True


async def test_erasure_removes_it_and_leaves_the_anonymous_counts(services: Services) -> None:
    user = await participant()
    tallies = await ContributionTally.all().values_list("kind", "count")

    await erase_person(services.settings, user.id)

    for model in (
        Contribution,
        MailingListSubscription,
        MeetupApplication,
        SurveyResponse,
        PublicProfile,
        ClaCheck,
    ):
        assert not await model.exists(), model.__name__
    assert await ContributionTally.all().values_list("kind", "count") == tallies


def test_the_register_names_the_cla_service_and_the_new_personal_fields() -> None:
    fields = {(f.model, f.field) for f in register.personal_fields()}
    assert ("Contribution", "title") in fields
    assert ("PublicProfile", "resume") in fields
    assert ("MeetupApplication", "phone") in fields
    assert ("SurveyResponse", "contact_phone") in fields
    assert ("MailingListSubscription", "email") in fields
    assert ("ClaCheck", "email") in fields
    assert ("ContributionTally", "count") not in fields
