"""Probes an orchestrator polls."""

from __future__ import annotations

import aiohttp

from tests.conftest import RunningServer
from tests.support.policies import publish_statement


async def test_healthz_answers_while_the_process_is_up(server: RunningServer) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{server.base_url}/healthz") as response:
        assert response.status == 200
        assert await response.json() == {"status": "ok"}


async def test_readyz_checks_the_database_schema_and_a_published_policy(
    server: RunningServer,
) -> None:
    await publish_statement(server.services.queue)
    async with aiohttp.ClientSession() as http, http.get(f"{server.base_url}/readyz") as response:
        assert response.status == 200
        assert await response.json() == {
            "status": "ok",
            "database": "ok",
            "schema": "ok",
            "policy": "ok",
        }


async def test_readyz_is_not_ready_before_a_privacy_statement_is_published(
    server: RunningServer,
) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{server.base_url}/readyz") as response:
        assert response.status == 503
        body = await response.json()
        assert body["policy"] == "no privacy statement published"
        assert body["database"] == "ok"


async def test_every_answer_forbids_caching_and_framing(server: RunningServer) -> None:
    async with aiohttp.ClientSession() as http, http.get(f"{server.base_url}/healthz") as response:
        assert response.headers["Cache-Control"] == "no-store"
        assert response.headers["X-Frame-Options"] == "DENY"
