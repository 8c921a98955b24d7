"""A fake OpenID Connect provider for the example plugin: /authorize, /token, /userinfo."""

from __future__ import annotations

from dataclasses import dataclass

from aiohttp import web

from tests.fakes.oauth import FakeOAuthServer


@dataclass
class OidcPerson:
    sub: str
    preferred_username: str
    name: str
    email: str | None = None
    email_verified: bool = False


class FakeOidc(FakeOAuthServer):
    authorize_path = "/authorize"
    token_path = "/token"
    required_scopes = frozenset({"openid"})

    def __init__(self, client_id: str = "oidc-client", client_secret: str = "oidc-secret") -> None:
        super().__init__(client_id, client_secret)
        self.app.router.add_get("/userinfo", self.userinfo)
        self.app.router.add_post("/revoke", self.revoke)

    def reset(self) -> None:
        super().reset()
        self.revoked: list[str] = []
        self.revoke_status = 200  # e.g. 503: the revocation endpoint is down

    async def revoke(self, request: web.Request) -> web.Response:
        """RFC 7009: the refresh token goes, and the grant's access tokens with it."""
        form = await request.post()
        if self.revoke_status != 200:
            return web.Response(status=self.revoke_status)
        if form.get("client_secret") != self.client_secret:
            return web.json_response({"error": "invalid_client"}, status=401)
        person = self.state.refresh.pop(str(form.get("token")), None)
        if person is not None:
            self.revoked.append(str(form.get("token")))
            for tokens in self.state.access.values():
                tokens.expired = tokens.expired or tokens.person is person
        return web.Response(status=200)

    async def userinfo(self, request: web.Request) -> web.Response:
        scheme, _, token = request.headers.get("Authorization", "").partition(" ")
        person: OidcPerson | None = self.person_of(token) if scheme == "Bearer" else None
        if person is None:
            return web.json_response({"error": "invalid_token"}, status=401)
        return web.json_response(
            {
                "sub": person.sub,
                "preferred_username": person.preferred_username,
                "name": person.name,
                "email": person.email,
                "email_verified": person.email_verified,
            }
        )
