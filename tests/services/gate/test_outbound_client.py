"""The one way out: one timeout, one retry rule, one error naming the service, one log line."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
import structlog
from aiohttp import web

from providers.http import ServiceUnavailable
from services.gate.outbound import OutboundClient, OutboundRefused, RetryPolicy
from services.identity.container import Services
from tests.fakes.base import FakeServer

FAST = RetryPolicy(attempts=3, backoff_seconds=0.01, timeout_seconds=0.5)


class FlakyService(FakeServer):
    """Answers 503 `failures` times, then 200; or sleeps `delay` seconds first."""

    def __init__(self) -> None:
        super().__init__()
        self.failures = 0
        self.delay = 0.0
        self.hits = 0
        self.app.router.add_route("*", "/{tail:.*}", self.handle)

    async def handle(self, request: web.Request) -> web.Response:
        self.hits += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.failures:
            self.failures -= 1
            return web.Response(status=503, text="<html>busy</html>")
        if request.path == "/missing":
            return web.json_response({"message": "Not Found"}, status=404)
        return web.json_response({"ok": True})


@pytest.fixture
async def flaky() -> AsyncIterator[FlakyService]:
    service = FlakyService()
    await service.start()
    yield service
    await service.stop()


@pytest.fixture
async def outbound(services: Services) -> AsyncIterator[OutboundClient]:
    async with aiohttp.ClientSession() as http:
        yield OutboundClient(services.settings, http, FAST)


async def get_status(outbound: OutboundClient, url: str, **kwargs: Any) -> int:
    async with outbound.request("MAILMAN", "GET", url, **kwargs) as response:
        return response.status


async def test_a_5xx_is_retried_until_the_service_answers(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    flaky.failures = 2
    assert await get_status(outbound, flaky.url + "/lists") == 200
    assert flaky.hits == 3


async def test_a_service_that_stays_down_is_unavailable_by_name_with_one_log_line_per_try(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    flaky.failures = 100
    with structlog.testing.capture_logs() as logs, pytest.raises(ServiceUnavailable) as down:
        await get_status(outbound, flaky.url + "/3.1/members/find?subscriber=ann@example.org")

    assert down.value.service == "MAILMAN"
    assert flaky.hits == 3
    failures = [line for line in logs if line["event"] == "outside service failed"]
    assert [line["attempt"] for line in failures] == [1, 2, 3]
    assert all(line["reason"] == "status 503" for line in failures)
    # The query (here an e-mail address) never reaches the log or the error.
    assert "ann@example.org" not in repr(logs) + str(down.value)


async def test_a_post_is_tried_once_unless_the_caller_says_a_retry_is_safe(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    flaky.failures = 1
    with pytest.raises(ServiceUnavailable):
        async with outbound.request("MAILMAN", "POST", flaky.url + "/members", json={}):
            pass
    assert flaky.hits == 1

    flaky.failures = 1
    async with outbound.request(
        "MAILMAN", "POST", flaky.url + "/members", json={}, retry=True
    ) as response:
        assert response.status == 200
    assert flaky.hits == 3


async def test_every_try_is_cut_off_at_the_timeout(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    flaky.delay = 5
    started = asyncio.get_running_loop().time()
    with pytest.raises(ServiceUnavailable) as down:
        await get_status(outbound, flaky.url + "/lists")
    assert "TimeoutError" in down.value.detail or "Timeout" in down.value.detail
    assert flaky.hits == 3
    assert asyncio.get_running_loop().time() - started < 4


async def test_a_4xx_is_the_callers_to_read_and_is_not_retried(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    assert await get_status(outbound, flaky.url + "/missing") == 404
    assert flaky.hits == 1


async def test_a_call_the_gate_refuses_never_reaches_the_service(
    outbound: OutboundClient, flaky: FlakyService
) -> None:
    # Gitee processes data in CN; this deployment allows only HK (DATA_REGIONS).
    with pytest.raises(OutboundRefused, match="region CN"):
        async with outbound.request("GITEE", "GET", flaky.url + "/api/v5/user"):
            pass
    assert flaky.hits == 0


async def test_a_refused_connection_is_unavailable_too(outbound: OutboundClient) -> None:
    with pytest.raises(ServiceUnavailable) as down:
        await get_status(outbound, "http://127.0.0.1:9/closed")
    assert down.value.service == "MAILMAN"


async def test_a_call_that_is_not_http_follows_the_same_rule(outbound: OutboundClient) -> None:
    tries = 0

    async def flaky_smtp() -> str:
        nonlocal tries
        tries += 1
        if tries < 3:
            raise ConnectionRefusedError
        return "250 OK"

    assert await outbound.call("MAIL_SERVER", flaky_smtp, transient=(OSError,)) == "250 OK"

    async def dead_smtp() -> str:
        raise ConnectionRefusedError

    with pytest.raises(ServiceUnavailable) as down:
        await outbound.call("MAIL_SERVER", dead_smtp, transient=(OSError,))
    assert down.value.service == "MAIL_SERVER"
