"""A material statement version shows every member a bulletin until they answer it (§8)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from services.identity.container import Services
from services.kernel import clock
from tests.conftest import RunningServer
from tests.resolvers.gate.test_privacy_consent import GRANT
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement

BULLETINS = "{ me { consentRequired bulletins { policyVersion title body } } }"
SUBMIT = """
mutation { submitPrivacyRequest(input: {kind: ACCESS}) { userErrors { code } } }"""


async def test_every_member_sees_the_bulletin_until_they_consent_whatever_the_effective_date(
    client: GraphQLClient, server_client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    await sign_up(server_client, mailbox, username="bob", email="bob@example.org")
    # The statement's own effective date lies before both joined (a back-dated text).
    await publish_statement(
        services.queue,
        version="v20261129",
        material=True,
        effective_at=clock.now() - timedelta(days=2),
        amendment="\nWe now also ask about meetups.\n",
    )
    for member in (client, server_client):
        me = (await member.execute(BULLETINS))["me"]
        assert me["consentRequired"] is True
        assert [b["policyVersion"] for b in me["bulletins"]] == ["v20261129"]
        assert "consent again" in me["bulletins"][0]["body"]

    # Privacy requests stay open while consent is pending (statement §6 rights).
    assert (await client.mutate("submitPrivacyRequest", SUBMIT))["userErrors"] == []

    granted = await client.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["ACCOUNT_SERVICE"], "policyVersion": "v20261129", "method": "BANNER"},
    )
    assert granted["userErrors"] == []
    assert (await client.execute(BULLETINS))["me"] == {"consentRequired": False, "bulletins": []}
    still = (await server_client.execute(BULLETINS))["me"]
    assert [b["policyVersion"] for b in still["bulletins"]] == ["v20261129"]


@pytest.fixture
async def server_client(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    """A second browser."""
    graphql = GraphQLClient(server.base_url)
    yield graphql
    await graphql.close()
