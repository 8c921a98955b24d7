"""A fake GitHub on the kit's base: OAuth on one host, the API on another, GitHub's quirks."""

from __future__ import annotations

from aiohttp import web

from commons.plugin_api import HttpClient
from commons.plugin_kit import FakeOAuth2Server, Scenario
from tests.plugin_kit.github import GitHubProvider


class FakeGitHub(FakeOAuth2Server):
    authorize_path = "/login/oauth/authorize"
    token_path = "/login/oauth/access_token"
    userinfo_path = None
    errors_with_200 = True  # {"error": "bad_verification_code"} with 200 OK
    json_only_when_asked = True  # form-encoded unless Accept: application/json
    separate_api_host = True  # github.com and api.github.com

    def __init__(self) -> None:
        super().__init__()
        self.api_route("GET", "/user", self.user)
        self.api_route("GET", "/user/emails", self.emails)

    async def user(self, request: web.Request) -> web.Response:
        person = self.person_of(request)
        if person is None:
            return web.json_response({"message": "Bad credentials"}, status=401)
        return web.json_response(
            {
                "id": int(person.subject),
                "login": person.login,
                "name": person.name,
                "avatar_url": person.avatar_url,
                "email": None,  # the public address, if any: not necessarily verified
                "bio": "not kept",
            }
        )

    async def emails(self, request: web.Request) -> web.Response:
        person = self.person_of(request)
        if person is None:
            return web.json_response({"message": "Bad credentials"}, status=401)
        listed = [{"email": "old@example.org", "primary": False, "verified": True}]
        if person.email:
            listed.append(
                {"email": person.email, "primary": True, "verified": person.email_verified}
            )
        return web.json_response(listed)


class GitHubScenario(Scenario):
    name = "github"
    server_class = FakeGitHub
    optional_paths = ("/user/emails",)
    provider_class: type[GitHubProvider] = GitHubProvider

    def provider(self, server: FakeOAuth2Server, http: HttpClient) -> GitHubProvider:
        return self.provider_class(
            http, server.url, server.client_id, server.client_secret, api_base_url=server.api_url
        )


def scenario() -> Scenario:
    return GitHubScenario()
