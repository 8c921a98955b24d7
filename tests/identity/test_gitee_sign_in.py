"""Sign-in with Gitee against a fake Gitee, over HTTP as a browser and frontend do it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
import time_machine
from structlog.testing import capture_logs

from models.identity.identities import ExternalIdentity
from services.identity.container import Services
from services.identity.identities import fresh_access_token
from services.identity.provider_tokens import unseal
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.support.accounts import sign_up
from tests.support.client import LOG_IN, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.oauth import IDENTITIES, START_OAUTH, authorize, oauth_log_in

LOG_OUT = "mutation { logOut { userErrors { code } } }"

MEIMEI = GiteeUser(
    id=4242,
    login="han.meimei",
    name="韩梅梅",
    emails=[
        {"email": "old@example.org", "state": "unconfirmed", "scope": ["primary"]},
        {"email": "meimei@example.org", "state": "confirmed", "scope": ["committed"]},
    ],
)


async def test_signing_in_with_gitee_creates_an_account_and_signing_in_again_reuses_it(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)

    first = await oauth_log_in(client, "gitee")
    assert first["userErrors"] == []
    assert first["user"]["username"] == "han-meimei"
    me = (await client.execute(IDENTITIES))["me"]
    assert me["identities"][0]["provider"] == "gitee"
    assert me["identities"][0]["login"] == "han.meimei"

    await client.execute(LOG_OUT)
    again = await oauth_log_in(client, "gitee")
    assert again["user"] == first["user"]
    assert await ExternalIdentity.filter(provider="gitee").count() == 1


async def test_only_what_the_privacy_statement_lists_is_kept(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)
    await oauth_log_in(client, "gitee")

    stored = await ExternalIdentity.get(provider="gitee").select_related("user")
    assert (stored.subject, stored.login, stored.nickname, stored.email) == (
        "4242",
        "han.meimei",
        "韩梅梅",
        "meimei@example.org",
    )
    assert stored.avatar_url == MEIMEI.avatar_url
    # Bio, blog and the Gitee address are not copied anywhere, nor linked by e-mail.
    assert stored.user.email is None
    values = [str(v) for v in stored.__dict__.values()]
    assert not any(MEIMEI.bio in v or MEIMEI.blog in v for v in values)


async def test_a_taken_username_gets_a_suffix(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox, username="han-meimei", email="someone@example.org")
    await client.execute(LOG_OUT)
    gitee.approve_as(MEIMEI)

    signed_in = await oauth_log_in(client, "gitee")

    assert signed_in["user"]["username"] == "han-meimei-2"


async def test_a_callback_from_another_browser_is_refused(
    client: GraphQLClient, other_browser: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)
    stolen = await authorize(client, "gitee")

    answer = await other_browser.mutate("logIn", LOG_IN, input={"oauth": stolen})

    assert codes_of(answer) == ["OAUTH_STATE_MISMATCH"]
    assert answer["user"] is None
    assert await ExternalIdentity.all().count() == 0


async def test_a_state_is_good_for_one_callback_only(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)
    callback = await authorize(client, "gitee")
    assert (await client.mutate("logIn", LOG_IN, input={"oauth": callback}))["userErrors"] == []

    replay = await client.mutate("logIn", LOG_IN, input={"oauth": callback})

    assert codes_of(replay) == ["OAUTH_STATE_MISMATCH"]


async def test_a_bad_code_is_a_user_error_not_a_failure(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)
    callback = await authorize(client, "gitee")

    answer = await client.mutate("logIn", LOG_IN, input={"oauth": {**callback, "code": "made-up"}})

    assert codes_of(answer) == ["INVALID_CREDENTIALS"]
    assert answer["userErrors"][0]["field"] == ["input", "oauth", "code"]


@pytest.mark.parametrize("status", [401, 403])
async def test_hidden_gitee_addresses_do_not_stop_the_sign_in(
    client: GraphQLClient, gitee: FakeGitee, status: int
) -> None:
    gitee.approve_as(MEIMEI)
    gitee.emails_status = status

    signed_in = await oauth_log_in(client, "gitee")

    assert signed_in["userErrors"] == []
    assert (await ExternalIdentity.get(provider="gitee")).email is None


async def test_a_gitee_outage_is_reported_as_unavailable(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(MEIMEI)
    gitee.token_failures = 1

    with capture_logs() as logs:
        answer = await oauth_log_in(client, "gitee")

    assert codes_of(answer) == ["PROVIDER_UNAVAILABLE"]
    (line,) = [entry for entry in logs if entry["event"] == "identity provider unavailable"]
    assert (line["provider"], line["endpoint"], line["status"]) == ("gitee", "/oauth/token", 502)
    # No code, token, address or name of the person in the line.
    assert "code=" not in str(line) and MEIMEI.login not in str(line)


async def test_start_refuses_unknown_providers_and_foreign_redirects(
    client: GraphQLClient,
) -> None:
    unknown = await client.mutate(
        "startOAuth",
        START_OAUTH,
        input={"provider": "myspace", "redirectUri": "https://portal.example/cb"},
    )
    foreign = await client.mutate(
        "startOAuth",
        START_OAUTH,
        input={"provider": "gitee", "redirectUri": "https://evil.example/cb"},
    )

    assert codes_of(unknown) == ["UNKNOWN_PROVIDER"]
    assert codes_of(foreign) == ["INVALID_REDIRECT_URI"]


async def test_an_expired_gitee_token_is_renewed_with_the_refresh_token(
    client: GraphQLClient, gitee: FakeGitee, services: Services
) -> None:
    gitee.approve_as(MEIMEI)
    await oauth_log_in(client, "gitee")
    identity = await ExternalIdentity.get(provider="gitee")
    first_token = unseal(services.settings, identity.access_token)
    assert first_token is not None and gitee.person_of(first_token) is MEIMEI
    assert first_token not in (identity.access_token or "")  # encrypted at rest

    assert await fresh_access_token(services, identity) == first_token
    assert gitee.refreshes == 0

    assert identity.token_expires_at is not None
    with time_machine.travel(identity.token_expires_at + timedelta(seconds=1)):
        gitee.expire_tokens()
        renewed = await fresh_access_token(services, identity)

    assert renewed is not None and renewed != first_token
    assert gitee.refreshes == 1
    assert gitee.person_of(renewed) is MEIMEI
    stored = await ExternalIdentity.get(provider="gitee")
    assert unseal(services.settings, stored.access_token) == renewed


async def test_a_refused_refresh_token_asks_for_a_new_sign_in(
    client: GraphQLClient,
    gitee: FakeGitee,
    services: Services,
    forget_rate_limits: Callable[[], None],
) -> None:
    gitee.approve_as(MEIMEI)
    await oauth_log_in(client, "gitee")
    identity = await ExternalIdentity.get(provider="gitee")
    gitee.reset()  # Gitee forgot every token, as after the person revoked the app

    assert identity.token_expires_at is not None
    with time_machine.travel(identity.token_expires_at):
        assert await fresh_access_token(services, identity) is None

    assert (await ExternalIdentity.get(provider="gitee")).refresh_token is None
