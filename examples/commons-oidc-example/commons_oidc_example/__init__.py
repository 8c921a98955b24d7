"""Sign-in with an OpenID Connect server: a Commons identity provider outside the core.

Registered through the entry point `commons.identity_providers` (see pyproject.toml), which
names `plugin`; Commons reads its settings (OIDC_EXAMPLE_* in the environment or `.env`)
and builds the provider at start-up. It imports nothing but `commons.plugin_api`.
"""

from __future__ import annotations

from commons.plugin_api import (
    ExternalProfile,
    HttpClient,
    OAuth2Provider,
    Plugin,
    PluginSettings,
    ProviderUnavailable,
)


class OidcProvider(OAuth2Provider):
    name = "oidc-example"
    display_name = "OpenID Connect"
    authorize_path = "/authorize"
    token_path = "/token"
    revocation_path = "/revoke"  # RFC 7009: unbinding and erasure end the grant
    scopes = ("openid", "profile", "email")
    # The core adds a PKCE challenge to the authorize URL and the verifier to the token call.
    supports_pkce = True

    async def profile(self, access_token: str) -> ExternalProfile:
        claims = await self.get_json("/userinfo", access_token)
        if not isinstance(claims, dict) or not claims.get("sub"):
            raise ProviderUnavailable("userinfo without a subject", service=self.name)
        verified = claims.get("email_verified") is True
        return ExternalProfile(
            subject=str(claims["sub"]),
            login=claims.get("preferred_username"),
            nickname=claims.get("name"),
            avatar_url=claims.get("picture"),
            # An address the server has not verified proves nothing; leave it out.
            email=claims.get("email") if verified else None,
            email_verified=verified,
        )


class OidcSettings(PluginSettings):
    """OIDC_EXAMPLE_ISSUER, _CLIENT_ID, _CLIENT_SECRET (required), _DISPLAY_NAME."""

    issuer: str
    client_id: str
    client_secret: str
    display_name: str = OidcProvider.display_name


def build(config: OidcSettings, http: HttpClient) -> OidcProvider:
    provider = OidcProvider(http, config.issuer, config.client_id, config.client_secret)
    provider.display_name = config.display_name
    return provider


plugin = Plugin(
    name="oidc-example",
    api_version="1.0",
    settings=OidcSettings,
    build=build,
    scenario="commons_oidc_example.contract:scenario",
)
