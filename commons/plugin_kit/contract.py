"""The provider contract, checked against a fake server: what a provider must do, not just say.

A plugin author describes a *scenario*: which fake server speaks their provider's API, how
to build the provider against it, and which endpoints are optional. The kit then signs
people in and breaks the server on purpose::

    class GitHubScenario(Scenario):
        name = "github"
        server_class = FakeGitHub
        optional_paths = ("/user/emails",)

        def provider(self, server, http):
            return GitHubProvider(http, server.url, server.client_id, server.client_secret,
                                  api_base_url=server.api_url)

    async def test_github_keeps_the_contract():
        await check_provider(GitHubScenario())

Each check runs on a fresh fake and provider, which gets an `HttpClient` that answers as
Commons' outbound client does (a 5xx or a dead server raise `ServiceUnavailable`);
`run_contract` returns every result, `check_provider` raises `ContractFailure` listing the
failed ones.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, replace
from importlib.metadata import entry_points
from typing import Any, ClassVar
from urllib.parse import parse_qs, urlsplit

import aiohttp

from commons.plugin_kit.database import throwaway_database
from commons.plugin_kit.fakes import FakeOAuth2Server, Person
from commons.plugin_kit.http import OutboundLikeClient
from providers.base import (
    CredentialCounter,
    IdentityProvider,
    InvalidCredentials,
    LinkedIdentity,
    ProviderUnavailable,
    RedirectProvider,
    RevokingProvider,
    VerifiedIdentity,
)
from providers.contract import check_description
from providers.http import HttpClient
from providers.plugins import Plugin

REDIRECT_URI = "https://portal.example/auth/callback"
# Faster than any real timeout; a provider that honours `timeout_seconds` gives up in time.
KIT_TIMEOUT_SECONDS = 0.3
SLOW_SERVER_SECONDS = 10.0
GIVE_UP_WITHIN_SECONDS = 3.0

# The people the kit signs in. Alice's address is verified, Bob's is not; both have logins
# that differ from their stable ids, and Bob's login starts with a digit.
ALICE = Person(
    subject="583231",
    login="octo-alice",
    name="Alice Example",
    avatar_url="https://avatars.example/u/583231",
    email="alice@example.org",
    email_verified=True,
)
BOB = Person(
    subject="1029",
    login="9bob",
    name="Bob Example",
    avatar_url=None,
    email="bob@example.org",
    email_verified=False,
)


class ContractFailure(AssertionError):
    """The provider broke the contract; the message lists every failed check."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    reason: str = ""


class Scenario:
    """How to test one provider. Subclass it: set `name`, `server_class`, write `provider`."""

    name: ClassVar[str]
    server_class: ClassVar[type[FakeOAuth2Server]] = FakeOAuth2Server
    # API paths whose 401/403/404 must not stop a sign-in (a hidden address list, ...).
    optional_paths: ClassVar[tuple[str, ...]] = ()

    def make_server(self) -> FakeOAuth2Server:
        return self.server_class()

    def provider(self, server: FakeOAuth2Server, http: HttpClient) -> IdentityProvider:
        """The provider under test, configured to talk to `server` through `http`."""
        raise NotImplementedError

    async def good_code(self, server: FakeOAuth2Server, person: Person, redirect_uri: str) -> str:
        """A code the server accepts for `person` (default: as its consent page issues)."""
        return server.issue_code(person, redirect_uri)

    def expected(self, person: Person) -> VerifiedIdentity:
        """What a sign-in of `person` must yield (tokens are not compared)."""
        verified = person.email_verified and person.email is not None
        return VerifiedIdentity(
            provider=self.name,
            subject=person.subject,
            login=person.login,
            nickname=person.name,
            avatar_url=person.avatar_url,
            email=person.email if verified else None,
            email_verified=verified,
        )


@dataclass
class _Run:
    scenario: Scenario
    server: FakeOAuth2Server
    provider: IdentityProvider

    async def sign_in(self, person: Person) -> VerifiedIdentity:
        code = await self.scenario.good_code(self.server, replace(person), REDIRECT_URI)
        return await self.provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI})

    def hints(self) -> str:
        """What the recorded requests say about a failed sign-in."""
        found: list[str] = []
        token_requests = self.server.requests_to(self.server.token_path)
        if token_requests and self.server.json_only_when_asked:
            accept = token_requests[-1].headers.get("Accept", "")
            if "application/json" not in accept:
                found.append("the token request does not send Accept: application/json")
        if self.server.separate_api_host:
            oauth_host = urlsplit(self.server.url).netloc
            misplaced = sorted(
                {
                    r.path
                    for r in self.server.requests
                    if r.host == oauth_host and r.path in self.server._api_paths
                }
            )
            if misplaced:
                found.append(f"API called on the OAuth host: {', '.join(misplaced)}")
        if not self.server.requests:
            found.append("the fake server never heard from the provider")
        return f" ({'; '.join(found)})" if found else ""


Check = Callable[[_Run], Awaitable[None]]


