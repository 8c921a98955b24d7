"""A frontend on its own origin: CORS for the listed origins, and cookies only from known ones."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from pydantic import ValidationError

from services.kernel.ratelimit import MemoryCounter
from settings import Settings
from tests.conftest import RunningServer, make_settings, serve
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox

SPA = "http://127.0.0.1:5173"
OTHER_SPA = "http://localhost:5173"
FOREIGN = "http://evil.example"
LOG_OUT = "mutation { logOut { userErrors { code } } }"


@pytest.fixture(scope="module")
async def cors_server(
    database_url: str, mailbox: Mailbox, outside_services: dict[str, Any]
) -> AsyncIterator[RunningServer]:
    settings = make_settings(
        database_url,
        mailbox,
        **outside_services,
        cors_allowed_origins=f"{SPA}, {OTHER_SPA}/",
        cors_max_age_seconds=600,
    )
    running = await serve(settings)
    yield running
    await running.stop()


@pytest.fixture(autouse=True)
def fresh_counters(cors_server: RunningServer) -> None:
    """The shared clean-up forgets the main server's counters; this server has its own."""
    counter = cors_server.services.counter
    if isinstance(counter, MemoryCounter):
        counter._entries.clear()


async def preflight(server: RunningServer, origin: str) -> aiohttp.ClientResponse:
    async with (
        aiohttp.ClientSession() as http,
        http.options(
            f"{server.base_url}/graphql",
            headers={
                "Origin": origin,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "content-type",
            },
        ) as response,
    ):
        await response.read()
        return response


async def test_a_preflight_from_an_allowed_origin_is_answered_and_cached(
    cors_server: RunningServer,
) -> None:
    for origin in (SPA, OTHER_SPA):
        response = await preflight(cors_server, origin)
        assert response.status == 200
        assert response.headers["access-control-allow-origin"] == origin
        assert response.headers["access-control-allow-credentials"] == "true"
        assert response.headers["access-control-max-age"] == "600"
        assert "content-type" in response.headers["access-control-allow-headers"].lower()


async def test_a_preflight_from_an_origin_not_listed_gets_no_cors_headers(
    cors_server: RunningServer,
) -> None:
    response = await preflight(cors_server, FOREIGN)
    assert response.status == 400
    assert "access-control-allow-origin" not in response.headers


async def test_without_allowed_origins_there_is_no_cors_at_all(server: RunningServer) -> None:
    response = await preflight(server, SPA)
    assert "access-control-allow-origin" not in response.headers


async def test_an_answer_to_an_allowed_origin_names_it_never_a_wildcard(
    cors_server: RunningServer,
) -> None:
    client = GraphQLClient(cors_server.base_url)
    try:
        status, _ = await client.raw({"query": "{ me { id } }"}, headers={"Origin": SPA})
        assert status == 200
        assert client.last_response is not None
        assert client.last_response.headers["access-control-allow-origin"] == SPA
        assert client.last_response.headers["access-control-allow-credentials"] == "true"
    finally:
        await client.close()


async def test_a_cookie_request_from_a_foreign_origin_is_refused(
    cors_server: RunningServer, mailbox: Mailbox
) -> None:
    client = GraphQLClient(cors_server.base_url)
    try:
        await sign_up(client, mailbox)
        status, body = await client.raw({"query": LOG_OUT}, headers={"Origin": FOREIGN})
        assert status == 403
        assert body["errors"][0]["extensions"]["code"] == "FORBIDDEN_ORIGIN"
        referer = {"Referer": f"{FOREIGN}/page"}
        assert (await client.raw({"query": LOG_OUT}, headers=referer))[0] == 403
        assert (await client.raw({"query": LOG_OUT}, headers={"Origin": "null"}))[0] == 403
        # Still signed in: the refused request changed nothing.
        assert (await client.execute("{ me { username } }"))["me"]["username"] == "alice"
        status, body = await client.raw({"query": LOG_OUT}, headers={"Origin": SPA})
        assert status == 200 and body["data"]["logOut"]["userErrors"] == []
        assert (await client.execute("{ me { username } }"))["me"] is None
    finally:
        await client.close()


async def test_the_origin_check_spares_bearer_tokens_and_requests_without_cookie(
    cors_server: RunningServer, mailbox: Mailbox
) -> None:
    client = GraphQLClient(cors_server.base_url)
    try:
        signed_up = await sign_up(client, mailbox)
        client.http.cookie_jar.clear()
        anonymous = await client.raw({"query": "{ me { id } }"}, headers={"Origin": FOREIGN})
        assert anonymous[0] == 200
        client.bearer = signed_up["sessionToken"]
        status, body = await client.raw(
            {"query": "{ me { username } }"}, headers={"Origin": FOREIGN}
        )
        assert status == 200 and body["data"]["me"]["username"] == "alice"
    finally:
        await client.close()


def test_cors_origins_must_be_exact_origins() -> None:
    for bad in ("*", "https://*.example", "http://a.example/path", "a.example", "ftp://a"):
        with pytest.raises(ValidationError):
            Settings(_env_file=None, cors_allowed_origins=bad)
    settings = Settings(_env_file=None, cors_allowed_origins="HTTP://A.example:5173/, ")
    assert settings.cors_origins == ("http://a.example:5173",)


def test_samesite_none_without_secure_is_refused_at_start() -> None:
    with pytest.raises(ValidationError, match="SESSION_COOKIE_SECURE"):
        Settings(_env_file=None, session_cookie_samesite="none", session_cookie_secure=False)
    assert Settings(_env_file=None, session_cookie_samesite="none").session_cookie_secure


def test_api_url_follows_host_and_port_unless_set() -> None:
    assert Settings(_env_file=None, port=8012).api_base_url == "http://127.0.0.1:8012"
    explicit = Settings(_env_file=None, port=8012, api_url="https://api.example/")
    assert explicit.api_base_url == "https://api.example"
