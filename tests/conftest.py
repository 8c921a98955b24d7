"""Shared fixtures: a migrated database, a real SMTP server and the API served over HTTP."""

from __future__ import annotations

import asyncio
import os
import socket
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from starlette.applications import Starlette

from api.app import create_app
from api.migrations import apply_migrations, dialect_of
from services.identity.container import Services
from services.kernel.outbox import OutboxQueue
from services.kernel.ratelimit import MemoryCounter
from settings import Settings
from tests.support.access_log import flush_access_log
from tests.support.client import GraphQLClient
from tests.support.database import recreate_postgres, wipe
from tests.support.mailbox import Mailbox

# The fake outside services (SMS gateway, Gitee, OIDC) the test server is configured with.
pytest_plugins = ["tests.fakes.fixtures"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class RunningServer:
    base_url: str
    app: Starlette
    server: uvicorn.Server
    task: asyncio.Task[None]

    @property
    def services(self) -> Services:
        services: Services = self.app.state.services
        return services

    async def stop(self) -> None:
        self.server.should_exit = True
        await self.task


async def serve(settings: Settings, port: int | None = None) -> RunningServer:
    """Run the real app under uvicorn on a loopback port, in this event loop."""
    app = create_app(settings)
    port = port or free_port()
    # As `commons serve` does: uvicorn must not trust X-Forwarded-For itself (TRUSTED_PROXIES).
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", proxy_headers=False
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve())
    for _ in range(500):
        if server.started:
            break
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    return RunningServer(f"http://127.0.0.1:{port}", app, server, task)


@pytest.fixture(scope="session")
def mailbox() -> Iterator[Mailbox]:
    box = Mailbox(free_port())
    box.start()
    yield box
    box.stop()


@pytest.fixture(scope="session")
async def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = os.environ.get("TEST_DATABASE_URL")
    if url:
        await recreate_postgres(url)
    else:
        url = f"sqlite://{tmp_path_factory.mktemp('db') / 'commons.sqlite3'}"
    await apply_migrations(url)
    return url


def make_settings(database_url: str, mailbox: Mailbox, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "database_url": database_url,
        "redis_url": None,
        "secret_key": "test-secret-key-not-for-production",
        "smtp_host": "127.0.0.1",
        "smtp_port": mailbox.controller.port,
        "session_cookie_secure": False,
        # Cheap hashing keeps the suite fast; the production parameters have their own test.
        "argon2_time_cost": 1,
        "argon2_memory_kib": 1024,
        "code_resend_seconds": 60,
        # Whatever else is installed in the environment, the suite sees the example plugin.
        "provider_plugins": "oidc-example",
        # Retries and the outbox at test speed (docs/operations.md has the real defaults).
        "job_retry_seconds": 0.2,
        "job_retry_max_seconds": 1,
        "outbox_poll_seconds": 0.2,
        # Tests flush the access log themselves (tests/support/access_log.py), never by timer.
        "access_log_flush_seconds": 60,
        # Many apps start in one test process: freezing would keep each one's garbage for good.
        "freeze_startup_objects": False,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


@pytest.fixture(scope="session")
async def settings(
    database_url: str, mailbox: Mailbox, outside_services: dict[str, Any]
) -> Settings:
    return make_settings(database_url, mailbox, **outside_services)


@pytest.fixture(scope="session")
async def server(settings: Settings) -> AsyncIterator[RunningServer]:
    running = await serve(settings)
    yield running
    await running.stop()


@pytest.fixture(autouse=True)
async def clean_state(server: RunningServer, mailbox: Mailbox, database_url: str) -> None:
    """Each test starts with empty tables, fresh counters and an empty mailbox."""
    # The last test's jobs (committed a moment before it ended) run now, not in this test.
    queue = server.services.queue
    if isinstance(queue, OutboxQueue):
        await queue.drain()
    await flush_access_log(server.app)  # earlier tests' buffered rows, before the wipe
    await wipe(database_url)
    _forget_counts(server)
    mailbox.clear()


def _forget_counts(server: RunningServer) -> None:
    counter = server.services.counter
    if isinstance(counter, MemoryCounter):
        counter._entries.clear()


@pytest.fixture
def forget_rate_limits(server: RunningServer) -> Callable[[], None]:
    """Lets a test move past resend throttles and failure counts, as waiting would."""
    return lambda: _forget_counts(server)


@pytest.fixture
def services(server: RunningServer) -> Services:
    return server.services


@pytest.fixture
async def client(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    graphql = GraphQLClient(server.base_url)
    yield graphql
    await graphql.close()


@pytest.fixture
def on_postgres(database_url: str) -> bool:
    return dialect_of(database_url) == "postgres"


ROOT = Path(__file__).resolve().parent.parent
