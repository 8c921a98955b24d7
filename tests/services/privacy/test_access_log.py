"""The access log is buffered on the request path and written in batches, never lost silently."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import aiohttp
from multidict import CIMultiDict
from structlog.testing import capture_logs

from models.privacy.access_log import AccessLogEntry
from services.kernel import clock
from services.privacy.access_log import AccessLogBuffer, AccessLogRow
from services.privacy.retention import purge_timed_fields
from settings import Settings
from tests.conftest import RunningServer, serve
from tests.support.access_log import access_log_of, flush_access_log


async def _get(base_url: str, path: str, user_agent: str = "probe/1.0") -> None:
    async with (
        aiohttp.ClientSession() as http,
        http.get(base_url + path, headers={"User-Agent": user_agent}) as answer,
    ):
        assert answer.status == 200
        await answer.read()


def _row(path: str) -> AccessLogRow:
    return AccessLogRow(clock.now(), "192.0.2.1", path, "GET", 200, 2, None, "probe/1.0")


async def test_a_request_only_buffers_its_row_and_the_flush_writes_it(
    server: RunningServer,
) -> None:
    await _get(server.base_url, "/healthz")
    await _get(server.base_url, "/healthz")

    assert not await AccessLogEntry.exists()
    assert len(access_log_of(server.app)) == 2

    assert await flush_access_log(server.app) == 2
    rows = await AccessLogEntry.all().order_by("id")
    assert [(r.path, r.status, r.method, r.user_agent) for r in rows] == [
        ("/healthz", 200, "GET", "probe/1.0"),
        ("/healthz", 200, "GET", "probe/1.0"),
    ]
    assert all(r.ip_address == "127.0.0.1" and r.response_size > 0 for r in rows)
    assert len(access_log_of(server.app)) == 0


async def test_a_flush_writes_a_large_backlog_in_several_batches(server: RunningServer) -> None:
    buffer = AccessLogBuffer(capacity=5000, batch_size=400)
    for i in range(1000):
        buffer.add(_row(f"/p/{i}"))

    assert await buffer.flush() == 1000

    # In order and whole: on SQLite the batches go in as multi-row statements of 100 rows.
    written = await AccessLogEntry.all().order_by("id").values_list("path", "status", "user_agent")
    assert written == [(f"/p/{i}", 200, "probe/1.0") for i in range(1000)]
    assert buffer.written == 1000 and buffer.dropped == 0 and len(buffer) == 0


async def test_stopping_the_server_writes_what_it_buffered(settings: Settings) -> None:
    second = await serve(settings)
    await _get(second.base_url, "/healthz", user_agent="last-words/1.0")
    assert not await AccessLogEntry.exists(user_agent="last-words/1.0")

    await second.stop()

    assert await AccessLogEntry.exists(user_agent="last-words/1.0", path="/healthz")


async def test_a_full_buffer_counts_and_logs_the_rows_it_drops(settings: Settings) -> None:
    small = await serve(settings.model_copy(update={"access_log_buffer_rows": 2}))
    try:
        for _ in range(5):
            await _get(small.base_url, "/healthz")  # never blocked, never refused
        buffer = access_log_of(small.app)
        assert (len(buffer), buffer.dropped) == (2, 3)

        with capture_logs() as logs:
            assert await buffer.flush() == 2
        dropped = [e for e in logs if e["event"] == "access log buffer full, rows dropped"]
        assert [(e["dropped"], e["dropped_total"], e["log_level"]) for e in dropped] == [
            (3, 3, "warning")
        ]
        assert await AccessLogEntry.all().count() == 2
    finally:
        await small.stop()


async def test_buffered_rows_keep_the_ten_day_retention(server: RunningServer) -> None:
    buffer = AccessLogBuffer(capacity=10)
    old = AccessLogRow(clock.now() - timedelta(days=11), None, "/old", "GET", 200, 1, None, None)
    buffer.add(old)
    buffer.add(_row("/new"))
    await buffer.flush()

    touched = await purge_timed_fields()

    assert touched["access_log"] == 1
    assert [e.path for e in await AccessLogEntry.all()] == ["/new"]


async def test_a_flush_writes_what_was_buffered_when_it_began_not_what_arrives_meanwhile(
    server: RunningServer,
) -> None:
    buffer = AccessLogBuffer(capacity=100, batch_size=1)
    for i in range(3):
        buffer.add(_row(f"/before/{i}"))

    async def requests_meanwhile() -> None:
        for i in range(50):
            buffer.add(_row(f"/during/{i}"))
            await asyncio.sleep(0)

    written, _ = await asyncio.gather(buffer.flush(), requests_meanwhile())

    assert written == 3 and len(buffer) == 50
    assert sorted(e.path for e in await AccessLogEntry.all()) == [f"/before/{i}" for i in range(3)]


async def test_an_over_long_forwarded_address_is_cut_and_its_batch_still_written(
    settings: Settings,
) -> None:
    # Behind a trusted proxy the client writes the address; built afresh (see test_review_edge).
    proxied = await serve(
        Settings(_env_file=None, **{**settings.model_dump(), "trusted_proxies": "127.0.0.1/32"})
    )
    try:
        async with aiohttp.ClientSession() as http:
            # The last: two lines, read as one list (the nearest untrusted hop is the client).
            for forwarded in (["x" * 300], ["198.51.100.7"], ["203.0.113.9", "127.0.0.1"]):
                headers = [("X-Forwarded-For", line) for line in forwarded]
                async with http.get(
                    proxied.base_url + "/healthz",
                    headers=CIMultiDict([*headers, ("User-Agent", "proxied/1.0")]),
                ) as answer:
                    assert answer.status == 200
        assert await flush_access_log(proxied.app) == 3
    finally:
        await proxied.stop()
    rows = await AccessLogEntry.filter(user_agent="proxied/1.0").order_by("id")
    assert [r.ip_address for r in rows] == ["x" * 45, "198.51.100.7", "203.0.113.9"]


async def test_a_buffered_row_stores_its_time_as_the_orm_stores_it(server: RunningServer) -> None:
    at = clock.now()
    buffer = AccessLogBuffer(capacity=10)
    buffer.add(AccessLogRow(at, None, "/buffered", "GET", 200, 1, None, None))
    await buffer.flush()
    await AccessLogEntry.create(
        at=at, ip_address=None, path="/orm", method="GET", status=200, response_size=1
    )

    # The same instant, written both ways, reads back equal and compares equal in SQL.
    rows = await AccessLogEntry.filter(at=at).order_by("id")
    assert [row.path for row in rows] == ["/buffered", "/orm"]
    assert rows[0].at == rows[1].at == at
