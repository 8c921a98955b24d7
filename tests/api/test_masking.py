"""Masking that cannot leak (issue 11): every request's unexpected errors are masked, with a
request id in the error and in the log, and outages answer SERVICE_UNAVAILABLE."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import AsyncIterator

import pytest
from redis.asyncio import Redis
from structlog.testing import capture_logs

from services.kernel.ratelimit import RedisCounter
from settings import Settings
from tests.conftest import RunningServer, free_port, serve
from tests.support.client import LOG_IN, GraphQLClient
from tests.support.mailbox import Mailbox


class ExplodingCounter:
    """A rate counter with a bug whose message must never reach a client."""

    async def hit(self, key: str, window_seconds: int) -> int:
        raise RuntimeError("database password is hunter2")

    async def count(self, key: str) -> int:
        raise RuntimeError("database password is hunter2")

    async def reset(self, key: str) -> None:
        raise RuntimeError("database password is hunter2")

    async def seconds_left(self, key: str) -> int:
        raise RuntimeError("database password is hunter2")


@pytest.fixture
async def broken(settings: Settings, mailbox: Mailbox) -> AsyncIterator[RunningServer]:
    running = await serve(settings)
    yield running
    await running.stop()


async def _log_in(base_url: str, n: int) -> str:
    client = GraphQLClient(base_url)
    try:
        _, body = await client.raw(
            {
                "query": LOG_IN,
                "variables": {"input": {"password": {"identifier": f"u{n}", "password": "x"}}},
            }
        )
        return json.dumps(body)
    finally:
        await client.close()


async def test_with_redis_down_every_concurrent_request_is_masked_as_unavailable(
    broken: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    # Nothing listens on this port: each counter call fails with "Error 111 connecting to ...".
    dead = Redis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=1)
    broken.services.counter = RedisCounter(dead)
    try:
        with caplog.at_level(logging.ERROR, logger="commons.errors"):
            bodies = await asyncio.gather(*(_log_in(broken.base_url, n) for n in range(24)))
    finally:
        await dead.aclose()
    ids = set()
    for text in bodies:
        error = json.loads(text)["errors"][0]
        # Nothing of the refused connection, outside the random request id (which may
        # contain "111" by chance).
        shown = text.replace(error["extensions"]["requestId"], "")
        assert "111" not in shown and "onnect" not in shown and "127.0.0.1" not in shown, text
        assert error["message"] == "A service we depend on is unavailable. Try again shortly."
        assert error["extensions"]["code"] == "SERVICE_UNAVAILABLE"
        ids.add(error["extensions"]["requestId"])
    assert len(ids) == 24
    logged = {getattr(r, "request_id", None) for r in caplog.records}
    assert ids <= logged


async def test_concurrent_internal_errors_are_all_masked_with_a_request_id(
    broken: RunningServer, caplog: pytest.LogCaptureFixture
) -> None:
    broken.services.counter = ExplodingCounter()
    with caplog.at_level(logging.ERROR, logger="commons.errors"):
        bodies = await asyncio.gather(*(_log_in(broken.base_url, n) for n in range(24)))
    for text in bodies:
        assert "hunter2" not in text, text
        error = json.loads(text)["errors"][0]
        assert error["message"] == "Unexpected error."
        assert error["extensions"]["code"] == "INTERNAL_SERVER_ERROR"
        assert error["extensions"]["requestId"]
    # The log keeps what the client did not see, under the same id.
    assert any("hunter2" in r.exc_text for r in caplog.records if r.exc_text)
    assert len({r.request_id for r in caplog.records if hasattr(r, "request_id")}) == 24


async def test_a_directive_repeated_any_number_of_times_gives_one_error(
    client: GraphQLClient,
) -> None:
    for repeats in (2, 10, 100):
        status, body = await client.raw({"query": "{ __typename" + " @aa" * repeats + " }"})
        assert status in (200, 400)
        assert len(body["errors"]) == 1, body


async def test_a_document_gets_at_most_ten_errors(client: GraphQLClient) -> None:
    fields = " ".join(f"f{i}" for i in range(200))
    status, body = await client.raw({"query": f"{{ me {{ {fields} }} }}"})
    assert status in (200, 400)
    assert 1 <= len(body["errors"]) <= 10
    same = " ".join("nope" for _ in range(50))
    _, body = await client.raw({"query": f"{{ me {{ {same} }} }}"})
    assert len(body["errors"]) == 1


def test_database_and_service_outages_are_told_apart_from_faults() -> None:
    from redis.exceptions import ConnectionError as RedisDown
    from tortoise.exceptions import DBConnectionError, IntegrityError

    from providers.http import ServiceUnavailable
    from resolvers.masking import is_outage

    def caused_by(cause: BaseException) -> RuntimeError:
        try:
            try:
                raise cause
            except BaseException as inner:
                raise RuntimeError("wrapped") from inner
        except RuntimeError as outer:
            return outer

    for outage in (
        DBConnectionError("could not connect"),
        RedisDown("Error 111 connecting"),
        ConnectionRefusedError(111, "refused"),
        ServiceUnavailable("SMS_GATEWAY", "timeout"),
    ):
        assert is_outage(outage) and is_outage(caused_by(outage)), outage
    for fault in (RuntimeError("bug"), IntegrityError("duplicate"), KeyError("x"), None):
        assert not is_outage(fault)


async def test_a_client_s_bad_variable_is_answered_as_such_and_not_logged_as_a_fault(
    client: GraphQLClient,
) -> None:
    query = "query($first: Int) { meetings(first: $first) { totalCount } }"
    with capture_logs() as logs:
        status, body = await client.raw({"query": query, "variables": {"first": "x"}})
    assert status == 200
    assert body["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert [e for e in logs if e["event"] == "unexpected error"] == []
