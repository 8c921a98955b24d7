"""A fake outside recipient (an SMS gateway, a questionnaire partner, ...).

It speaks the SMS gateway protocol (`POST /` with JSON `{"to", "message"}` and a bearer
token; 401 without the token, 5xx when told to fail) and accepts any other JSON POST, and
records every request that reached it, so tests can prove a refused call never did.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.conftest import free_port


@dataclass
class FakeRecipient:
    token: str = "gateway-token"
    fail_with: int | None = None
    received: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0
    runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    async def _handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.received.append({"path": request.path, "body": body})
        if self.fail_with:
            return web.json_response({"error": "unavailable"}, status=self.fail_with)
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"error": "unauthorized"}, status=401)
        if request.path == "/" and not {"to", "message"} <= set(body):
            return web.json_response({"error": "to and message are required"}, status=400)
        return web.json_response({"status": "queued"})

    async def start(self) -> None:
        app = web.Application()
        app.router.add_post("/{tail:.*}", self._handle)
        self.runner = web.AppRunner(app)
        await self.runner.setup()
        self.port = free_port()
        await web.TCPSite(self.runner, "127.0.0.1", self.port).start()

    async def stop(self) -> None:
        if self.runner is not None:
            await self.runner.cleanup()
