"""Trusted documents: registered with `commons documents add`, run by id, and with
TRUSTED_DOCUMENTS_ONLY the only documents that run."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from resolvers.schema import CommonsSchema
from services.identity.container import Services
from services.kernel import documents
from tests.api.test_cli_privacy import run_commons
from tests.conftest import RunningServer, make_settings, serve
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox

POLICY = "query Policy { privacyPolicy { version } }\n"
# Deeper than the trusted server's GRAPHQL_MAX_DEPTH of 3: validation would refuse it.
DEEP = "query Deep { me { sessions(first: 1) { edges { node { id } } } } }\n"


def sha256(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(scope="module")
async def trusted_server(
    database_url: str, mailbox: Mailbox, outside_services: dict[str, Any]
) -> AsyncIterator[RunningServer]:
    settings = make_settings(
        database_url,
        mailbox,
        **outside_services,
        trusted_documents_only=True,
        graphql_max_depth=3,
    )
    running = await serve(settings)
    yield running
    await running.stop()


@pytest.fixture
async def trusted(trusted_server: RunningServer) -> AsyncIterator[GraphQLClient]:
    client = GraphQLClient(trusted_server.base_url)
    yield client
    await client.close()


async def test_documents_add_registers_a_file_by_its_sha256(
    services: Services, tmp_path: Path, client: GraphQLClient
) -> None:
    path = tmp_path / "policy.graphql"
    path.write_bytes(POLICY.encode())
    code, out = await run_commons(services, "documents", "add", str(path))
    assert code == 0, out
    assert sha256(POLICY) in out and "Policy" in out and "added" in out
    code, out = await run_commons(services, "documents", "add", str(path))
    assert code == 0 and "already registered" in out
    code, out = await run_commons(services, "documents", "list")
    assert sha256(POLICY) in out

    status, body = await client.raw({"documentId": sha256(POLICY)})
    assert status == 200 and "errors" not in body, body
    assert "privacyPolicy" in body["data"]


async def test_a_document_that_does_not_fit_the_schema_is_not_registered(
    services: Services, tmp_path: Path
) -> None:
    path = tmp_path / "bad.graphql"
    path.write_text("{ me { shoeSize } }")
    code, out = await run_commons(services, "documents", "add", str(path))
    assert code != 0 and "shoeSize" in out
    assert await documents.find(sha256("{ me { shoeSize } }")) is None


async def test_apollo_persisted_queries_are_understood(client: GraphQLClient) -> None:
    await documents.add(POLICY, ["Policy"])
    digest = sha256(POLICY).removeprefix("sha256:")
    apq = {"persistedQuery": {"version": 1, "sha256Hash": digest}}
    status, body = await client.raw({"extensions": apq})
    assert status == 200 and "privacyPolicy" in body["data"], body

    unknown = {"persistedQuery": {"version": 1, "sha256Hash": "0" * 64}}
    status, body = await client.raw({"extensions": unknown})
    assert body["errors"][0]["message"] == "PersistedQueryNotFound"
    assert body["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"
    # An APQ client then resends with the text; without TRUSTED_DOCUMENTS_ONLY it runs.
    other = "{ privacyPolicy { version material } }"
    resent = {"persistedQuery": {"version": 1, "sha256Hash": sha256(other)[7:]}}
    status, body = await client.raw({"query": other, "extensions": resent})
    assert status == 200 and "errors" not in body, body
    status, body = await client.raw({"query": other, "extensions": apq})
    assert body["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


async def test_with_trusted_documents_only_an_ad_hoc_query_is_refused(
    trusted: GraphQLClient,
) -> None:
    await documents.add(POLICY, ["Policy"])
    status, body = await trusted.raw({"query": "{ privacyPolicy { version material } }"})
    assert body["errors"][0]["extensions"]["code"] == "TRUSTED_DOCUMENT_REQUIRED"
    assert body.get("data") is None
    # A registered document runs by id, and also when its exact text is sent.
    for request in ({"documentId": sha256(POLICY)}, {"query": POLICY}):
        status, body = await trusted.raw(request)
        assert status == 200 and "errors" not in body, body
    status, body = await trusted.raw({"documentId": "sha256:" + "f" * 64})
    assert body["errors"][0]["extensions"]["code"] == "PERSISTED_QUERY_NOT_FOUND"


async def test_registered_documents_skip_parsing_and_validation(
    trusted: GraphQLClient, trusted_server: RunningServer
) -> None:
    await documents.add(DEEP, ["Deep"])
    # The document cache every request's pipeline shares.
    graphql: Any = next(
        r for r in trusted_server.app.routes if getattr(r, "path", "") == "/graphql"
    )
    schema: CommonsSchema = graphql.endpoint.schema
    cache = schema.pipeline.documents
    misses = cache.misses
    for _ in range(3):
        status, body = await trusted.raw({"documentId": sha256(DEEP)})
        # Deeper than GRAPHQL_MAX_DEPTH, yet it runs: it was validated when registered.
        assert status == 200 and "errors" not in body, body
        assert body["data"] == {"me": None}
    assert cache.misses == misses


async def test_a_registered_document_still_gets_its_input_lengths_checked(
    trusted: GraphQLClient,
) -> None:
    history = "query History($after: String) { privacyPolicyHistory(after: $after) { totalCount } }"
    await documents.add(history, ["History"])
    for _ in range(2):  # the second time from the arguments found with the cached document
        status, body = await trusted.raw(
            {"documentId": sha256(history), "variables": {"after": "c" * 600}}
        )
        assert status == 200
        [error] = body["errors"]
        assert error["extensions"]["code"] == "BAD_USER_INPUT"
        assert error["extensions"]["maxLength"] == 512
        assert body.get("data") is None