async def _raises(
    call: Awaitable[Any], wanted: type[Exception], what: str, run: _Run | None = None
) -> None:
    try:
        await call
    except wanted:
        return
    except Exception as exc:
        hint = run.hints() if run else ""
        raise AssertionError(
            f"{what}: must raise {wanted.__name__} only, raised {type(exc).__name__}: {exc}{hint}"
        ) from None
    raise AssertionError(f"{what}: must raise {wanted.__name__}, returned normally")


async def check_good_sign_in(run: _Run) -> None:
    """A person with a verified address signs in; the profile is mapped as it should be."""
    try:
        found = await run.sign_in(ALICE)
    except Exception as exc:
        raise AssertionError(
            f"a good code must sign in, raised {type(exc).__name__}: {exc}{run.hints()}"
        ) from None
    _compare(found, run.scenario.expected(ALICE))


def _compare(found: VerifiedIdentity, wanted: VerifiedIdentity) -> None:
    assert found.provider == wanted.provider, f"provider is {found.provider!r}"
    assert found.subject != (found.login or ""), "the subject must be the stable id, not the login"
    assert found.subject == wanted.subject, (
        f"subject {found.subject!r} is not the stable id {wanted.subject!r}"
    )
    for attribute in ("login", "nickname", "avatar_url"):
        got, want = getattr(found, attribute), getattr(wanted, attribute)
        assert got == want, f"{attribute} is {got!r}, expected {want!r}"
    if wanted.email_verified:
        assert (found.email, found.email_verified) == (wanted.email, True), (
            f"a verified address must come as email={wanted.email!r}, email_verified=True; "
            f"got {found.email!r}, {found.email_verified}"
        )
    else:
        assert not found.email_verified, "an unverified address is flagged verified"
        assert found.email is None, "an unverified address must not be passed on"


async def check_unverified_address(run: _Run) -> None:
    """An address the provider has not verified is neither passed on nor flagged verified."""
    try:
        found = await run.sign_in(BOB)
    except Exception as exc:
        raise AssertionError(
            f"a person with an unverified address must sign in, raised "
            f"{type(exc).__name__}: {exc}{run.hints()}"
        ) from None
    _compare(found, run.scenario.expected(BOB))


async def check_subject_is_stable(run: _Run) -> None:
    """After a rename at the provider the same account signs in: the subject is the id."""
    first = await run.sign_in(ALICE)
    renamed = replace(ALICE, login="alice-renamed")
    again = await run.sign_in(renamed)
    assert again.subject == first.subject, (
        f"the subject changed with the login ({first.subject!r} -> {again.subject!r})"
    )


async def check_wrong_codes(run: _Run) -> None:
    """Wrong, used and empty codes are the person's problem: InvalidCredentials, nothing else."""
    what = "a wrong code"
    await _raises(
        run.provider.authenticate({"code": "not-a-code", "redirect_uri": REDIRECT_URI}),
        InvalidCredentials,
        what,
        run,
    )
    code = await run.scenario.good_code(run.server, replace(ALICE), REDIRECT_URI)
    await run.provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI})
    await _raises(
        run.provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI}),
        InvalidCredentials,
        "a code used twice",
        run,
    )
    await _raises(run.provider.authenticate({}), InvalidCredentials, "no credentials")
    await _raises(
        run.provider.authenticate({"code": "", "redirect_uri": REDIRECT_URI}),
        InvalidCredentials,
        "an empty code",
    )


async def check_server_errors(run: _Run) -> None:
    """A 5xx from the token endpoint or the API is an outage: ProviderUnavailable only."""
    for status in (500, 502, 503):
        run.server.reset()
        run.server.fail(run.server.token_path, status)
        await _raises(run.sign_in(ALICE), ProviderUnavailable, f"a token endpoint {status}")
    run.server.reset()
    for path in sorted(run.server._api_paths):
        run.server.fail(path, 503)
    await _raises(run.sign_in(ALICE), ProviderUnavailable, "an API answering 503")


async def check_server_down(run: _Run) -> None:
    """A server that does not answer at all is an outage: ProviderUnavailable only."""
    code = await run.scenario.good_code(run.server, replace(ALICE), REDIRECT_URI)
    await run.server.stop()
    await _raises(
        run.provider.authenticate({"code": code, "redirect_uri": REDIRECT_URI}),
        ProviderUnavailable,
        "a server that is down",
    )


async def check_timeout(run: _Run) -> None:
    """A hanging server makes the provider give up after its `timeout_seconds`."""
    if not hasattr(run.provider, "timeout_seconds"):
        raise AssertionError("the provider declares no timeout_seconds")
    run.provider.timeout_seconds = KIT_TIMEOUT_SECONDS
    run.server.delay_seconds = SLOW_SERVER_SECONDS
    started = time.monotonic()
    await _raises(run.sign_in(ALICE), ProviderUnavailable, "a server slower than the timeout")
    waited = time.monotonic() - started
    assert waited < GIVE_UP_WITHIN_SECONDS, (
        f"the provider waited {waited:.1f} s although timeout_seconds was {KIT_TIMEOUT_SECONDS}"
    )


