"""A fake Gitee: OAuth2 at /oauth/*, and /api/v5/user and /api/v5/emails with their errors.

Switches: `emails_status` (401 or 403 as Gitee answers without the emails scope or for a
hidden list), `token_failures` (5xx from the token endpoint), `expire_tokens()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

from tests.fakes.oauth import FakeOAuthServer


@dataclass
class GiteeUser:
    id: int
    login: str
    name: str
    avatar_url: str = "https://gitee.com/assets/no_portrait.png"
    emails: list[dict[str, Any]] = field(default_factory=list)
    # What Gitee also answers but the privacy statement does not let us keep.
    bio: str = "I write databases"
    blog: str = "https://blog.example"


class FakeGitee(FakeOAuthServer):
    required_scopes = frozenset({"user_info", "emails"})

    def __init__(
        self, client_id: str = "gitee-client", client_secret: str = "gitee-secret"
    ) -> None:
        super().__init__(client_id, client_secret)
        self.app.router.add_get("/api/v5/user", self.user)
        self.app.router.add_get("/api/v5/emails", self.emails)

    def reset(self) -> None:
        super().reset()
        self.emails_status = 200

    def _person(self, request: web.Request) -> GiteeUser | None:
        person: GiteeUser | None = self.person_of(request.query.get("access_token"))
        return person

    async def user(self, request: web.Request) -> web.Response:
        person = self._person(request)
        if person is None:
            return web.json_response(
                {"message": "401 Unauthorized: Access token is expired"}, status=401
            )
        return web.json_response(
            {
                "id": person.id,
                "login": person.login,
                "name": person.name,
                "avatar_url": person.avatar_url,
                "bio": person.bio,
                "blog": person.blog,
                "email": None,
            }
        )

    async def emails(self, request: web.Request) -> web.Response:
        person = self._person(request)
        if person is None:
            return web.json_response({"message": "401 Unauthorized"}, status=401)
        if self.emails_status != 200:
            return web.json_response({"message": "403 Forbidden"}, status=self.emails_status)
        return web.json_response(person.emails)
