"""The registry: built-ins enabled by settings, plugins by entry point, names and versions
checked at start, plugin settings from the environment and `.env`, and why one is off."""

from __future__ import annotations

from collections.abc import AsyncIterator
from importlib.metadata import EntryPoint
from pathlib import Path

import aiohttp
import pytest
from structlog.testing import capture_logs

from providers.base import ProviderUnavailable
from providers.http import SessionClient
from providers.plugins import IncompatiblePlugin
from providers.registry import (
    ENTRY_POINT_GROUP,
    ProviderRegistry,
    build_plugin,
    build_registry,
    load_plugin,
    log_unavailable,
)
from services.gate.outbound import OutboundClient
from settings import Settings
from tests.providers.plugin_samples import Named


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def outbound(http: aiohttp.ClientSession, settings: Settings | None = None) -> OutboundClient:
    return OutboundClient(settings or Settings(_env_file=None), http)


def names(registry: ProviderRegistry) -> list[str]:
    return [provider.name for provider in registry]


def only_the_example(**values: object) -> Settings:
    """Whatever else is installed, these tests see the example plugin alone."""
    return Settings(_env_file=None, provider_plugins="oidc-example", **values)  # type: ignore[arg-type]


def sample(attribute: str, name: str = "campus") -> EntryPoint:
    return EntryPoint(name, f"tests.providers.plugin_samples:{attribute}", ENTRY_POINT_GROUP)


async def test_unconfigured_providers_stay_disabled_and_the_log_says_what_to_set(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("ISSUER", "CLIENT_ID", "CLIENT_SECRET"):
        monkeypatch.delenv(f"OIDC_EXAMPLE_{key}", raising=False)
    with capture_logs() as logs:
        registry = build_registry(only_the_example(), outbound(http), [], env_file=None)

    assert names(registry) == []
    (line,) = [entry for entry in logs if entry.get("provider") == "oidc-example"]
    assert line["event"] == "identity provider disabled"
    assert line["reason"].startswith("not configured (set OIDC_EXAMPLE_ISSUER")


async def test_configured_built_ins_and_plugins_are_enabled_in_order(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OIDC_EXAMPLE_ISSUER", "https://sso.example")
    monkeypatch.setenv("OIDC_EXAMPLE_CLIENT_ID", "id")
    monkeypatch.setenv("OIDC_EXAMPLE_CLIENT_SECRET", "secret")
    settings = only_the_example(gitee_client_id="id", gitee_client_secret="secret")

    registry = build_registry(settings, outbound(http, settings), [], env_file=None)

    assert names(registry) == ["gitee", "oidc-example"]
    assert registry.redirecting("gitee") is registry.get("gitee")


async def test_plugin_settings_come_from_dot_env_as_from_the_environment(
    http: aiohttp.ClientSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in ("ISSUER", "CLIENT_ID", "CLIENT_SECRET", "DISPLAY_NAME"):
        monkeypatch.delenv(f"OIDC_EXAMPLE_{key}", raising=False)
    env = tmp_path / ".env"
    env.write_text(
        "OIDC_EXAMPLE_ISSUER=https://sso.example\nOIDC_EXAMPLE_CLIENT_ID=id\n"
        "OIDC_EXAMPLE_CLIENT_SECRET=secret\nOIDC_EXAMPLE_DISPLAY_NAME=Campus SSO\nOTHER=1\n"
    )

    registry = build_registry(only_the_example(), outbound(http), [], env_file=str(env))

    provider = registry.get("oidc-example")
    assert provider is not None and provider.display_name == "Campus SSO"


async def test_a_half_configured_plugin_stays_off_and_the_log_names_what_is_missing(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPUS_CLIENT_ID", "id")
    monkeypatch.delenv("CAMPUS_CLIENT_SECRET", raising=False)
    with capture_logs() as logs:
        built = build_plugin(load_plugin(sample("campus")), SessionClient(http), env_file=None)

    assert built is None
    assert logs[-1]["log_level"] == "warning"
    assert logs[-1]["reason"] == "incomplete configuration: missing CAMPUS_CLIENT_SECRET"
    assert "id" not in logs[-1]["reason"].split()


async def test_a_configured_plugin_is_built_with_its_prefixed_settings(
    http: aiohttp.ClientSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CAMPUS_CLIENT_ID", "id")
    monkeypatch.setenv("CAMPUS_CLIENT_SECRET", "secret")

    built = build_plugin(load_plugin(sample("campus")), SessionClient(http), env_file=None)

    assert built is not None and built.name == "campus"


def test_a_plugin_for_another_major_version_stops_the_start_with_a_clear_error() -> None:
    with pytest.raises(IncompatiblePlugin, match=r"written for plugin API 2\.0.*offers 1\.0"):
        load_plugin(sample("from_the_future"))
    with pytest.raises(IncompatiblePlugin, match=r"plugin API 1\.9"):
        load_plugin(sample("needs_newer_minor"))


def test_names_are_checked_against_the_entry_point_at_start(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with pytest.raises(RuntimeError, match="equal to the plugin's name"):
        load_plugin(sample("misnamed"))
    with pytest.raises(RuntimeError, match="equal to the plugin's name"):
        load_plugin(sample("campus", name="Campus"))
    with pytest.raises(RuntimeError, match=r"not a commons\.plugin_api\.Plugin"):
        load_plugin(sample("not_a_plugin"))
    monkeypatch.setenv("CAMPUS_CLIENT_ID", "id")
    monkeypatch.setenv("CAMPUS_CLIENT_SECRET", "secret")
    with pytest.raises(RuntimeError, match="built a provider named 'other'"):
        build_plugin(load_plugin(sample("builds_another")), SessionClient(None), env_file=None)  # type: ignore[arg-type]


def test_two_providers_with_one_name_stop_the_start() -> None:
    with pytest.raises(RuntimeError, match="two identity providers are named 'gitee'"):
        ProviderRegistry([Named("gitee"), Named("gitee")])


def test_a_provider_with_a_bad_name_does_not_start() -> None:
    with pytest.raises(RuntimeError, match="'Bad Name!' is not a short lowercase id"):
        ProviderRegistry([Named("Bad Name!")])


def test_a_password_provider_does_not_start_with_a_redirect() -> None:
    registry = ProviderRegistry([Named("password")])

    assert registry.redirecting("password") is None
    assert registry.get("nope") is None


def test_an_outage_is_logged_with_provider_endpoint_and_status_only() -> None:
    failure = ProviderUnavailable(
        "token endpoint answered 502", service="gitee", endpoint="/oauth/token", status=502
    )
    with capture_logs() as logs:
        log_unavailable("gitee", failure)

    assert logs == [
        {
            "event": "identity provider unavailable",
            "log_level": "warning",
            "provider": "gitee",
            "endpoint": "/oauth/token",
            "status": 502,
            "detail": "token endpoint answered 502",
        }
    ]


async def test_a_plugin_named_in_provider_plugins_but_not_installed_is_logged(
    http: aiohttp.ClientSession,
) -> None:
    settings = Settings(_env_file=None, provider_plugins="oidc-example,campuz")

    with capture_logs() as logs:
        build_registry(settings, outbound(http, settings), [], env_file=None)

    missing = [line for line in logs if line.get("provider") == "campuz"]
    assert [(m["event"], m["log_level"]) for m in missing] == [
        ("identity provider plugin not installed", "warning")
    ]
