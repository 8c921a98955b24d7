"""Contributions over HTTP, as a member and a visitor see them: imported after the job runs,
added by hand, shown to others only with publication consent, counted anonymously."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from jobs.participation import sync_contributions
from jobs.worker import FUNCTIONS, PERIODIC
from services.community import sigs
from services.identity.container import Services
from tests.conftest import RunningServer
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.fakes.gitee_api import ApiUser, FakeGiteeApi
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.oauth import LINK, authorize
from tests.support.policies import publish_statement
from tests.support.privacy import job_context

MY_CONTRIBUTIONS = """
query Mine($filter: ContributionFilter) { me {
  contributions(filter: $filter, first: 20) { totalCount edges { node {
    id kind title url repository sig { name } occurredAt mergedAt source claSigned } } }
  contributionStats { pullRequests mergedPullRequests issues comments other }
} }"""
MEMBER = """
query Member($username: String!) { member(username: $username) {
  username contributions(first: 10) { totalCount nodes { title } }
  contributionStats { pullRequests issues }
} }"""
PUBLIC_STATS = """
query Stats($filter: ContributionStatsFilter) { contributionStats(filter: $filter) {
  sig month stats { pullRequests mergedPullRequests issues comments other } } }"""
ADD = """
mutation Add($input: AddContributionInput!) { addContribution(input: $input) {
  contribution { id kind title url sig { name } source occurredAt }
  userErrors { field message code } } }"""
REMOVE = """
mutation Remove($input: RemoveContributionInput!) { removeContribution(input: $input) {
  removedId userErrors { field message code } } }"""
UPDATE_PROFILE = """
mutation Update($input: UpdatePublicProfileInput!) { updatePublicProfile(input: $input) {
  publicProfile { name visible published } userErrors { field message code } } }"""


@pytest.fixture
async def visitor(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    graphql = GraphQLClient(server.base_url, user_agent="a-visitor")
    yield graphql
    await graphql.close()


async def bind_gitee(client: GraphQLClient, gitee: FakeGitee, at_api: ApiUser) -> None:
    """Bind the Gitee account whose API user is `at_api`, through the real OAuth flow."""
    gitee.approve_as(GiteeUser(id=at_api.id, login=at_api.login, name=at_api.name))
    callback = await authorize(client, "gitee")
    linked = await client.mutate("linkIdentity", LINK, input={"oauth": callback})
    assert linked["userErrors"] == [], linked


async def run_job(services: Services) -> str:
    async with job_context(services) as ctx:
        return await sync_contributions(ctx)


def nodes(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [e["node"] for e in data["me"]["contributions"]["edges"]]


async def test_a_bound_members_gitee_work_appears_after_the_job_and_a_strangers_does_not(
    client: GraphQLClient,
    mailbox: Mailbox,
    services: Services,
    gitee: FakeGitee,
    gitee_api_server: FakeGiteeApi,
) -> None:
    await publish_statement(services.queue)
    api = gitee_api_server
    lilei_at_gitee = api.add_user("lilei", "Li Lei")
    repo = api.add_repo("openeuler", "kernel")
    pull = api.add_pull(repo, lilei_at_gitee, "Fix boot", state="merged")
    api.add_comment(repo, pull, "stranger", "Nice")
    issue = api.add_issue(repo, lilei_at_gitee, "Crash on start")
    api.add_comment(repo, issue, lilei_at_gitee, "Reproduced")
    await sigs.set_sig("kernel", sigs.SigChange(repositories=["openeuler/kernel"]))
    await sign_up(client, mailbox)
    await bind_gitee(client, gitee, lilei_at_gitee)

    assert nodes(await client.execute(MY_CONTRIBUTIONS)) == []
    summary = await run_job(services)
    assert "3 stored" in summary and "1 of unbound authors" in summary

    data = await client.execute(MY_CONTRIBUTIONS)
    found = {n["kind"]: n for n in nodes(data)}
    assert set(found) == {"PULL_REQUEST", "ISSUE", "ISSUE_COMMENT"}
    assert found["PULL_REQUEST"]["title"] == "Fix boot"
    assert found["PULL_REQUEST"]["sig"] == {"name": "kernel"}
    assert found["PULL_REQUEST"]["source"] == "GITEE" and found["PULL_REQUEST"]["mergedAt"]
    assert found["ISSUE_COMMENT"]["url"].startswith(issue.html_url)
    assert data["me"]["contributionStats"] == {
        "pullRequests": 1,
        "mergedPullRequests": 1,
        "issues": 1,
        "comments": 1,
        "other": 0,
    }
    only_issues = await client.execute(MY_CONTRIBUTIONS, filter={"kind": "ISSUE"})
    assert [n["title"] for n in nodes(only_issues)] == ["Crash on start"]
    # The stranger's comment is counted, anonymously, for anyone to see.
    stats = (await client.execute(PUBLIC_STATS, filter={"sig": "kernel"}))["contributionStats"]
    assert [s["stats"]["comments"] for s in stats] == [2]


async def test_members_add_and_remove_their_own_contributions(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sigs.set_sig("docs", sigs.SigChange())
    await sign_up(client, mailbox)
    talk = {
        "kind": "TALK",
        "title": "openEuler at FOSDEM",
        "url": "https://fosdem.org/talk",
        "occurredAt": "2024-02-03T10:00:00+00:00",
        "sig": "docs",
    }

    added = await client.mutate("addContribution", ADD, input=talk)
    assert added["userErrors"] == []
    assert added["contribution"]["source"] == "MEMBER"
    assert added["contribution"]["sig"] == {"name": "docs"}
    stats = (await client.execute(PUBLIC_STATS))["contributionStats"]
    assert [(s["sig"], s["month"], s["stats"]["other"]) for s in stats] == [
        ("docs", "2024-02-01", 1)
    ]

    bad = await client.mutate(
        "addContribution",
        ADD,
        input={**talk, "kind": "PULL_REQUEST", "title": "x" * 300, "url": "ftp://x", "sig": "no"},
    )
    assert sorted(e["field"][-1] for e in bad["userErrors"]) == ["kind", "sig", "title", "url"]
    assert set(codes_of(bad)) == {"INVALID", "TOO_LONG", "NOT_FOUND"}

    removed = await client.mutate(
        "removeContribution", REMOVE, input={"id": added["contribution"]["id"]}
    )
    assert removed["userErrors"] == [] and removed["removedId"] == added["contribution"]["id"]
    assert nodes(await client.execute(MY_CONTRIBUTIONS)) == []
    stats = (await client.execute(PUBLIC_STATS))["contributionStats"]
    assert stats[0]["stats"]["other"] == 0
    again = await client.mutate(
        "removeContribution", REMOVE, input={"id": added["contribution"]["id"]}
    )
    assert codes_of(again) == ["NOT_FOUND"]


async def test_others_see_a_members_contributions_only_with_publication_consent(
    client: GraphQLClient, visitor: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    talk = {"kind": "BLOG", "title": "Why we moved", "occurredAt": "2024-03-01T00:00:00Z"}
    assert (await client.mutate("addContribution", ADD, input=talk))["userErrors"] == []
    await client.mutate("updatePublicProfile", UPDATE_PROFILE, input={"name": "Alice"})

    assert (await visitor.execute(MEMBER, username="alice"))["member"] is None

    grant = """mutation G($input: GrantConsentInput!) { grantConsent(input: $input) {
      userErrors { code } } }"""
    given = await client.mutate(
        "grantConsent",
        grant,
        input={"purposes": ["CONTENT_RELEASE"], "policyVersion": "v20241205"},
    )
    assert given["userErrors"] == []
    shown = (await visitor.execute(MEMBER, username="alice"))["member"]
    assert shown["contributions"]["nodes"] == [{"title": "Why we moved"}]
    assert shown["contributionStats"] == {"pullRequests": 0, "issues": 0}


async def test_a_visitor_cannot_add_contributions(visitor: GraphQLClient) -> None:
    talk = {"kind": "TALK", "title": "t", "occurredAt": "2024-02-03T10:00:00Z"}
    refused = await visitor.mutate("addContribution", ADD, input=talk)
    assert codes_of(refused) == ["UNAUTHENTICATED"]


def test_the_import_is_a_registered_job_and_runs_periodically() -> None:
    assert FUNCTIONS["sync_contributions"] is sync_contributions
    assert sync_contributions in PERIODIC
