"""The kit fails each deliberately broken variant of a GitHub provider and passes the right one.

The broken variants are the bugs a first GitHub plugin had and the old contract missed."""

from __future__ import annotations

import socket
from typing import Any

import pytest

from commons.plugin_api import ExternalProfile, HttpClient
from commons.plugin_kit import CheckResult, ContractFailure, FakeOAuth2Server, check_provider
from commons.plugin_kit import run_contract as run
from tests.plugin_kit.fake_github import GitHubScenario
from tests.plugin_kit.github import GitHubProvider


class FlagsAnyAddressVerified(GitHubProvider):
    async def profile(self, access_token: str) -> ExternalProfile:
        found = await super().profile(access_token)
        emails = await self.get_json("/user/emails", access_token, optional=True) or []
        primary = next((e for e in emails if e.get("primary")), None)
        email = primary["email"] if primary else None
        return ExternalProfile(
            found.subject, found.login, found.nickname, found.avatar_url, email, True
        )


class AsksForNoJson(GitHubProvider):
    token_request_headers = {}


class SeesNoErrorIn200(GitHubProvider):
    def token_error(self, status: int, answer: Any) -> str | None:
        return None if status == 200 else super().token_error(status, answer)


class LoginAsSubject(GitHubProvider):
    async def profile(self, access_token: str) -> ExternalProfile:
        found = await super().profile(access_token)
        return ExternalProfile(
            found.login or "", found.login, found.nickname, found.avatar_url, found.email, True
        )


class OptionalOnlyWhenRefused(GitHubProvider):
    optional_statuses = frozenset({401, 403})


class ApiOnTheOAuthHost(GitHubProvider):
    def __init__(self, http: HttpClient, base_url: str, cid: str, secret: str, **_: Any) -> None:
        super().__init__(http, base_url, cid, secret)


def dead_url() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class DeadServerScenario(GitHubScenario):
    def provider(self, server: FakeOAuth2Server, http: HttpClient) -> GitHubProvider:
        dead = dead_url()
        return GitHubProvider(http, dead, server.client_id, server.client_secret, api_base_url=dead)


def variant(provider_class: type[GitHubProvider]) -> GitHubScenario:
    scenario = GitHubScenario()
    scenario.provider_class = provider_class
    return scenario


def failed(results: list[CheckResult]) -> dict[str, str]:
    return {r.name: r.reason for r in results if not r.passed}


async def test_the_correct_github_provider_passes_every_check() -> None:
    results = await check_provider(GitHubScenario())

    assert [r.name for r in results] == [
        "description_and_name",
        "authorize_url",
        "good_sign_in",
        "unverified_address",
        "subject_is_stable",
        "wrong_codes",
        "server_errors",
        "server_down",
        "timeout",
        "optional_endpoints",
        "revoke",
        "counts_credentials",
    ]
    assert all(r.passed for r in results)


@pytest.mark.parametrize(
    ("broken", "check", "reason"),
    [
        (FlagsAnyAddressVerified, "unverified_address", "unverified address is flagged verified"),
        (AsksForNoJson, "good_sign_in", "does not send Accept: application/json"),
        (SeesNoErrorIn200, "wrong_codes", "must raise InvalidCredentials only, raised Provider"),
        (LoginAsSubject, "good_sign_in", "must be the stable id, not the login"),
        (LoginAsSubject, "subject_is_stable", "the subject changed with the login"),
        (OptionalOnlyWhenRefused, "optional_endpoints", "/user/emails answering 404 broke"),
        (ApiOnTheOAuthHost, "good_sign_in", "API called on the OAuth host: /user"),
    ],
)
async def test_the_kit_fails_a_broken_variant_naming_the_bug(
    broken: type[GitHubProvider], check: str, reason: str
) -> None:
    failures = failed(await run(variant(broken)))

    assert check in failures, failures
    assert reason in failures[check]


async def test_a_provider_talking_to_a_server_that_does_not_exist_fails() -> None:
    failures = failed(await run(DeadServerScenario()))

    assert "good_sign_in" in failures
    assert "never heard from the provider" in failures["good_sign_in"]
    with pytest.raises(ContractFailure, match="github breaks the provider contract"):
        await check_provider(DeadServerScenario())
