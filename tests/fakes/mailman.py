"""A fake Mailman 3 core REST API (the parts erasure uses), with its failure modes.

`GET /3.1/members/find?subscriber=ADDRESS` and `DELETE /3.1/members/{id}`, HTTP basic auth,
JSON bodies as Mailman sends them (no `entries` when nothing matched), 404 for an unknown
member, and a switch that answers the next N calls with 503 as a restarting core does.
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from aiohttp import web

USERNAME = "restadmin"
PASSWORD = "restpass"


@dataclass
class FakeMailman:
    base_url: str = ""
    # member_id -> (address, list_id)
    members: dict[str, tuple[str, str]] = field(default_factory=dict)
    fail_next: int = 0
    calls: int = 0
    _ids: itertools.count[int] = field(default_factory=lambda: itertools.count(1))

    def subscribe(self, address: str, list_id: str) -> str:
        member_id = f"{next(self._ids):032x}"
        self.members[member_id] = (address, list_id)
        return member_id

    def lists_of(self, address: str) -> list[str]:
        return sorted(list_id for a, list_id in self.members.values() if a == address)

    def _authorised(self, request: web.Request) -> bool:
        expected = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        return request.headers.get("Authorization") == f"Basic {expected}"

    @web.middleware
    async def gatekeeper(
        self,
        request: web.Request,
        handler: Callable[[web.Request], Awaitable[web.StreamResponse]],
    ) -> web.StreamResponse:
        self.calls += 1
        if self.fail_next > 0:
            self.fail_next -= 1
            return web.json_response({"title": "503 Service Unavailable"}, status=503)
        if not self._authorised(request):
            return web.json_response({"title": "401 Unauthorized"}, status=401)
        return await handler(request)

    async def find(self, request: web.Request) -> web.Response:
        address = request.query.get("subscriber", "")
        entries = [
            {
                "member_id": member_id,
                "email": a,
                "list_id": list_id,
                "role": "member",
                "self_link": f"{self.base_url}/3.1/members/{member_id}",
                "http_etag": f'"{member_id[:8]}"',
            }
            for member_id, (a, list_id) in self.members.items()
            if a == address
        ]
        body: dict[str, object] = {"start": 0, "total_size": len(entries), "http_etag": '"x"'}
        if entries:
            body["entries"] = entries
        return web.json_response(body)

    async def delete(self, request: web.Request) -> web.Response:
        member_id = request.match_info["member_id"]
        if self.members.pop(member_id, None) is None:
            return web.json_response({"title": "404 Not Found"}, status=404)
        return web.Response(status=204)


@asynccontextmanager
async def running_mailman() -> AsyncIterator[FakeMailman]:
    fake = FakeMailman()
    app = web.Application(middlewares=[fake.gatekeeper])
    app.router.add_get("/3.1/members/find", fake.find)
    app.router.add_delete("/3.1/members/{member_id}", fake.delete)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    fake.base_url = f"http://127.0.0.1:{port}"
    try:
        yield fake
    finally:
        await runner.cleanup()
