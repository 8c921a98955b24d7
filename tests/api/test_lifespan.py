"""The API's startup: what it builds once is kept out of the garbage collector's walks, and
the server it runs in parses HTTP in C."""

from __future__ import annotations

import gc

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from settings import Settings
from tests.conftest import serve


async def test_a_started_api_has_frozen_what_startup_built(settings: Settings) -> None:
    assert settings.freeze_startup_objects is False  # the suite's own servers never freeze
    gc.unfreeze()
    started = await serve(
        Settings(_env_file=None, **{**settings.model_dump(), "freeze_startup_objects": True})
    )
    try:
        frozen = gc.get_freeze_count()
        view = next(r for r in started.app.routes if getattr(r, "path", "") == "/graphql")
        schema = getattr(view, "endpoint").schema  # noqa: B009
        # The schema, built at startup, is among the frozen objects, not in a generation.
        assert frozen > 10_000
        assert not any(schema is o for o in gc.get_objects())
    finally:
        gc.unfreeze()
        await started.stop()


def test_the_server_parses_http_in_c() -> None:
    # `commons serve` leaves the parser to uvicorn's "auto", which falls back to pure-Python
    # h11 without a word when httptools is missing from the install.
    config = uvicorn.Config(app=_no_app)
    config.load()
    assert config.http_protocol_class is HttpToolsProtocol


async def _no_app(scope: object, receive: object, send: object) -> None:
    raise AssertionError("never served")
