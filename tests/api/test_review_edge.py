"""The security review's findings 10, 11 and 13 (issue 11) at the edge, over HTTP."""

from __future__ import annotations

import asyncio
import base64
import os
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest
import time_machine

from settings import Settings
from tests.conftest import RunningServer, serve
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.findings import LOG_OUT, AddressedClient, send_code
from tests.support.mailbox import Mailbox


@pytest.fixture(scope="module")
async def proxied(settings: Settings, mailbox: Mailbox) -> AsyncIterator[RunningServer]:
    """Behind a trusted proxy on loopback, so each client can say where it comes from."""
    # Built afresh, not model_copy'd: a copy would keep the parent's cached proxy networks.
    behind_proxy = Settings(
        _env_file=None, **{**settings.model_dump(), "trusted_proxies": "127.0.0.1/32"}
    )
    running = await serve(behind_proxy)
    yield running
    await running.stop()


async def test_10_sends_by_someone_else_do_not_lock_the_owner_out(
    client: GraphQLClient, mailbox: Mailbox, proxied: RunningServer
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    attacker = AddressedClient(proxied.base_url, "203.0.113.5")
    owner = AddressedClient(proxied.base_url, "198.51.100.7")
    try:
        with time_machine.travel(datetime.now(UTC), tick=True) as traveller:
            for _ in range(10):
                sent = await send_code(attacker, "alice@example.org")
                assert sent["userErrors"] == []
                traveller.shift(61)
            assert codes_of(await send_code(attacker, "alice@example.org")) == ["RATE_LIMITED"]
            for purpose in ("LOG_IN", "RESET_PASSWORD"):
                answer = await send_code(owner, "alice@example.org", purpose=purpose)
                assert answer["userErrors"] == [], purpose
    finally:
        await attacker.close()
        await owner.close()


async def test_13_ipv6_clients_share_one_budget_per_64(
    mailbox: Mailbox, proxied: RunningServer
) -> None:
    clients = [AddressedClient(proxied.base_url, f"2001:db8:0:1::{n:x}") for n in range(1, 32)]
    elsewhere = AddressedClient(proxied.base_url, "2001:db8:0:2::1")
    try:
        answers = [
            codes_of(await send_code(c, f"person{n}@example.org")) for n, c in enumerate(clients)
        ]
        assert answers[:30] == [[]] * 30
        assert answers[30] == ["RATE_LIMITED"]
        assert (await send_code(elsewhere, "someone@example.org"))["userErrors"] == []
    finally:
        for c in [*clients, elsewhere]:
            await c.close()


def _global_id(type_name: str, key: object) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode()


REVOKE = """
mutation Revoke($input: RevokeSessionInput!) {
  revokeSession(input: $input) { userErrors { code } }
}"""
VERIFY = """
mutation Verify($input: WithdrawPrivacyRequestInput!) {
  withdrawPrivacyRequest(input: $input) { userErrors { code } }
}"""


async def test_13_a_huge_integer_in_a_global_id_is_not_found_not_an_internal_error(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    for key in (10**30, 2**31, -1, "1e9", "٣"):
        status, body = await client.raw(
            {"query": REVOKE, "variables": {"input": {"id": _global_id("Session", key)}}}
        )
        assert status == 200 and "errors" not in body, body
        assert codes_of(body["data"]["revokeSession"]) == ["NOT_FOUND"]
        status, body = await client.raw(
            {"query": VERIFY, "variables": {"input": {"id": _global_id("PrivacyRequest", key)}}}
        )
        assert "errors" not in body, body
        assert codes_of(body["data"]["withdrawPrivacyRequest"]) == ["NOT_FOUND"]


async def test_13_a_body_over_the_limit_is_refused_before_it_is_parsed(
    server: RunningServer,
) -> None:
    padding = "x" * (2 * 1024 * 1024)
    body = f'{{"query": "{{ __typename }}", "variables": {{"p": "{padding}"}}}}'
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{server.base_url}/graphql", data=body, headers={"Content-Type": "application/json"}
        ) as answer:
            assert answer.status == 413

        async def chunks() -> AsyncIterator[bytes]:
            for _ in range(64):
                yield b" " * 65536

        async with http.post(
            f"{server.base_url}/graphql",
            data=chunks(),
            headers={"Content-Type": "application/json"},
        ) as answer:
            assert answer.status == 413
        async with http.post(
            f"{server.base_url}/graphql", json={"query": "{ __typename }"}
        ) as answer:
            assert answer.status == 200


@pytest.mark.parametrize("key", [None, "local-development-only", "short"])
async def test_11_the_api_refuses_to_start_without_a_real_secret_key(
    tmp_path: Path, key: str | None
) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SECRET_KEY"}
    env.update(DEBUG="false", DATABASE_URL=f"sqlite://{tmp_path / 'db.sqlite3'}", PORT="1")
    if key is not None:
        env["SECRET_KEY"] = key
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "commons"),
        "serve",
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode not in (0, None)
    assert "SECRET_KEY" in out.decode()
