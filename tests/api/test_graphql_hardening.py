"""Production defaults of the GraphQL endpoint: what an outside auditor probes first."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from graphql import GraphQLError

from resolvers.errors import PublicError
from resolvers.masking import should_mask as _should_mask
from settings import Settings
from tests.conftest import RunningServer, serve
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox


async def errors_of(client: GraphQLClient, query: str) -> list[str]:
    status, body = await client.raw({"query": query})
    assert status in (200, 400), (status, body)
    return [error["message"] for error in body["errors"]]


async def test_introspection_is_refused(client: GraphQLClient) -> None:
    messages = await errors_of(client, "{ __schema { types { name } } }")
    assert any("introspection has been disabled" in m for m in messages)


async def test_graphiql_is_not_served(server: RunningServer) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{server.base_url}/graphql", headers={"Accept": "text/html"}) as response,
    ):
        assert response.status != 200
        assert "graphiql" not in (await response.text()).lower()


async def test_queries_over_get_are_refused(server: RunningServer) -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"{server.base_url}/graphql", params={"query": "{ me { id } }"}) as response,
    ):
        assert response.status >= 400


async def test_a_form_post_cannot_carry_a_mutation(server: RunningServer) -> None:
    """Cross-site forms can only send form or text bodies: those are refused, so cookie-borne
    mutations must come as application/json, which browsers preflight."""
    async with aiohttp.ClientSession() as http:
        for content_type in ("text/plain", "application/x-www-form-urlencoded"):
            async with http.post(
                f"{server.base_url}/graphql",
                data='{"query": "mutation { logOut { userErrors { code } } }"}',
                headers={"Content-Type": content_type},
            ) as response:
                assert response.status in (400, 415), content_type


async def test_unknown_fields_get_no_suggestions(client: GraphQLClient) -> None:
    messages = await errors_of(client, "{ me { usernam } }")
    assert messages == ["Cannot query field 'usernam' on type 'User'."]


async def test_unknown_arguments_and_enum_values_get_no_suggestions(client: GraphQLClient) -> None:
    messages = await errors_of(
        client,
        'mutation { sendVerificationCode(input: {channel: EMAL, target: "x", purpose: SIGN_UP})'
        " { sent } }",
    )
    assert messages and all("Did you mean" not in m for m in messages)
    messages = await errors_of(client, "{ me { sessions(frist: 1) { totalCount } } }")
    assert messages and all("Did you mean" not in m for m in messages)


async def test_batched_operations_are_refused(client: GraphQLClient) -> None:
    status, _ = await client.raw([{"query": "{ me { id } }"}, {"query": "{ me { id } }"}])
    assert status == 400


async def test_more_than_the_alias_limit_is_refused(client: GraphQLClient) -> None:
    aliases = " ".join(f"a{i}: me {{ id }}" for i in range(101))
    messages = await errors_of(client, f"{{ {aliases} }}")
    assert any("aliases" in m.lower() for m in messages)


async def test_a_huge_document_is_refused_by_the_token_limit(client: GraphQLClient) -> None:
    padding = " ".join("__typename" for _ in range(3000))
    messages = await errors_of(client, f"{{ {padding} }}")
    assert any("token" in m.lower() for m in messages)


def test_internal_errors_are_masked_but_deliberate_ones_pass() -> None:
    internal = GraphQLError("boom", original_error=RuntimeError("database password is hunter2"))
    deliberate = GraphQLError("Invalid cursor.", original_error=PublicError("Invalid cursor."))
    validation = GraphQLError("Cannot query field 'x' on type 'User'.")
    assert _should_mask(internal)
    assert not _should_mask(deliberate)
    assert not _should_mask(validation)


@pytest.fixture(scope="module")
async def debug_server(settings: Settings, mailbox: Mailbox) -> AsyncIterator[RunningServer]:
    running = await serve(settings.model_copy(update={"debug": True}))
    yield running
    await running.stop()


async def test_debug_turns_on_graphiql_and_introspection(debug_server: RunningServer) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.get(
            f"{debug_server.base_url}/graphql", headers={"Accept": "text/html"}
        ) as response:
            assert response.status == 200
            assert "graphiql" in (await response.text()).lower()
        client = GraphQLClient(debug_server.base_url)
        try:
            data = await client.execute("{ __schema { queryType { name } } }")
            assert data["__schema"]["queryType"]["name"] == "Query"
        finally:
            await client.close()


@pytest.fixture(scope="module")
async def shallow_server(settings: Settings, mailbox: Mailbox) -> AsyncIterator[RunningServer]:
    running = await serve(settings.model_copy(update={"graphql_max_depth": 3}))
    yield running
    await running.stop()


async def test_queries_deeper_than_the_limit_are_refused(shallow_server: RunningServer) -> None:
    client = GraphQLClient(shallow_server.base_url)
    try:
        shallow = await client.raw({"query": "{ me { profile { nickname } } }"})
        assert shallow[0] == 200 and "errors" not in shallow[1]
        messages = await errors_of(client, "{ me { sessions { edges { node { id } } } } }")
        assert any("exceeds maximum operation depth" in m for m in messages)
    finally:
        await client.close()
