"""Every identity test starts with fresh fakes (see tests/fakes/fixtures.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from services.ratelimit import MemoryCounter
from tests.conftest import RunningServer
from tests.fakes.gitee import FakeGitee
from tests.fakes.oidc import FakeOidc
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.client import GraphQLClient


@pytest.fixture(autouse=True)
def reset_fakes(
    server: RunningServer,
    sms_gateway: FakeSmsGateway,
    gitee: FakeGitee,
    oidc: FakeOidc,
) -> None:
    counter = server.services.counter
    if isinstance(counter, MemoryCounter):
        counter._entries.clear()
    sms_gateway.reset()
    gitee.reset()
    oidc.reset()


@pytest.fixture
async def other_browser(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    """Someone else's browser: its own cookie jar."""
    graphql = GraphQLClient(server.base_url, user_agent="another-browser")
    yield graphql
    await graphql.close()
