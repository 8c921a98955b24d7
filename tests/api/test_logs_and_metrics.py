"""A journey through a real `commons serve`: its logs are JSON, one line per event, with
request ids and without the e-mail address, phone number, codes or password used; its
`/metrics` answers in Prometheus' format."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from asyncio.subprocess import PIPE
from pathlib import Path
from typing import Any

import aiohttp

from tests.conftest import free_port
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, SEND_CODE, GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import STATEMENT

COMMONS = str(Path(sys.executable).with_name("commons"))
EMAIL = "jp@example.org"  # short: a longer identifier hits a known log-in bug
PHONE = "+85251234567"


async def run(env: dict[str, str], *args: str) -> None:
    process = await asyncio.create_subprocess_exec(
        COMMONS, *args, env=env, stdout=PIPE, stderr=PIPE
    )
    _, err = await process.communicate()
    assert process.returncode == 0, err.decode()


async def test_a_journeys_logs_are_json_lines_with_request_ids_and_no_personal_data(
    tmp_path: Path,
    mailbox: Mailbox,
    sms_gateway: FakeSmsGateway,
    outside_services: dict[str, Any],
) -> None:
    port = free_port()
    env = {
        **os.environ,
        **{k.upper(): str(v) for k, v in outside_services.items()},
        "DATABASE_URL": f"sqlite://{tmp_path / 'journey.sqlite3'}",
        "SECRET_KEY": "journey-secret-of-at-least-thirty-two-characters",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mailbox.controller.port),
        "SESSION_COOKIE_SECURE": "false",
        "ARGON2_TIME_COST": "1",
        "ARGON2_MEMORY_KIB": "1024",
        "LOG_FORMAT": "json",
        "REQUEST_LOG": "all",  # a line for every request, successful ones included
        "PYTHONUNBUFFERED": "1",
        "DATA_REGIONS": "HK,CN",
    }
    env.pop("REDIS_URL", None)
    await run(env, "migrate")
    await run(env, "policy", "publish", str(STATEMENT), "--if-missing")
    server = await asyncio.create_subprocess_exec(
        COMMONS, "serve", env=env, stdout=PIPE, stderr=PIPE
    )
    base = f"http://127.0.0.1:{port}"
    client = GraphQLClient(base)
    codes: list[str] = []
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(200):
                try:
                    async with http.get(f"{base}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.05)
            await sign_up(client, mailbox, username="journey", email=EMAIL)
            codes.append(await mailbox.code_for(EMAIL))
            wrong = await client.mutate(
                "logIn",
                LOG_IN,
                input={"password": {"identifier": EMAIL, "password": "not the passphrase"}},
            )
            assert wrong["userErrors"]
            signed_in = await client.mutate(
                "logIn", LOG_IN, input={"password": {"identifier": EMAIL, "password": PASSWORD}}
            )
            assert signed_in["userErrors"] == []
            await client.mutate(
                "sendVerificationCode",
                SEND_CODE,
                input={"channel": "SMS", "target": PHONE, "purpose": "SIGN_UP"},
            )
            codes.append(await sms_gateway.code_for(PHONE))
            async with http.post(
                f"{base}/graphql",
                json={"query": "{ me { username } }"},
                headers={"X-Request-ID": "journey-check-1"},
            ) as response:
                assert response.headers["X-Request-ID"] == "journey-check-1"
            async with http.get(f"{base}/metrics") as response:
                metrics = await response.text()
                assert response.status == 200
    finally:
        await client.close()
        server.send_signal(signal.SIGTERM)
        out, err = await server.communicate()

    assert (
        'commons_requests_total{operation="mutation:signUp",outcome="ok",route="/graphql"}'
        in metrics
    )
    assert "commons_request_seconds_bucket" in metrics
    assert 'commons_job_runs_total{job="send_mail",outcome="done"}' in metrics
    assert 'commons_outbox_jobs{state="failed"} 0.0' in metrics

    lines = [line for line in out.decode().splitlines() if line.strip()]
    assert lines, err.decode()
    events = [json.loads(line) for line in lines]  # every line is one JSON event
    requests = [e for e in events if e.get("event") == "request"]
    assert len(requests) >= 6
    assert all(e.get("request_id") for e in requests)
    assert any(e.get("request_id") == "journey-check-1" for e in requests)
    assert {"mutation:sendVerificationCode", "mutation:signUp", "mutation:logIn"} <= {
        e.get("operation") for e in requests
    }
    text = out.decode() + err.decode()
    for secret in [EMAIL, PHONE, PHONE.lstrip("+"), PASSWORD, "not the passphrase", *codes]:
        assert secret not in text, f"{secret!r} in the logs"
