"""Fake outside servers for provider tests: aiohttp on loopback, real HTTP, fault switches.

`FakeServer` records every request and can be told to fail (`fail(path, status)`), to be
slow (`delay_seconds`) or to listen on a second host (`api_url`). `FakeOAuth2Server` is a
complete authorization-code server with an OpenID Connect `/userinfo`; subclass it to speak
your provider's API (add routes with `api_route`) and its quirks (class switches below).
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self
from urllib.parse import urlencode, urlsplit

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the fake saw it."""

    method: str
    host: str
    path: str
    headers: dict[str, str]
    query: dict[str, str]
    form: dict[str, str]


@dataclass
class Fault:
    status: int
    times: int | None  # None: until `reset()`


class FakeServer:
    """An aiohttp.web app on 127.0.0.1, started and stopped inside the test's event loop."""

    # Paths served only on the API host when the server has one (`separate_api_host`).
    api_paths: ClassVar[frozenset[str]] = frozenset()
    separate_api_host: ClassVar[bool] = False

    def __init__(self) -> None:
        self.app = web.Application(middlewares=[self._middleware])
        self._runner: web.AppRunner | None = None
        self.url = ""
        self.api_url = ""
        self._api_paths: set[str] = set(self.api_paths)
        self.reset()

    def reset(self) -> None:
        """No recorded requests, no faults, no delay."""
        self.requests: list[RecordedRequest] = []
        self.faults: dict[str, Fault] = {}
        self.delay_seconds = 0.0

    def fail(self, path: str, status: int, times: int | None = None) -> None:
        """Answer requests to `path` ("*": every path) with `status`, `times` times."""
        self.faults[path] = Fault(status, times)

    def requests_to(self, path: str) -> list[RecordedRequest]:
        return [r for r in self.requests if r.path == path]

    def api_route(self, method: str, path: str, handler: Handler) -> None:
        """A route of the provider's API (on `api_url` when the API has a host of its own)."""
        self._api_paths.add(path)
        self.app.router.add_route(method, path, handler)

    async def start(self) -> str:
        self._stopping = asyncio.Event()
        self._runner = web.AppRunner(self.app)
        await self._runner.setup()
        self.url = await self._listen()
        self.api_url = await self._listen() if self.separate_api_host else self.url
        return self.url

    async def _listen(self) -> str:
        assert self._runner is not None
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            self._stopping.set()
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @web.middleware
    async def _middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        form = await request.post() if request.method == "POST" else {}
        self.requests.append(
            RecordedRequest(
                method=request.method,
                host=request.host,
                path=request.path,
                headers=dict(request.headers),
                query=dict(request.query),
                form={k: str(v) for k, v in form.items()},
            )
        )
        if self.delay_seconds:
            # A slow server, until it is stopped: stopping does not wait for the delay.
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self.delay_seconds)
        fault = self.faults.get(request.path) or self.faults.get("*")
        if fault is not None and fault.times != 0:
            if fault.times is not None:
                fault.times -= 1
            return web.json_response({"message": "fault switched on"}, status=fault.status)
        if self.separate_api_host and not self._on_right_host(request):
            return web.json_response({"message": "Not Found"}, status=404)
        return await handler(request)

    def _on_right_host(self, request: web.Request) -> bool:
        wanted = self.api_url if request.path in self._api_paths else self.url
        return request.host == urlsplit(wanted).netloc


@dataclass
class Person:
    """Someone with an account at the fake provider. Tests may change `login` (a rename)."""

    subject: str
    login: str
    name: str | None = None
    avatar_url: str | None = None
    email: str | None = None
    email_verified: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Grant:
    person: Person
    redirect_uri: str


