"""Binding and unbinding outside accounts: recent sign-in, no takeovers, no lock-outs."""

from __future__ import annotations

from datetime import timedelta

import time_machine

from models.identity.identities import ExternalIdentity
from services.kernel import clock
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.oauth import IDENTITIES, LINK, UNLINK, authorize, oauth_log_in

LILEI = GiteeUser(
    id=77,
    login="lilei",
    name="Li Lei",
    emails=[{"email": "alice@example.org", "state": "confirmed", "scope": ["primary"]}],
)
EVENTS = "{ me { securityEvents(first: 10) { edges { node { kind } } } } }"


async def link(client: GraphQLClient, provider: str = "gitee") -> dict[str, object]:
    callback = await authorize(client, provider)
    return await client.mutate("linkIdentity", LINK, input={"oauth": callback})


async def unlink(client: GraphQLClient, provider: str = "gitee") -> dict[str, object]:
    return await client.mutate("unlinkIdentity", UNLINK, input={"provider": provider})


async def event_kinds(client: GraphQLClient) -> list[str]:
    edges = (await client.execute(EVENTS))["me"]["securityEvents"]["edges"]
    return [edge["node"]["kind"] for edge in edges]


async def test_a_member_binds_gitee_and_then_signs_in_with_it(
    client: GraphQLClient, other_browser: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox)
    gitee.approve_as(LILEI)

    linked = await link(client)

    assert linked["userErrors"] == []
    identities = (await client.execute(IDENTITIES))["me"]["identities"]
    assert [(i["provider"], i["login"]) for i in identities] == [("gitee", "lilei")]
    assert "IDENTITY_LINKED" in await event_kinds(client)
    signed_in = await oauth_log_in(other_browser, "gitee")
    assert signed_in["user"]["username"] == "alice"


async def test_binding_needs_a_recent_sign_in(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox)
    gitee.approve_as(LILEI)

    with time_machine.travel(clock.now() + timedelta(minutes=11)):
        refused = await link(client)

    assert codes_of(refused) == ["REAUTHENTICATION_REQUIRED"]
    assert await ExternalIdentity.all().count() == 0


async def test_a_gitee_account_bound_to_another_member_is_not_taken_over(
    client: GraphQLClient, other_browser: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    gitee.approve_as(LILEI)
    await oauth_log_in(other_browser, "gitee")
    await sign_up(client, mailbox)

    refused = await link(client)

    assert codes_of(refused) == ["IDENTITY_TAKEN"]
    owner = await ExternalIdentity.get(provider="gitee").select_related("user")
    assert owner.user.username == "lilei"


async def test_a_matching_e_mail_address_never_binds_accounts(
    client: GraphQLClient, other_browser: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox)  # alice@example.org, the address Li Lei confirmed on Gitee
    gitee.approve_as(LILEI)

    signed_in = await oauth_log_in(other_browser, "gitee")

    assert signed_in["user"]["username"] == "lilei"
    assert (await client.execute(IDENTITIES))["me"]["identities"] == []


async def test_unbinding_the_last_way_to_sign_in_is_refused(
    client: GraphQLClient, gitee: FakeGitee
) -> None:
    gitee.approve_as(LILEI)
    await oauth_log_in(client, "gitee")

    refused = await unlink(client)

    assert codes_of(refused) == ["LAST_SIGN_IN_METHOD"]
    assert await ExternalIdentity.all().count() == 1


async def test_a_member_with_a_password_can_unbind_gitee(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox)
    gitee.approve_as(LILEI)
    await link(client)

    unbound = await unlink(client)

    assert unbound == {"unlinkedProvider": "gitee", "userErrors": []}
    assert (await client.execute(IDENTITIES))["me"]["identities"] == []
    assert "IDENTITY_UNLINKED" in await event_kinds(client)


async def test_unbinding_needs_a_recent_sign_in(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee
) -> None:
    await sign_up(client, mailbox)
    gitee.approve_as(LILEI)
    await link(client)

    with time_machine.travel(clock.now() + timedelta(minutes=11)):
        refused = await unlink(client)

    assert codes_of(refused) == ["REAUTHENTICATION_REQUIRED"]


async def test_binding_and_unbinding_need_a_signed_in_member(client: GraphQLClient) -> None:
    assert codes_of(await unlink(client)) == ["UNAUTHENTICATED"]
