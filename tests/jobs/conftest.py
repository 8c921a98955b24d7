"""Fixtures for tests that run jobs through Redis and a worker."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from jobs.outbox import Dispatcher
from tests.conftest import RunningServer


@pytest.fixture
async def local_dispatcher_paused(server: RunningServer) -> AsyncIterator[None]:
    """The suite's server runs outbox jobs in-process; a test of the Redis path pauses it,
    so that its jobs go through Redis and a worker only."""
    dispatcher: Dispatcher = server.app.state.dispatcher
    await dispatcher.stop()
    try:
        yield
    finally:
        dispatcher.start()
