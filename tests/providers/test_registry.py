"""The registry: built-ins enabled by settings, plugins by entry point, names unique."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest

from providers.base import InvalidCredentials, ProviderKind, VerifiedIdentity
from providers.registry import ProviderRegistry, build_registry, provider_environment
from services.gate.outbound import OutboundClient
from settings import Settings


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def outbound(http: aiohttp.ClientSession, settings: Settings | None = None) -> OutboundClient:
    return OutboundClient(settings or Settings(_env_file=None), http)


def names(registry: ProviderRegistry) -> list[str]:
    return [provider.name for provider in registry]


async def test_unconfigured_providers_stay_disabled(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OIDC_EXAMPLE_ISSUER", raising=False)
    registry = build_registry(Settings(_env_file=None), outbound(http), [])

    assert names(registry) == []


async def test_configured_built_ins_and_plugins_are_enabled_in_order(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OIDC_EXAMPLE_ISSUER", "https://sso.example")
    monkeypatch.setenv("OIDC_EXAMPLE_CLIENT_ID", "id")
    monkeypatch.setenv("OIDC_EXAMPLE_CLIENT_SECRET", "secret")
    settings = Settings(_env_file=None, gitee_client_id="id", gitee_client_secret="secret")

    registry = build_registry(settings, outbound(http, settings), [])

    assert names(registry) == ["gitee", "oidc-example"]
    assert registry.redirecting("gitee") is registry.get("gitee")


class Named:
    kind = ProviderKind.PASSWORD
    display_name = "Named"

    def __init__(self, name: str) -> None:
        self.name = name

    async def authenticate(self, credentials: object) -> VerifiedIdentity:
        raise InvalidCredentials


def test_two_providers_with_one_name_stop_the_start() -> None:
    with pytest.raises(RuntimeError, match="two identity providers are named 'gitee'"):
        ProviderRegistry([Named("gitee"), Named("gitee")])


def test_a_password_provider_does_not_start_with_a_redirect() -> None:
    registry = ProviderRegistry([Named("password")])

    assert registry.redirecting("password") is None
    assert registry.get("nope") is None


def test_plugin_settings_come_from_their_own_prefix() -> None:
    environ = {"CAMPUS_CLIENT_ID": "x", "CAMPUS_ISSUER": "https://i", "OTHER_CLIENT_ID": "y"}

    assert provider_environment("CAMPUS_", environ) == {"client_id": "x", "issuer": "https://i"}
