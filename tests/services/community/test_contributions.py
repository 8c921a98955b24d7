"""The contribution import from Gitee's API v5 (the fake), as the periodic job runs it."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from jobs.context import JobContext
from models.community.contributions import (
    Contribution,
    ContributionCursor,
    ContributionKind,
    ContributionTally,
)
from models.community.sigs import Sig
from models.identity.identities import ExternalIdentity
from models.identity.users import User
from services.community import contribution_import, contributions, sigs
from services.community.contribution_import import SyncReport
from services.gate import processing_limits
from services.identity.container import Services
from settings import Settings
from tests.fakes.gitee_api import ApiUser, FakeGiteeApi
from tests.support.privacy import job_context


@pytest.fixture
async def ctx(services: Services) -> AsyncIterator[JobContext]:
    async with job_context(services) as context:
        yield context


async def run(ctx: JobContext, settings: Settings | None = None) -> SyncReport:
    return await contribution_import.sync(settings or ctx["settings"], ctx["outbound"])


async def bound_member(name: str, gitee_user: ApiUser) -> User:
    user = await User.create(username=name, username_key=name, email=f"{name}@example.org")
    await ExternalIdentity.create(
        user=user, provider="gitee", subject=str(gitee_user.id), login=gitee_user.login
    )
    return user


async def kernel_sig(gitee_api: FakeGiteeApi) -> Sig:
    return await sigs.set_sig("kernel", sigs.SigChange(repositories=["openeuler/kernel"]))


async def test_a_bound_members_pull_requests_issues_and_comments_are_imported_and_no_one_elses(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    alice_at_gitee = api.add_user("alice", "Alice")
    stranger = api.add_user("stranger", "Someone Unbound")
    repo = api.add_repo("openeuler", "kernel")
    pull = api.add_pull(repo, alice_at_gitee, "Fix boot", state="merged")
    api.add_pull(repo, stranger, "Unbound change")
    issue = api.add_issue(repo, alice_at_gitee, "Crash on start")
    api.add_issue(repo, stranger, "Unbound bug")
    api.add_comment(repo, pull, alice_at_gitee, "Rebased")
    api.add_comment(repo, issue, alice_at_gitee, "Still there")
    api.add_comment(repo, issue, stranger, "Me too")
    kernel = await kernel_sig(api)
    alice = await bound_member("alice", alice_at_gitee)

    report = await run(ctx)

    assert report.repositories == 1 and report.fetched == 7
    assert report.stored == 4 and report.not_attributed == 3
    stored = await Contribution.filter(user_id=alice.id).order_by("kind")
    assert {c.kind for c in stored} == {
        ContributionKind.PULL_REQUEST,
        ContributionKind.ISSUE,
        ContributionKind.PULL_REQUEST_COMMENT,
        ContributionKind.ISSUE_COMMENT,
    }
    assert all(c.sig_id == kernel.id and c.repository == "openeuler/kernel" for c in stored)
    merged = next(c for c in stored if c.kind is ContributionKind.PULL_REQUEST)
    assert merged.title == "Fix boot" and merged.merged_at is not None
    assert merged.url == pull.html_url
    # Nothing about the unbound author is kept, not even their words or login.
    assert await Contribution.all().count() == 4
    everything = str(await Contribution.all().values())
    assert "stranger" not in everything and "Unbound" not in everything
    assert "Me too" not in everything and "Rebased" not in everything
    # ...but their work counts, anonymously.
    stats = await contributions.monthly_stats("kernel")
    (month,) = stats
    assert (month.stats.pull_requests, month.stats.merged_pull_requests) == (2, 1)
    assert (month.stats.issues, month.stats.comments) == (2, 3)


async def test_a_second_run_reads_only_what_changed_and_counts_nothing_twice(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    bob_at_gitee = api.add_user("bob")
    repo = api.add_repo("openeuler", "kernel")
    pulls = [api.add_pull(repo, bob_at_gitee, f"Change {n}") for n in range(3)]
    for n in range(10):
        api.add_issue(repo, "carol", f"Bug {n}")
    await kernel_sig(api)
    bob = await bound_member("bob", bob_at_gitee)
    first = await run(ctx)
    assert first.fetched == 13 and api.items_returned("/issues") == 10

    api.requests.clear()
    api.touch(pulls[1], title="Change 1, reworked", state="merged")
    api.add_issue(repo, bob_at_gitee, "Found while reviewing")
    second = await run(ctx)

    # Issues and comments are asked `since` the cursor: the new issue and the newest one
    # already seen (Gitee's `since` is inclusive). Pull requests have no `since`: the
    # newest-first listing is read up to the cursor.
    issues_call = api.calls_to("/kernel/issues")[0]
    assert issues_call.query["since"] and api.items_returned("/issues") == 2
    assert second.fetched == 4 < first.fetched
    titles = sorted(
        str(t) for t in await Contribution.filter(user_id=bob.id).values_list("title", flat=True)
    )
    assert titles == ["Change 0", "Change 1, reworked", "Change 2", "Found while reviewing"]
    assert await Contribution.filter(title="Change 1, reworked", merged_at__isnull=False).exists()
    (month,) = await contributions.monthly_stats("kernel")
    assert month.stats.pull_requests == 3  # the reworked one is not counted again
    assert (month.stats.merged_pull_requests, month.stats.issues) == (1, 11)


async def test_deleted_and_private_repositories_are_skipped_and_the_rest_imported(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    dan_at_gitee = api.add_user("dan")
    gone, secret, fine = (api.add_repo("openeuler", n) for n in ("gone", "secret", "fine"))
    for repo in (gone, secret, fine):
        api.add_pull(repo, dan_at_gitee, f"In {repo.name}")
    await sigs.set_sig(
        "infra",
        sigs.SigChange(repositories=["openeuler/gone", "openeuler/secret", "openeuler/fine"]),
    )
    await bound_member("dan", dan_at_gitee)
    api.delete_repo("openeuler", "gone")
    api.make_private("openeuler", "secret")

    report = await run(ctx)

    assert sorted(report.unreadable) == ["openeuler/gone", "openeuler/secret"]
    assert [str(t) for t in await Contribution.all().values_list("title", flat=True)] == ["In fine"]
    statuses = dict(
        await ContributionCursor.filter(listing="pulls").values_list("repository", "last_status")
    )
    assert statuses == {
        "openeuler/fine": "ok",
        "openeuler/gone": "not_found",
        "openeuler/secret": "forbidden",
    }


@pytest.mark.parametrize("status", [403, 429])
async def test_a_rate_limit_stops_the_run_and_the_next_run_loses_nothing(
    ctx: JobContext, gitee_api_server: FakeGiteeApi, status: int
) -> None:
    api = gitee_api_server
    eve_at_gitee = api.add_user("eve")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, eve_at_gitee, "Before the limit")
    api.add_issue(repo, eve_at_gitee, "Also before")
    await kernel_sig(api)
    await bound_member("eve", eve_at_gitee)
    api.rate_limit_next, api.rate_limit_status, api.retry_after = 1, status, 30

    limited = await run(ctx)

    assert limited.rate_limited_for == 30
    assert await Contribution.all().count() == 0
    resumed = await run(ctx)
    assert resumed.rate_limited_for is None
    assert sorted(str(t) for t in await Contribution.all().values_list("title", flat=True)) == [
        "Also before",
        "Before the limit",
    ]
    (month,) = await contributions.monthly_stats("kernel")
    assert (month.stats.pull_requests, month.stats.issues) == (1, 1)


async def test_an_outage_of_gitee_is_retried_and_then_reported(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, "frank")
    await kernel_sig(api)
    api.fail_next_5xx = 2  # nginx's HTML page, twice: the third try gets through

    assert (await run(ctx)).failed == []
    assert await ContributionTally.filter(kind="PULL_REQUEST").count() == 1

    api.fail_next_5xx = 100
    report = await run(ctx)
    assert report.failed == ["openeuler/kernel"]


async def test_organisation_repositories_count_too_and_unbinding_removes_imports(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    gina_at_gitee = api.add_user("gina")
    repo = api.add_repo("opengauss", "server")
    api.add_issue(repo, gina_at_gitee, "Slow query")
    gina = await bound_member("gina", gina_at_gitee)
    settings = ctx["settings"].model_copy(update={"contribution_orgs": "opengauss,nosuchorg"})

    await run(ctx, settings)
    (found,) = await Contribution.filter(user_id=gina.id)
    assert found.sig_id is None and found.repository == "opengauss/server"

    await ExternalIdentity.filter(user_id=gina.id).delete()
    report = await run(ctx, settings)
    assert report.removed_unbound == 1
    assert not await Contribution.exists(user_id=gina.id)


async def test_a_member_who_restricted_processing_is_not_imported(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    hana_at_gitee = api.add_user("hana")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, hana_at_gitee)
    await kernel_sig(api)
    hana = await bound_member("hana", hana_at_gitee)
    await processing_limits.restrict(hana.id)

    report = await run(ctx)

    assert report.not_attributed == 1 and not await Contribution.exists(user_id=hana.id)


async def test_without_a_token_nothing_is_asked(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    settings = ctx["settings"].model_copy(update={"gitee_api_token": None})
    report = await run(ctx, settings)
    assert report.repositories == 0 and gitee_api_server.requests == []


async def test_an_organisation_gitee_cannot_list_does_not_stop_the_sigs_import(
    ctx: JobContext, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    lee_at_gitee = api.add_user("lee")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, lee_at_gitee, "Still imported")
    await kernel_sig(api)
    await bound_member("lee", lee_at_gitee)
    settings = ctx["settings"].model_copy(update={"contribution_orgs": "openeuler"})
    api.fail_next_5xx = settings.outbound_attempts  # the organisation listing, every try

    report = await run(ctx, settings)

    assert report.repositories == 1 and report.failed == []
    assert await Contribution.filter(title="Still imported").exists()
