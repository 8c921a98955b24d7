"""The consent gate is checked once per mutation document, however the fields are written."""

from __future__ import annotations

from typing import Any

import pytest

from models.identity.users import Profile
from services.identity.container import Services
from services.kernel import clock
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement


@pytest.fixture
async def consent_due(client: GraphQLClient, mailbox: Mailbox, services: Services) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    await publish_statement(
        services.queue, version="v20261129", material=True, effective_at=clock.now()
    )


async def _refused(client: GraphQLClient, query: str) -> dict[str, Any]:
    status, body = await client.raw({"query": query})
    assert status == 200 and body["data"] is None, body
    [error] = body["errors"]
    assert error["extensions"] == {"code": "CONSENT_REQUIRED", "policyVersion": "v20261129"}
    return dict(error)


@pytest.mark.usefixtures("consent_due")
async def test_an_aliased_or_fragment_wrapped_mutation_is_refused(client: GraphQLClient) -> None:
    aliased = await _refused(
        client,
        'mutation { renamed: updateProfile(input: {nickname: "X"}) { userErrors { code } } }',
    )
    assert aliased["path"] == ["renamed"]
    await _refused(
        client,
        'mutation { ... on Mutation { updateProfile(input: {nickname: "X"}) '
        "{ userErrors { code } } } }",
    )
    await _refused(
        client,
        'fragment F on Mutation { updateProfile(input: {nickname: "X"}) { userErrors { code } } }'
        " mutation { ...F }",
    )
    assert (await Profile.get(user__username="alice")).nickname is None


@pytest.mark.usefixtures("consent_due")
async def test_a_document_mixing_an_allowed_and_a_gated_mutation_runs_neither(
    client: GraphQLClient,
) -> None:
    await _refused(
        client,
        'mutation { logOut { userErrors { code } } updateProfile(input: {nickname: "X"}) '
        "{ userErrors { code } } }",
    )

    me = await client.execute("{ me { username consentRequired } }")  # still signed in
    assert me["me"] == {"username": "alice", "consentRequired": True}


@pytest.mark.usefixtures("consent_due")
async def test_queries_and_allowed_mutations_pass(client: GraphQLClient) -> None:
    assert (await client.execute("{ me { username } }"))["me"]["username"] == "alice"
    out = await client.execute("mutation Named { logOut { userErrors { code } } }")
    assert out["logOut"]["userErrors"] == []
