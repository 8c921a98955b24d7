"""The member directory over HTTP: chosen fields of consenting members only, hidden at once
on leaving and purged within the month, in a constant number of statements per page."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import pytest
import time_machine

from jobs.privacy import purge_expired_data
from models.community.contributions import Contribution, ContributionKind, ContributionSource
from models.community.members import PublicProfile
from models.identity.users import User
from services.community import sigs
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity.container import Services
from services.kernel import clock
from services.kernel.client import ClientInfo
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement
from tests.support.privacy import job_context
from tests.support.statements import counting_statements

UPDATE = """
mutation Update($input: UpdatePublicProfileInput!) { updatePublicProfile(input: $input) {
  publicProfile { name email company position school resume avatarUrl visible published }
  userErrors { field message code } } }"""
MEMBERS = """
query Members($filter: MemberFilter, $first: Int) { members(filter: $filter, first: $first) {
  totalCount nodes { username name email company position school resume avatarUrl giteeId }
} }"""
MEMBER = """
query Member($username: String!) { member(username: $username) {
  username name email company giteeId } }"""
PAGE = """
query Page($first: Int) { members(first: $first) {
  totalCount nodes { username name company giteeId contributionStats { pullRequests other } }
} }"""
WITH_CONTRIBUTIONS = """
query Page($first: Int, $page: Int, $after: String, $last: Int, $before: String) {
  members(first: $first) { nodes { username
    contributions(first: $page, after: $after, last: $last, before: $before) {
      totalCount nodes { title } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } }
    blogs: contributions(filter: {kind: BLOG}, first: 1) { totalCount nodes { title } }
} } }"""
MINE = "{ me { publicProfile { name company visible published } } }"
GRANT = """mutation G($input: GrantConsentInput!) { grantConsent(input: $input) {
  userErrors { code } } }"""
WITHDRAW = """mutation W($input: WithdrawConsentInput!) { withdrawConsent(input: $input) {
  userErrors { code } } }"""

FULL_PROFILE = {
    "name": "Alice Liddell",
    "email": "alice.public@example.org",
    "company": "openGauss Co",
    "position": "Engineer",
    "school": "Wonderland U",
    "resume": "Databases since 2010.",
    "avatarUrl": "https://img.example/alice.png",
    "visible": ["NAME", "COMPANY", "GITEE_ID"],
}


@pytest.fixture
async def visitor(server: RunningServer) -> AsyncIterator[GraphQLClient]:
    graphql = GraphQLClient(server.base_url, user_agent="a-visitor")
    yield graphql
    await graphql.close()


async def member_with_profile(
    client: GraphQLClient, mailbox: Mailbox, username: str, publish: bool, **profile: Any
) -> dict[str, Any]:
    consents = ["CONTENT_RELEASE"] if publish else []
    await sign_up(
        client, mailbox, username=username, email=f"{username}@example.org", consents=consents
    )
    updated = await client.mutate("updatePublicProfile", UPDATE, input=profile)
    assert updated["userErrors"] == [], updated
    return dict(updated["publicProfile"])


async def test_the_directory_shows_a_consenting_members_chosen_fields_and_nothing_else(
    client: GraphQLClient, visitor: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    mine = await member_with_profile(client, mailbox, "alice", True, **FULL_PROFILE)
    assert mine["published"] is True and mine["visible"] == ["NAME", "COMPANY", "GITEE_ID"]
    await client.execute("mutation { logOut { userErrors { code } } }")
    await member_with_profile(
        client, mailbox, "bob", False, name="Bob Private", visible=["NAME", "EMAIL"]
    )

    listed = (await visitor.execute(MEMBERS))["members"]
    assert listed["totalCount"] == 1
    (alice,) = listed["nodes"]
    assert alice == {
        "username": "alice",
        "name": "Alice Liddell",
        "company": "openGauss Co",
        "email": None,
        "position": None,
        "school": None,
        "resume": None,
        "avatarUrl": None,
        "giteeId": None,  # shown, but no Gitee account is bound
    }
    assert (await visitor.execute(MEMBER, username="bob"))["member"] is None
    assert (await visitor.execute(MEMBER, username="ALICE"))["member"]["name"] == "Alice Liddell"
    # A search sees only what is shown: bob's hidden-from-all name finds nobody.
    found = await visitor.execute(MEMBERS, filter={"query": "private"})
    assert found["members"]["totalCount"] == 0
    found = await visitor.execute(MEMBERS, filter={"query": "liddell"})
    assert [n["username"] for n in found["members"]["nodes"]] == ["alice"]
    # Bob sees his own profile, and that it is not published.
    assert (await client.execute(MINE))["me"]["publicProfile"] == {
        "name": "Bob Private",
        "company": None,
        "visible": ["NAME", "EMAIL"],
        "published": False,
    }


async def test_the_sig_filter_lists_members_with_work_in_that_sig(
    client: GraphQLClient, visitor: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    kernel = await sigs.set_sig("kernel", sigs.SigChange())
    await member_with_profile(client, mailbox, "alice", True, name="A", visible=["NAME"])
    await client.execute("mutation { logOut { userErrors { code } } }")
    await member_with_profile(client, mailbox, "carol", True, name="C", visible=["NAME"])
    carol = await User.get(username="carol")
    await Contribution.create(
        user=carol,
        kind=ContributionKind.TALK,
        source=ContributionSource.MEMBER,
        title="Kernel talk",
        sig=kernel,
        occurred_at=clock.now(),
    )

    in_kernel = (await visitor.execute(MEMBERS, filter={"sig": "kernel"}))["members"]
    assert [n["username"] for n in in_kernel["nodes"]] == ["carol"]


async def test_withdrawing_consent_hides_the_profile_at_once_and_a_month_later_it_is_purged(
    client: GraphQLClient, visitor: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await member_with_profile(client, mailbox, "alice", True, **FULL_PROFILE)
    assert (await visitor.execute(MEMBER, username="alice"))["member"] is not None

    taken = await client.mutate(
        "withdrawConsent", WITHDRAW, input={"purposes": ["CONTENT_RELEASE"]}
    )
    assert taken["userErrors"] == []
    assert (await visitor.execute(MEMBER, username="alice"))["member"] is None
    assert (await visitor.execute(MEMBERS))["members"]["totalCount"] == 0

    with time_machine.travel(clock.now() + timedelta(days=31)):
        async with job_context(services) as ctx:
            await purge_expired_data(ctx)
    profile = await PublicProfile.get(user__username="alice")
    left: list[object] = [profile.name, profile.email, profile.company, profile.resume]
    left += [profile.position, profile.school, profile.avatar_url, profile.visible]
    assert left == [None] * 8


async def test_bad_profile_input_gets_typed_errors(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    bad = await client.mutate(
        "updatePublicProfile",
        UPDATE,
        input={"name": "n" * 65, "email": "not-an-address", "avatarUrl": "javascript:alert(1)"},
    )
    assert sorted(e["field"][-1] for e in bad["userErrors"]) == ["avatarUrl", "email", "name"]
    assert set(codes_of(bad)) == {"TOO_LONG", "INVALID_EMAIL", "INVALID"}
    longest = await client.raw({"query": MEMBERS, "variables": {"filter": {"query": "q" * 100}}})
    assert longest[0] == 200 and "errors" not in longest[1]


async def test_a_page_of_the_directory_costs_the_same_statements_for_two_or_twelve_members(
    visitor: GraphQLClient, services: Services
) -> None:
    policy = await publish_statement(services.queue)
    for n in range(12):
        user = await User.create(
            username=f"m{n:02d}", username_key=f"m{n:02d}", email=f"m{n}@example.org"
        )
        await consent.grant(
            user.id, [ConsentPurpose.CONTENT_RELEASE], policy.version, ClientInfo.unknown()
        )
        await PublicProfile.create(
            user=user, name=f"Member {n}", company="Co", visible=["name", "company", "gitee_id"]
        )
        await Contribution.create(
            user=user,
            kind=ContributionKind.BLOG,
            source=ContributionSource.MEMBER,
            title=f"Post {n}",
            occurred_at=clock.now(),
        )

    with counting_statements() as two:
        small = await visitor.execute(PAGE, first=2)
    with counting_statements() as twelve:
        large = await visitor.execute(PAGE, first=12)

    assert len(small["members"]["nodes"]) == 2 and len(large["members"]["nodes"]) == 12
    assert {n["contributionStats"]["other"] for n in large["members"]["nodes"]} == {1}
    assert two.count == twelve.count, (two.sql, twelve.sql)
    assert 5 <= twelve.count <= 10, twelve.sql


async def directory_members(services: Services, count: int, posts: int) -> None:
    """`count` members in the directory, each with `posts` contributions, newest last."""
    policy = await publish_statement(services.queue)
    for n in range(count):
        user = await User.create(
            username=f"m{n:02d}", username_key=f"m{n:02d}", email=f"m{n}@example.org"
        )
        await consent.grant(
            user.id, [ConsentPurpose.CONTENT_RELEASE], policy.version, ClientInfo.unknown()
        )
        await PublicProfile.create(user=user, name=f"Member {n}", visible=["name"])
        for i in range(posts):
            await Contribution.create(
                user=user,
                kind=ContributionKind.BLOG if i % 2 else ContributionKind.TALK,
                source=ContributionSource.MEMBER,
                title=f"m{n:02d} post {i}",
                occurred_at=clock.now() - timedelta(days=posts - i),
            )


async def test_each_members_contributions_on_a_directory_page_cost_the_same_statements(
    visitor: GraphQLClient, services: Services
) -> None:
    await directory_members(services, count=12, posts=3)
    with counting_statements() as two:
        small = await visitor.execute(WITH_CONTRIBUTIONS, first=2, page=2)
    with counting_statements() as twelve:
        large = await visitor.execute(WITH_CONTRIBUTIONS, first=12, page=2)

    assert len(small["members"]["nodes"]) == 2 and len(large["members"]["nodes"]) == 12
    assert two.count == twelve.count, (two.sql, twelve.sql)
    for node in large["members"]["nodes"]:
        name = node["username"]
        assert node["contributions"]["totalCount"] == 3
        assert [c["title"] for c in node["contributions"]["nodes"]] == [
            f"{name} post 2",
            f"{name} post 1",
        ]
        assert node["blogs"] == {"totalCount": 1, "nodes": [{"title": f"{name} post 1"}]}


async def test_a_members_contributions_page_forwards_and_backwards_as_any_connection(
    visitor: GraphQLClient, services: Services
) -> None:
    await directory_members(services, count=2, posts=5)

    def titles(answer: list[dict[str, Any]]) -> list[list[str]]:
        return [[c["title"][4:] for c in n["contributions"]["nodes"]] for n in answer]

    first = (await visitor.execute(WITH_CONTRIBUTIONS, first=2, page=2))["members"]["nodes"]
    assert titles(first) == [["post 4", "post 3"], ["post 4", "post 3"]]
    info = first[0]["contributions"]["pageInfo"]
    assert info["hasNextPage"] is True and info["hasPreviousPage"] is False
    after = info["endCursor"]
    second = await visitor.execute(WITH_CONTRIBUTIONS, first=2, page=2, after=after)
    assert titles(second["members"]["nodes"]) == [["post 2", "post 1"], ["post 2", "post 1"]]
    last = (await visitor.execute(WITH_CONTRIBUTIONS, first=2, last=2))["members"]["nodes"]
    assert titles(last) == [["post 1", "post 0"], ["post 1", "post 0"]]
    assert last[0]["contributions"]["pageInfo"]["hasNextPage"] is False
    before = last[0]["contributions"]["pageInfo"]["startCursor"]
    earlier = await visitor.execute(WITH_CONTRIBUTIONS, first=2, last=2, before=before)
    assert titles(earlier["members"]["nodes"]) == [["post 3", "post 2"], ["post 3", "post 2"]]
    status, body = await visitor.raw(
        {"query": WITH_CONTRIBUTIONS, "variables": {"first": 2, "page": 500}}
    )
    assert status == 200 and "between 1 and 100" in body["errors"][0]["message"]


async def test_a_user_name_longer_than_any_account_finds_no_member(visitor: GraphQLClient) -> None:
    # Found by the schema fuzzer: the column's own length check turned it into a fault.
    status, body = await visitor.raw(
        {"query": '{ member(username: "%s") { username } }' % ("9" * 40)}
    )
    assert status == 200
    assert body == {"data": {"member": None}}
