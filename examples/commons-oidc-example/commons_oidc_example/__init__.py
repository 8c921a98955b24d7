"""Sign-in with an OpenID Connect server: a Commons identity provider outside the core.

Registered through the entry point `commons.identity_providers` (see pyproject.toml); Commons
finds it at start-up and calls `make_provider(settings, http)`.
"""

from __future__ import annotations

from providers.http import HttpClient
from providers.oauth2 import ExternalProfile, OAuth2Provider
from providers.registry import provider_environment
from settings import Settings

PREFIX = "OIDC_EXAMPLE_"


class OidcProvider(OAuth2Provider):
    name = "oidc-example"
    display_name = "OpenID Connect"
    authorize_path = "/authorize"
    token_path = "/token"
    scopes = ("openid", "profile", "email")
    # The core adds a PKCE challenge to the authorize URL and the verifier to the token call.
    supports_pkce = True

    async def profile(self, access_token: str) -> ExternalProfile:
        claims = await self.get_json("/userinfo", access_token)
        return ExternalProfile(
            subject=str(claims["sub"]),
            login=claims.get("preferred_username"),
            nickname=claims.get("name"),
            avatar_url=claims.get("picture"),
            # An address the server has not verified proves nothing; leave it out.
            email=claims.get("email") if claims.get("email_verified") else None,
        )


def make_provider(settings: Settings, http: HttpClient) -> OidcProvider | None:
    """Enabled when OIDC_EXAMPLE_ISSUER, _CLIENT_ID and _CLIENT_SECRET are set."""
    config = provider_environment(PREFIX)
    if not all(config.get(key) for key in ("issuer", "client_id", "client_secret")):
        return None
    provider = OidcProvider(http, config["issuer"], config["client_id"], config["client_secret"])
    provider.display_name = config.get("display_name", OidcProvider.display_name)
    return provider
