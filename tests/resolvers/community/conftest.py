"""Fixtures of the recording tests: fake Bilibili and meeting platform, and an API server
configured for them (CN allowed, as an operator publishing on Bilibili must allow it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from settings import Settings
from tests.conftest import RunningServer, make_settings, serve
from tests.fakes.bilibili import FakeBilibili
from tests.fakes.recording_source import FakeRecordingSource
from tests.support.mailbox import Mailbox

CHUNK = 256 * 1024
HOOK_SECRET = "recordings-hook-secret"


@pytest.fixture(scope="session")
async def bilibili() -> AsyncIterator[FakeBilibili]:
    fake = FakeBilibili(chunk_size=CHUNK, threads=3)
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def recording_source() -> AsyncIterator[FakeRecordingSource]:
    fake = FakeRecordingSource()
    await fake.start()
    yield fake
    await fake.stop()


def bilibili_settings(
    bilibili: FakeBilibili, recording_source: FakeRecordingSource
) -> dict[str, Any]:
    return {
        "data_regions": "HK,CN",
        "bilibili_base_url": bilibili.url,
        "bilibili_sessdata": bilibili.sessdata,
        "bilibili_bili_jct": bilibili.bili_jct,
        "recording_source_origins": recording_source.url,
        "recordings_webhook_secret": HOOK_SECRET,
        "recording_retry_seconds": 0,
        "recording_upload_lease_seconds": 2,
        "outbound_timeout_seconds": 1,
        "outbound_backoff_seconds": 0,
        "bilibili_part_timeout_seconds": 5,
    }


@pytest.fixture(scope="session")
async def recording_settings(
    database_url: str,
    mailbox: Mailbox,
    outside_services: dict[str, Any],
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> Settings:
    return make_settings(
        database_url,
        mailbox,
        **{**outside_services, **bilibili_settings(bilibili, recording_source)},
    )


@pytest.fixture(scope="session")
async def recording_server(recording_settings: Settings) -> AsyncIterator[RunningServer]:
    """The API with jobs in-process (no REDIS_URL), uploading to the fake Bilibili."""
    running = await serve(recording_settings)
    yield running
    await running.stop()


@pytest.fixture(autouse=True)
def fresh_bilibili(bilibili: FakeBilibili, recording_source: FakeRecordingSource) -> None:
    bilibili.reset()
    recording_source.reset()
