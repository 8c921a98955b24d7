"""The request's session: looked up once before execution; a failed lookup is reported by
every field that reads it, not swallowed and not turned into "signed out"."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from starlette.requests import Request

from resolvers.context import Context
from services.kernel.client import ClientInfo
from settings import Settings


class _Sessions:
    def __init__(self, outcome: Any) -> None:
        self.outcome = outcome
        self.lookups = 0

    async def resolve(self, token: str) -> Any:
        self.lookups += 1
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome


def _context(sessions: _Sessions, token: str | None = "token") -> Context:
    request = Request({"type": "http", "method": "POST", "path": "/graphql", "headers": []})
    return Context(
        request=request,
        services=SimpleNamespace(sessions=sessions, settings=Settings(_env_file=None)),  # type: ignore[arg-type]
        client=ClientInfo(ip_address=None, user_agent=None),
        token=token,
    )


async def test_a_failed_lookup_is_raised_again_by_every_reader() -> None:
    outage = ConnectionRefusedError("database away")
    sessions = _Sessions(outage)
    context = _context(sessions)
    await context.look_up_session()  # kept, not raised: the fields report it
    with pytest.raises(ConnectionRefusedError):
        context.known_session()
    with pytest.raises(ConnectionRefusedError):
        await context.session()
    with pytest.raises(ConnectionRefusedError):
        context.known_viewer()
    assert sessions.lookups == 1


async def test_the_session_is_looked_up_once() -> None:
    user: Any = SimpleNamespace(id=7)
    sessions = _Sessions(SimpleNamespace(user=user))
    context = _context(sessions)
    await context.look_up_session()
    await context.look_up_session()
    assert context.known_viewer() is user
    assert (await context.viewer()) is user
    assert sessions.lookups == 1


async def test_without_a_token_nobody_is_signed_in_and_nothing_is_read() -> None:
    sessions = _Sessions(ConnectionRefusedError("never asked"))
    context = _context(sessions, token=None)
    await context.look_up_session()
    assert context.known_session() is None
    assert sessions.lookups == 0


async def test_signing_out_forgets_a_failed_lookup() -> None:
    context = _context(_Sessions(ConnectionRefusedError("database away")))
    await context.look_up_session()
    context.end_session()
    assert context.known_session() is None