async def check_optional_endpoints(run: _Run) -> None:
    """Optional endpoints answering 401, 403 or 404 do not stop a sign-in."""
    for path in run.scenario.optional_paths:
        for status in (401, 403, 404):
            run.server.reset()
            run.server.fail(path, status)
            try:
                found = await run.sign_in(ALICE)
            except Exception as exc:
                raise AssertionError(
                    f"optional {path} answering {status} broke the sign-in: "
                    f"{type(exc).__name__}: {exc}"
                ) from None
            assert found.subject == ALICE.subject, f"optional {path} {status}: wrong subject"
            assert not (found.email_verified and found.email != ALICE.email), "wrong address"


async def check_authorize_url(run: _Run) -> None:
    """The authorize URL goes to the server's OAuth host with state and redirect unchanged."""
    if not isinstance(run.provider, RedirectProvider):
        raise AssertionError("an OAuth provider implements authorize_url (RedirectProvider)")
    state = "st4te-~.%/+ 😀"
    url = await run.provider.authorize_url(REDIRECT_URI, state)
    parts, server = urlsplit(url), urlsplit(run.server.url)
    assert (parts.scheme, parts.netloc) == (server.scheme, server.netloc), (
        f"the authorize URL goes to {parts.netloc}, not the OAuth host {server.netloc}"
    )
    query = parse_qs(parts.query)
    assert query.get("state") == [state], "the state must be passed on unchanged"
    assert query.get("redirect_uri") == [REDIRECT_URI], "the redirect URI must be passed on"


async def check_description_and_name(run: _Run) -> None:
    """A short lowercase name, equal to the scenario's and the entry point's."""
    check_description(run.provider)
    assert run.provider.name == run.scenario.name, (
        f"provider name {run.provider.name!r} differs from the scenario's {run.scenario.name!r}"
    )
    for entry in entry_points(group="commons.identity_providers"):
        module = entry.value.partition(":")[0]
        if type(run.provider).__module__.split(".")[0] != module.split(".")[0]:
            continue
        plugin = entry.load()
        if isinstance(plugin, Plugin):
            assert entry.name == run.provider.name, (
                f"entry point {entry.name!r} must equal the provider name {run.provider.name!r}"
            )


async def check_revoke(run: _Run) -> None:
    """Revoking a grant (on unbind, on erasure) works, and an outage there is only that."""
    if not isinstance(run.provider, RevokingProvider):
        return
    found = await run.sign_in(ALICE)
    linked = LinkedIdentity(found.provider, found.subject, found.access_token, found.refresh_token)
    await run.provider.revoke(linked)
    if run.server.revoked:
        assert found.refresh_token in run.server.revoked or found.access_token in run.server.revoked
    run.server.fail("*", 503)
    try:
        await run.provider.revoke(linked)
    except ProviderUnavailable:
        pass
    except Exception as exc:
        raise AssertionError(
            f"revoke against a failing server must raise ProviderUnavailable or nothing, "
            f"raised {type(exc).__name__}: {exc}"
        ) from None


async def check_counts_credentials(run: _Run) -> None:
    """An account that does not exist has no credentials here."""
    if isinstance(run.provider, CredentialCounter):
        assert await run.provider.active_credentials(-1) == 0, "active_credentials(unknown) != 0"


CHECKS: list[Check] = [
    check_description_and_name,
    check_authorize_url,
    check_good_sign_in,
    check_unverified_address,
    check_subject_is_stable,
    check_wrong_codes,
    check_server_errors,
    check_server_down,
    check_timeout,
    check_optional_endpoints,
    check_revoke,
    check_counts_credentials,
]


@asynccontextmanager
async def _fresh(scenario: Scenario, session: aiohttp.ClientSession) -> AsyncIterator[_Run]:
    server = scenario.make_server()
    await server.start()
    try:
        http = OutboundLikeClient(session, scenario.name)
        yield _Run(scenario, server, scenario.provider(server, http))
    finally:
        await server.stop()


async def run_contract(scenario: Scenario) -> list[CheckResult]:
    """Every check, each on a fresh server and provider; a database only if none is open."""
    results: list[CheckResult] = []
    async with throwaway_database(), aiohttp.ClientSession() as session:
        for check in CHECKS:
            name = check.__name__.removeprefix("check_")
            try:
                async with _fresh(scenario, session) as run:
                    await asyncio.wait_for(check(run), timeout=30)
            except AssertionError as exc:
                results.append(CheckResult(name, False, str(exc) or "failed"))
            except Exception as exc:
                results.append(CheckResult(name, False, f"{type(exc).__name__}: {exc}"))
            else:
                results.append(CheckResult(name, True))
    return results


async def check_provider(scenario: Scenario) -> list[CheckResult]:
    """Run the contract; raise `ContractFailure` naming every failed check."""
    results = await run_contract(scenario)
    failed = [r for r in results if not r.passed]
    if failed:
        lines = "\n".join(f"- {r.name}: {r.reason}" for r in failed)
        raise ContractFailure(f"{scenario.name} breaks the provider contract:\n{lines}")
    return results
