"""A fake SMS gateway speaking the generic protocol Commons uses.

`POST /send` with JSON `{"to": "+86...", "message": "..."}` and `Authorization: Bearer TOKEN`.
Switches: `fail_next` answers that many requests with 503; `slow_next` delays that many
requests by `delay` seconds (longer than the client's timeout), then answers 504.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from aiohttp import web

from tests.fakes.base import FakeServer


@dataclass
class Sms:
    to: str
    message: str

    @property
    def code(self) -> str | None:
        match = re.search(r"\b(\d{6})\b", self.message)
        return match.group(1) if match else None


class FakeSmsGateway(FakeServer):
    def __init__(self, token: str = "gateway-secret") -> None:
        super().__init__()
        self.token = token
        self.app.router.add_post("/send", self.send)
        self.reset()

    def reset(self) -> None:
        self.messages: list[Sms] = []
        self.requests = 0
        self.fail_next = 0
        self.slow_next = 0
        self.delay = 2.0

    @property
    def send_url(self) -> str:
        return f"{self.url}/send"

    async def send(self, request: web.Request) -> web.Response:
        self.requests += 1
        if request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response({"error": "unauthorized"}, status=401)
        body = await request.json()
        if self.slow_next > 0:
            # Hangs past the client's timeout, then gives up without sending anything.
            self.slow_next -= 1
            await asyncio.sleep(self.delay)
            return web.json_response({"error": "upstream timeout"}, status=504)
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.json_response({"error": "upstream unavailable"}, status=503)
        if not isinstance(body.get("to"), str) or not isinstance(body.get("message"), str):
            return web.json_response({"error": "to and message are required"}, status=400)
        if not re.fullmatch(r"\+\d{8,15}", body["to"]):
            return web.json_response({"error": "to must be E.164"}, status=400)
        self.messages.append(Sms(body["to"], body["message"]))
        return web.json_response({"id": len(self.messages), "status": "queued"})

    def to(self, number: str) -> list[Sms]:
        return [m for m in self.messages if m.to == number]

    async def wait_for(self, number: str, count: int = 1, timeout: float = 10) -> list[Sms]:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while len(self.to(number)) < count:
            if loop.time() > deadline:
                raise AssertionError(f"no SMS to {number} within {timeout}s")
            await asyncio.sleep(0.02)
        return self.to(number)[:count]

    async def code_for(self, number: str) -> str:
        messages = await self.wait_for(number)
        code = messages[-1].code
        assert code, f"no code in: {messages[-1].message}"
        return code
