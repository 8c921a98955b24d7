"""The built-in Gitee provider keeps the same contract as any plugin, on the kit's fakes."""

from __future__ import annotations

from aiohttp import web

from commons.plugin_api import HttpClient
from commons.plugin_kit import FakeOAuth2Server, Scenario, check_provider
from providers.gitee import GiteeProvider


class KitGitee(FakeOAuth2Server):
    """Gitee v5: OAuth at /oauth/*, the token as `?access_token=`, addresses by state."""

    userinfo_path = None
    required_scopes = frozenset({"user_info", "emails"})

    def __init__(self) -> None:
        super().__init__()
        self.api_route("GET", "/api/v5/user", self.user)
        self.api_route("GET", "/api/v5/emails", self.emails)

    async def user(self, request: web.Request) -> web.Response:
        person = self.person_of(request)
        if person is None:
            return web.json_response({"message": "401 Unauthorized"}, status=401)
        return web.json_response(
            {
                "id": int(person.subject),
                "login": person.login,
                "name": person.name,
                "avatar_url": person.avatar_url,
            }
        )

    async def emails(self, request: web.Request) -> web.Response:
        person = self.person_of(request)
        if person is None:
            return web.json_response({"message": "401 Unauthorized"}, status=401)
        state = "confirmed" if person.email_verified else "unconfirmed"
        listed = [{"email": person.email, "state": state, "scope": ["primary"]}]
        return web.json_response(listed if person.email else [])


class GiteeScenario(Scenario):
    name = "gitee"
    server_class = KitGitee
    optional_paths = ("/api/v5/emails",)

    def provider(self, server: FakeOAuth2Server, http: HttpClient) -> GiteeProvider:
        return GiteeProvider(http, server.url, server.client_id, server.client_secret)


async def test_gitee_keeps_the_plugin_contract() -> None:
    results = await check_provider(GiteeScenario())

    assert all(result.passed for result in results)
    assert len(results) == 12
