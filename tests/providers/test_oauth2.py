"""The generic OAuth2 provider's hooks, against the kit's fake fake over real HTTP."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from commons.plugin_kit import ALICE, REDIRECT_URI, FakeOAuth2Server
from commons.plugin_kit.http import OutboundLikeClient
from providers.base import InvalidCredentials, LinkedIdentity, ProviderUnavailable
from providers.oauth2 import ExternalProfile, OAuth2Provider


class Userinfo(OAuth2Provider):
    name = "userinfo"
    display_name = "Userinfo"
    revocation_path = "/revoke"

    async def profile(self, access_token: str) -> ExternalProfile:
        claims = await self.get_json("/userinfo", access_token)
        return ExternalProfile(subject=claims["sub"], login=claims["preferred_username"])


@pytest.fixture
async def fake() -> AsyncIterator[FakeOAuth2Server]:
    async with FakeOAuth2Server() as fake:
        yield fake


@pytest.fixture
async def http() -> AsyncIterator[OutboundLikeClient]:
    async with aiohttp.ClientSession() as session:
        yield OutboundLikeClient(session, "userinfo")


async def test_a_client_the_server_does_not_know_is_an_outage_not_the_persons_fault(
    fake: FakeOAuth2Server, http: OutboundLikeClient
) -> None:
    provider = Userinfo(http, fake.url, fake.client_id, "not-the-secret")
    code = fake.issue_code(ALICE, REDIRECT_URI)

    with pytest.raises(ProviderUnavailable) as raised:
        await provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI})

    assert (raised.value.endpoint, raised.value.status) == ("/oauth/token", 401)
    assert "invalid_client" in raised.value.detail


async def test_the_api_is_called_on_its_own_host_with_json_asked_for(
    fake: FakeOAuth2Server, http: OutboundLikeClient
) -> None:
    provider = Userinfo(http, fake.url, fake.client_id, fake.client_secret)
    provider_elsewhere = Userinfo(
        http, fake.url, fake.client_id, fake.client_secret, api_base_url="http://127.0.0.1:9"
    )
    code = fake.issue_code(ALICE, REDIRECT_URI)

    found = await provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI})

    assert (found.subject, found.login) == (ALICE.subject, ALICE.login)
    (token_request,) = fake.requests_to("/oauth/token")
    assert token_request.headers["Accept"] == "application/json"
    assert token_request.form["redirect_uri"] == REDIRECT_URI
    with pytest.raises(ProviderUnavailable) as raised:
        code = fake.issue_code(ALICE, REDIRECT_URI)
        await provider_elsewhere.authenticate({"code": code, "redirect_uri": REDIRECT_URI})
    assert raised.value.endpoint == "/userinfo"


async def test_revoking_ends_the_grant_at_the_server(
    fake: FakeOAuth2Server, http: OutboundLikeClient
) -> None:
    provider = Userinfo(http, fake.url, fake.client_id, fake.client_secret)
    code = fake.issue_code(ALICE, REDIRECT_URI)
    found = await provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI})

    await provider.revoke(
        LinkedIdentity("userinfo", found.subject, found.access_token, found.refresh_token)
    )

    assert fake.revoked == [found.refresh_token]
    assert found.refresh_token is not None
    with pytest.raises(InvalidCredentials):
        await provider.refresh(found.refresh_token)
