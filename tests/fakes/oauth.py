"""What the fake OAuth servers (Gitee, OIDC) share: a person who approves, codes, tokens.

A test calls `approve_as(person)`; the browser then GETs the authorize URL, and the fake
answers 302 to the redirect URI with a code and the state, as the real consent page does.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from aiohttp import web

from tests.fakes.base import FakeServer


@dataclass
class Grant:
    person: Any
    redirect_uri: str
    code_challenge: str | None = None


@dataclass
class Tokens:
    person: Any
    expired: bool = False


@dataclass
class OAuthState:
    codes: dict[str, Grant] = field(default_factory=dict)
    access: dict[str, Tokens] = field(default_factory=dict)
    refresh: dict[str, Any] = field(default_factory=dict)


class FakeOAuthServer(FakeServer):
    """Authorization-code grant with the secret in the POST body; refresh-token grant."""

    authorize_path = "/oauth/authorize"
    token_path = "/oauth/token"
    required_scopes: frozenset[str] = frozenset()

    def __init__(self, client_id: str, client_secret: str) -> None:
        super().__init__()
        self.client_id = client_id
        self.client_secret = client_secret
        self.app.router.add_get(self.authorize_path, self.authorize)
        self.app.router.add_post(self.token_path, self.token)
        self.reset()

    def reset(self) -> None:
        self.state = OAuthState()
        self.approving: Any = None
        self.token_failures = 0  # answer that many token requests with 502
        self.refreshes = 0

    def approve_as(self, person: Any) -> None:
        self.approving = person

    def expire_tokens(self) -> None:
        for tokens in self.state.access.values():
            tokens.expired = True

    def person_of(self, access_token: str | None) -> Any:
        tokens = self.state.access.get(access_token or "")
        return None if tokens is None or tokens.expired else tokens.person

    async def authorize(self, request: web.Request) -> web.Response:
        query = request.query
        if query.get("client_id") != self.client_id or query.get("response_type") != "code":
            return web.json_response({"error": "invalid_client"}, status=400)
        if not self.required_scopes <= set(query.get("scope", "").split()):
            return web.json_response({"error": "invalid_scope"}, status=400)
        if self.approving is None:
            return web.json_response({"error": "access_denied"}, status=403)
        code = secrets.token_hex(16)
        self.state.codes[code] = Grant(
            self.approving, query["redirect_uri"], query.get("code_challenge")
        )
        target = f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
        raise web.HTTPFound(target)

    def _issue(self, person: Any) -> dict[str, Any]:
        access, refresh = secrets.token_hex(20), secrets.token_hex(20)
        self.state.access[access] = Tokens(person)
        self.state.refresh[refresh] = person
        return {
            "access_token": access,
            "token_type": "bearer",
            "expires_in": 86400,
            "refresh_token": refresh,
            "scope": "user_info emails",
            "created_at": 0,
        }

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return web.json_response({"error": "invalid_client"}, status=401)
        if self.token_failures > 0:
            self.token_failures -= 1
            return web.Response(status=502, text="Bad Gateway")
        grant = form.get("grant_type")
        if grant == "authorization_code":
            found = self.state.codes.pop(str(form.get("code")), None)
            if (
                found is None
                or found.redirect_uri != form.get("redirect_uri")
                or not _pkce_holds(found, form.get("code_verifier"))
            ):
                return web.json_response(
                    {"error": "invalid_grant", "error_description": "code is invalid"},
                    status=401,
                )
            return web.json_response(self._issue(found.person))
        if grant == "refresh_token":
            person = self.state.refresh.pop(str(form.get("refresh_token")), None)
            if person is None:
                return web.json_response({"error": "invalid_grant"}, status=401)
            self.refreshes += 1
            return web.json_response(self._issue(person))
        return web.json_response({"error": "unsupported_grant_type"}, status=400)


def _pkce_holds(grant: Grant, verifier: object) -> bool:
    """RFC 7636 S256: a code issued for a challenge needs the matching verifier."""
    if grant.code_challenge is None:
        return True
    if not isinstance(verifier, str):
        return False
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=") == grant.code_challenge
