"""Fixtures of the recording tests: fake Bilibili and meeting platform, and an API server
configured for them (CN allowed, as an operator publishing on Bilibili must allow it)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from jobs.outbox import Dispatcher
from settings import Settings
from tests.conftest import RunningServer, make_settings, serve
from tests.fakes.bilibili import FakeBilibili
from tests.fakes.fixtures import RECORDING_CHUNK
from tests.fakes.recording_source import FakeRecordingSource
from tests.support.mailbox import Mailbox
from tests.support.recordings import bilibili_settings

CHUNK = RECORDING_CHUNK


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


@pytest.fixture
async def recordings_only(
    server: RunningServer, recording_server: RunningServer
) -> AsyncIterator[RunningServer]:
    """The recording server alone runs jobs: both servers share the database and its outbox,
    and the suite's own server (no Bilibili, CN not allowed) must not take an upload's retry."""
    dispatcher: Dispatcher = server.app.state.dispatcher
    await dispatcher.stop()
    try:
        yield recording_server
    finally:
        dispatcher.start()


@pytest.fixture(autouse=True)
def fresh_bilibili(bilibili: FakeBilibili, recording_source: FakeRecordingSource) -> None:
    bilibili.reset()
    recording_source.reset()
