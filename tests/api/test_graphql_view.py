"""The /graphql view: one JSON operation answered directly, anything else as Strawberry answers."""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import pytest

from resolvers.schema import CommonsSchema
from tests.conftest import RunningServer
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox

POLICY = "{ privacyPolicy { version material } }"


def schema_of(server: RunningServer) -> CommonsSchema:
    graphql: Any = next(r for r in server.app.routes if getattr(r, "path", "") == "/graphql")
    schema: CommonsSchema = graphql.endpoint.schema
    return schema


async def post(server: RunningServer, body: str, content_type: str) -> tuple[int, str]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{server.base_url}/graphql", data=body, headers={"Content-Type": content_type}
        ) as response,
    ):
        return response.status, await response.text()


async def test_a_query_runs_from_one_plan_made_for_its_document(
    server: RunningServer, client: GraphQLClient
) -> None:
    plans = schema_of(server).plans
    query = "query PlannedOnce { privacyPolicy { version } }"
    made = plans.made
    answers = [await client.raw({"query": query}) for _ in range(3)]
    assert all(status == 200 and "errors" not in body for status, body in answers), answers
    assert plans.made == made + 1


async def test_a_mutation_is_left_to_graphql_core(
    server: RunningServer, client: GraphQLClient
) -> None:
    plans = schema_of(server).plans
    mutation = "mutation { logOut { userErrors { code } } }"
    status, body = await client.raw({"query": mutation})
    assert status == 200 and "errors" not in body, body
    assert plans.plan(schema_of(server)._schema, plans_document(server, mutation), None) is None


def plans_document(server: RunningServer, text: str) -> Any:
    prepared = schema_of(server).pipeline.documents.get(text)
    assert prepared is not None  # cached by the request above
    return prepared.document


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ('{"query": "{ me { id } }", "variables": "x"}', "`variables` must be an object"),
        ('{"query": 3}', "`query` must be a string"),
        ('[{"query": "{ me { id } }"}]', "Batching is not enabled"),
        ('{"query": "{ me { id } }"', "Unable to parse request body as JSON"),
        ('{"variables": {}}', "No GraphQL query found in the request"),
    ],
)
async def test_a_body_that_is_not_one_plain_operation_gets_a_clear_400(
    server: RunningServer, body: str, reason: str
) -> None:
    status, text = await post(server, body, "application/json")
    assert status == 400
    assert reason in text


async def test_a_json_body_with_a_charset_is_answered_as_one_without(
    server: RunningServer,
) -> None:
    body = '{"query": "' + POLICY + '"}'
    plain = await post(server, body, "application/json")
    with_charset = await post(server, body, "Application/JSON; charset=utf-8")
    assert plain[0] == with_charset[0] == 200
    assert plain[1] == with_charset[1]


async def test_a_body_sent_in_chunks_is_read_whole(server: RunningServer) -> None:
    parts = [b'{"query": "{ privacy', b"Policy { version } }", b'"}']

    async def chunked() -> Any:
        for part in parts:
            yield part

    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{server.base_url}/graphql",
            data=chunked(),
            headers={"Content-Type": "application/json"},
        ) as response,
    ):
        assert response.status == 200
        body = await response.json()
    assert "errors" not in body and "privacyPolicy" in body["data"], body


async def answer_of(server: RunningServer, query: str, accept: str) -> tuple[int, Any, str]:
    async with (
        aiohttp.ClientSession() as http,
        http.post(
            f"{server.base_url}/graphql",
            json={"query": query},
            headers={"Accept": accept},
        ) as response,
    ):
        headers = [(k.lower(), v) for k, v in response.headers.items()]
        kept = [(k, v) for k, v in headers if k not in ("date", "x-request-id")]
        return response.status, kept, await response.text()


async def test_the_direct_answer_is_strawberrys_own_answer(server: RunningServer) -> None:
    # `Accept: multipart/mixed` sends the same operation through Strawberry's own `run`.
    direct = await answer_of(server, POLICY, "application/json")
    strawberrys = await answer_of(server, POLICY, "multipart/mixed, application/json")
    assert direct == strawberrys
    status, headers, _ = direct
    assert status == 200 and dict(headers)["content-type"] == "application/json"
    assert "set-cookie" not in dict(headers)


@pytest.mark.parametrize("accept", ["application/json", "multipart/mixed, application/json"])
async def test_a_cookie_a_resolver_sets_is_sent_on_either_path(
    server: RunningServer, client: GraphQLClient, mailbox: Mailbox, accept: str
) -> None:
    await sign_up(client, mailbox)
    password = json.dumps(PASSWORD)
    log_in = (
        f'mutation {{ logIn(input: {{password: {{identifier: "alice", password: {password}}}}}) '
        "{ userErrors { code } } }"
    )
    status, headers, body = await answer_of(server, log_in, accept)
    cookies = [value for name, value in headers if name == "set-cookie"]
    assert status == 200 and '"userErrors":[]' in body, body
    assert len(cookies) == 1 and "HttpOnly" in cookies[0], headers
