"""CLA status over HTTP against the fake CLA service: signed, not signed, an old version,
the Gitee commit address, caching, the background refresh and the rate limit."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from jobs.participation import refresh_cla_statuses, sync_contributions
from models.community.cla import ClaCheck
from services.community import sigs
from services.identity.container import Services
from services.kernel import clock
from tests.fakes.cla import FakeClaService
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.fakes.gitee_api import FakeGiteeApi
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.oauth import LINK, authorize
from tests.support.privacy import finish_jobs, job_context

CLA = "{ me { cla { signed versionMatched checkedAt email } } }"
REFRESH = """mutation { refreshClaStatus {
  cla { signed versionMatched checkedAt email } userErrors { field message code } } }"""
CLAIMED = "{ me { contributions(first: 5) { nodes { title claSigned } } } }"


async def refresh(client: GraphQLClient) -> dict[str, object]:
    return await client.mutate("refreshClaStatus", REFRESH)


async def test_signed_not_signed_and_an_old_version_each_read_as_such(
    client: GraphQLClient, mailbox: Mailbox, cla_server: FakeClaService
) -> None:
    await sign_up(client, mailbox)

    unsigned = await refresh(client)
    assert unsigned["userErrors"] == []
    assert unsigned["cla"] == {
        "signed": False,
        "versionMatched": False,
        "checkedAt": unsigned["cla"]["checkedAt"],  # type: ignore[index]
        "email": None,
    }
    cla_server.sign("alice@example.org", version_matched=False)
    old = (await refresh(client))["cla"]
    assert old["signed"] is True and old["versionMatched"] is False  # type: ignore[index]
    cla_server.sign("alice@example.org")
    current = (await refresh(client))["cla"]
    assert current["signed"] is True and current["versionMatched"] is True  # type: ignore[index]
    assert current["email"] == "alice@example.org"  # type: ignore[index]
    assert cla_server.lookups == ["alice@example.org"] * 3
    # Reading is served from the cache: the service is not asked again.
    assert (await client.execute(CLA))["me"]["cla"]["signed"] is True
    assert cla_server.calls == 3


async def test_the_gitee_commit_address_counts_and_imports_carry_the_status(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    gitee: FakeGitee,
    gitee_api_server: FakeGiteeApi,
    cla_server: FakeClaService,
) -> None:
    api = gitee_api_server
    at_api = api.add_user("lilei", "Li Lei")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, at_api, "Signed work")
    await sigs.set_sig("kernel", sigs.SigChange(repositories=["openeuler/kernel"]))
    await sign_up(client, mailbox)
    commits = {"email": "lilei@commits.example", "state": "confirmed", "scope": ["committed"]}
    gitee.approve_as(GiteeUser(id=at_api.id, login="lilei", name="Li Lei", emails=[commits]))
    linked = await client.mutate(
        "linkIdentity", LINK, input={"oauth": await authorize(client, "gitee")}
    )
    assert linked["userErrors"] == []
    cla_server.sign("lilei@commits.example")

    status = (await refresh(client))["cla"]

    assert status["signed"] is True and status["email"] == "lilei@commits.example"  # type: ignore[index]
    assert sorted(cla_server.lookups) == ["alice@example.org", "lilei@commits.example"]
    async with job_context(services) as ctx:
        await sync_contributions(ctx)
    nodes = (await client.execute(CLAIMED))["me"]["contributions"]["nodes"]
    assert nodes == [{"title": "Signed work", "claSigned": True}]


async def test_a_stale_status_is_refreshed_in_the_background_and_by_the_periodic_job(
    client: GraphQLClient, mailbox: Mailbox, services: Services, cla_server: FakeClaService
) -> None:
    await sign_up(client, mailbox)
    cla_server.sign("alice@example.org")

    never = (await client.execute(CLA))["me"]["cla"]
    assert never == {"signed": False, "versionMatched": False, "checkedAt": None, "email": None}
    await finish_jobs(services)
    assert (await client.execute(CLA))["me"]["cla"]["signed"] is True

    cla_server.revoke("alice@example.org")
    calls = cla_server.calls
    async with job_context(services) as ctx:
        assert await refresh_cla_statuses(ctx) == 0  # still fresh
        with time_machine.travel(clock.now() + timedelta(hours=25)):
            assert await refresh_cla_statuses(ctx) == 1
    assert cla_server.calls == calls + 1
    assert not (await ClaCheck.get(email="alice@example.org")).signed


async def test_on_demand_checks_are_rate_limited_and_an_outage_is_a_clear_answer(
    client: GraphQLClient, mailbox: Mailbox, services: Services, cla_server: FakeClaService
) -> None:
    await sign_up(client, mailbox)
    cla_server.fail_next_5xx = services.settings.outbound_attempts
    down = await refresh(client)
    assert codes_of(down) == ["PROVIDER_UNAVAILABLE"]
    for _ in range(services.settings.cla_refreshes_per_hour - 1):
        assert (await refresh(client))["userErrors"] == []
    assert codes_of(await refresh(client)) == ["RATE_LIMITED"]


async def test_a_visitor_sees_no_cla_status(client: GraphQLClient) -> None:
    assert (await client.execute(CLA))["me"] is None
    assert codes_of(await refresh(client)) == ["UNAUTHENTICATED"]
