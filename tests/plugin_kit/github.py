"""Sign-in with GitHub, written as a plugin author would, on `commons.plugin_api` alone."""

from __future__ import annotations

from commons.plugin_api import (
    ExternalProfile,
    OAuth2Provider,
    Plugin,
    PluginSettings,
    ProviderUnavailable,
)


class GitHubProvider(OAuth2Provider):
    name = "github"
    display_name = "GitHub"
    authorize_path = "/login/oauth/authorize"
    token_path = "/login/oauth/access_token"
    scopes = ("read:user", "user:email")

    async def profile(self, access_token: str) -> ExternalProfile:
        user = await self.get_json("/user", access_token)
        if not isinstance(user, dict) or "id" not in user:
            raise ProviderUnavailable("/user answered without an id", service=self.name)
        # Hidden or not granted: GitHub answers 404 or 403, and we go on without an address.
        emails = await self.get_json("/user/emails", access_token, optional=True) or []
        primary = next((e for e in emails if e.get("primary") and e.get("verified")), None)
        return ExternalProfile(
            subject=str(user["id"]),  # the login can be renamed; the id cannot
            login=user.get("login"),
            nickname=user.get("name"),
            avatar_url=user.get("avatar_url"),
            email=primary["email"] if primary else None,
            email_verified=primary is not None,
        )


class GitHubSettings(PluginSettings):
    client_id: str
    client_secret: str
    base_url: str = "https://github.com"
    api_base_url: str = "https://api.github.com"


plugin = Plugin(
    name="github",
    api_version="1.0",
    settings=GitHubSettings,
    build=lambda config, http: GitHubProvider(
        http,
        config.base_url,
        config.client_id,
        config.client_secret,
        api_base_url=config.api_base_url,
    ),
    scenario="tests.plugin_kit.fake_github:scenario",  # for `commons providers check` (step 6)
)
