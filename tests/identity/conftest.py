"""Fixtures of the identity tests; the fakes themselves are in tests/fakes/fixtures.py."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from tests.conftest import RunningServer
from tests.support.client import GraphQLClient


@pytest.fixture
async def other_browser(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    """Someone else's browser: its own cookie jar."""
    graphql = GraphQLClient(server.base_url, user_agent="another-browser")
    yield graphql
    await graphql.close()