class FakeOAuth2Server(FakeServer):
    """Authorization-code and refresh-token grants, and an OIDC `/userinfo` on the API host.

    Quirks a subclass can switch on, as real servers have them:
    - `errors_with_200`: token errors come with HTTP 200 (GitHub), not 400;
    - `json_only_when_asked`: token answers are form-encoded unless the request sends
      `Accept: application/json` (GitHub);
    - `separate_api_host`: the API answers only on `api_url`, the OAuth endpoints only on
      `url` (github.com and api.github.com).
    """

    authorize_path: ClassVar[str] = "/oauth/authorize"
    token_path: ClassVar[str] = "/oauth/token"
    userinfo_path: ClassVar[str | None] = "/userinfo"
    revocation_path: ClassVar[str | None] = "/revoke"
    required_scopes: ClassVar[frozenset[str]] = frozenset()
    errors_with_200: ClassVar[bool] = False
    json_only_when_asked: ClassVar[bool] = False
    expires_in: ClassVar[int] = 3600

    def __init__(
        self,
        client_id: str = "client-id",
        client_secret: str = "client-secret",  # noqa: S107 - a fake's own secret
    ) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.app.router.add_get(self.authorize_path, self.authorize)
        self.app.router.add_post(self.token_path, self.token)
        if self.userinfo_path:
            self.api_route("GET", self.userinfo_path, self.userinfo)
        if self.revocation_path:
            self.app.router.add_post(self.revocation_path, self.revoke)

    def reset(self) -> None:
        super().reset()
        self.codes: dict[str, _Grant] = {}
        self.access: dict[str, Person] = {}
        self.refresh_tokens: dict[str, Person] = {}
        self.approving: Person | None = None
        self.revoked: list[str] = []  # tokens revoked through `revocation_path`

    # What a test does: approve as someone, or take a code directly.

    def approve_as(self, person: Person | None) -> None:
        """The consent page will approve as `person` (None: the person declines)."""
        self.approving = person

    def issue_code(self, person: Person, redirect_uri: str) -> str:
        """A fresh code for `person`, as the consent page would put on the redirect URI."""
        code = secrets.token_urlsafe(16)
        self.codes[code] = _Grant(person, redirect_uri)
        return code

    def expire_tokens(self) -> None:
        self.access.clear()

    def person_of(self, request: web.Request) -> Person | None:
        """Whose access token the request carries (Bearer header or `access_token` query)."""
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        if scheme.lower() not in ("bearer", "token"):
            token = request.query.get("access_token", "")
        return self.access.get(token)

    # The endpoints.

    async def authorize(self, request: web.Request) -> web.StreamResponse:
        query = request.query
        if query.get("client_id") != self.client_id or query.get("response_type") != "code":
            return web.json_response({"error": "invalid_client"}, status=400)
        if not self.required_scopes <= set(query.get("scope", "").replace(",", " ").split()):
            return web.json_response({"error": "invalid_scope"}, status=400)
        if self.approving is None:
            return web.json_response({"error": "access_denied"}, status=403)
        redirect_uri = query.get("redirect_uri", "")
        code = self.issue_code(self.approving, redirect_uri)
        target = f"{redirect_uri}?{urlencode({'code': code, 'state': query.get('state', '')})}"
        raise web.HTTPFound(target)

    async def token(self, request: web.Request) -> web.StreamResponse:
        form = await request.post()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return self.token_answer(request, {"error": "invalid_client"}, 401)
        grant = form.get("grant_type")
        if grant == "authorization_code":
            found = self.codes.pop(str(form.get("code")), None)
            if found is None or found.redirect_uri != form.get("redirect_uri"):
                return self.token_answer(request, {"error": "invalid_grant"}, 400)
            return self.token_answer(request, self._issue(found.person), 200)
        if grant == "refresh_token":
            person = self.refresh_tokens.pop(str(form.get("refresh_token")), None)
            if person is None:
                return self.token_answer(request, {"error": "invalid_grant"}, 400)
            return self.token_answer(request, self._issue(person), 200)
        return self.token_answer(request, {"error": "unsupported_grant_type"}, 400)

    def token_answer(
        self, request: web.Request, body: dict[str, Any], status: int
    ) -> web.StreamResponse:
        if "error" in body and self.errors_with_200:
            status = 200
        if self.json_only_when_asked and "application/json" not in request.headers.get(
            "Accept", ""
        ):
            text = urlencode({k: str(v) for k, v in body.items()})
            return web.Response(
                text=text, status=status, content_type="application/x-www-form-urlencoded"
            )
        return web.json_response(body, status=status)

    async def revoke(self, request: web.Request) -> web.StreamResponse:
        """RFC 7009: revoking a refresh token ends the grant, its access tokens with it."""
        form = await request.post()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return web.json_response({"error": "invalid_client"}, status=401)
        token = str(form.get("token", ""))
        person = self.refresh_tokens.pop(token, None) or self.access.pop(token, None)
        if person is not None:
            self.revoked.append(token)
            self.access = {k: p for k, p in self.access.items() if p is not person}
        return web.Response(status=200)

    def _issue(self, person: Person) -> dict[str, Any]:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        self.access[access] = person
        self.refresh_tokens[refresh] = person
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": self.expires_in,
            "refresh_token": refresh,
        }

    async def userinfo(self, request: web.Request) -> web.StreamResponse:
        """OpenID Connect claims of the token's owner."""
        person = self.person_of(request)
        if person is None:
            return web.json_response({"error": "invalid_token"}, status=401)
        return web.json_response(
            {
                "sub": person.subject,
                "preferred_username": person.login,
                "name": person.name,
                "picture": person.avatar_url,
                "email": person.email,
                "email_verified": person.email_verified,
            }
        )
