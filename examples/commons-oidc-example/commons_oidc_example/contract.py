"""The example plugin's contract scenario: a fake OpenID Connect server and how to point the
provider at it. `pytest` (tests/test_contract.py) and `commons providers check` run it."""

from __future__ import annotations

from commons.plugin_api import HttpClient
from commons.plugin_kit import FakeOAuth2Server, Scenario
from commons_oidc_example import OidcProvider


class FakeOidcServer(FakeOAuth2Server):
    """/authorize, /token, /revoke and /userinfo (the kit's claims), `openid` required."""

    authorize_path = "/authorize"
    token_path = "/token"
    required_scopes = frozenset({"openid"})


class OidcScenario(Scenario):
    name = "oidc-example"
    server_class = FakeOidcServer

    def provider(self, server: FakeOAuth2Server, http: HttpClient) -> OidcProvider:
        return OidcProvider(http, server.url, server.client_id, server.client_secret)


def scenario() -> Scenario:
    return OidcScenario()
