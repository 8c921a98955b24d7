"""The satisfaction survey over HTTP: anonymous or signed in, contact only with consent,
limited per client address, and a summary with the net promoter score for admins."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from models.community.surveys import SurveyResponse
from models.identity.roles import Role
from services.identity import roles
from services.identity.container import Services
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement

SUBMIT = """
mutation S($input: SubmitSatisfactionSurveyInput!) { submitSatisfactionSurvey(input: $input) {
  submitted userErrors { field message code } } }"""
SUMMARY = """{ satisfactionSummary { responses promoters passives detractors netPromoterScore
  answers { score feedback contact { name phone } } } }"""


@pytest.fixture
async def visitor(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    graphql = GraphQLClient(server.base_url, user_agent="a-visitor")
    yield graphql
    await graphql.close()


async def submit(client: GraphQLClient, **answer: Any) -> dict[str, Any]:
    return await client.mutate("submitSatisfactionSurvey", SUBMIT, input=answer)


async def test_answers_with_and_without_contact_and_the_admins_summary(
    client: GraphQLClient, visitor: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    assert (await submit(visitor, score=10, feedback="Great docs"))["submitted"] is True
    assert (await submit(visitor, score=3, feedback="Slow CI"))["submitted"] is True
    with_contact = await submit(
        visitor,
        score=8,
        feedback="Call me",
        contact={"name": "Wang Fang", "phone": "+8613800000002", "consent": True},
    )
    assert with_contact["submitted"] is True
    refused = await submit(visitor, score=9, contact={"name": "No Consent", "consent": False})
    assert codes_of(refused) == ["CONSENT_REQUIRED"]
    assert refused["userErrors"][0]["field"] == ["input", "contact", "consent"]
    assert not await SurveyResponse.exists(contact_name="No Consent")

    await sign_up(client, mailbox, username="adam", email="adam@example.org")
    assert (await client.execute(SUMMARY))["satisfactionSummary"] is None
    await roles.grant("adam", Role.ADMIN)
    summary = (await client.execute(SUMMARY))["satisfactionSummary"]

    assert (summary["responses"], summary["promoters"], summary["passives"]) == (3, 1, 1)
    assert summary["detractors"] == 1 and summary["netPromoterScore"] == 0.0
    contacts = {a["feedback"]: a["contact"] for a in summary["answers"]}
    assert contacts == {
        "Great docs": None,
        "Slow CI": None,
        "Call me": {"name": "Wang Fang", "phone": "+8613800000002"},
    }


async def test_a_members_answer_with_contact_records_the_consent(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    done = await submit(
        client, score=9, contact={"name": "Alice", "phone": "13800000003", "consent": True}
    )
    assert done["userErrors"] == []
    consents = (await client.execute("{ me { consents { purpose granted } } }"))["me"]
    assert {c["purpose"]: c["granted"] for c in consents["consents"]}["QUESTIONNAIRE"] is True
    (row,) = await SurveyResponse.all()
    assert row.user_id is not None and row.contact_phone == "+8613800000003"


async def test_bad_answers_are_refused_and_answers_are_limited_per_address(
    visitor: GraphQLClient, services: Services
) -> None:
    bad = await submit(visitor, score=11, feedback="x" * 2001)
    assert sorted(e["field"][-1] for e in bad["userErrors"]) == ["feedback", "score"]
    for n in range(services.settings.survey_submissions_per_hour):
        assert (await submit(visitor, score=n))["submitted"] is True
    assert codes_of(await submit(visitor, score=7)) == ["RATE_LIMITED"]
    assert await SurveyResponse.all().count() == services.settings.survey_submissions_per_hour
