"""Providers from outside the core: the example OIDC plugin, found through its entry point."""

from __future__ import annotations

from importlib.metadata import entry_points
from pathlib import Path

from structlog.testing import capture_logs

from jobs.context import erasure_hooks
from models.identity.identities import ExternalIdentity
from providers.registry import ENTRY_POINT_GROUP
from services.identity.container import Services
from tests.conftest import ROOT
from tests.fakes.oidc import FakeOidc, OidcPerson
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.oauth import LINK, UNLINK, authorize, oauth_log_in

AUTH_PROVIDERS = "{ authProviders { id kind displayName channels startsWithRedirect } }"
GRACE = OidcPerson(
    sub="u-1906", preferred_username="grace", name="Grace Hopper", email="grace@example.org"
)


async def test_auth_providers_lists_built_ins_and_the_plugin(client: GraphQLClient) -> None:
    providers = (await client.execute(AUTH_PROVIDERS))["authProviders"]

    assert providers == [
        {
            "id": "password",
            "kind": "PASSWORD",
            "displayName": "Password",
            "channels": [],
            "startsWithRedirect": False,
        },
        {
            "id": "code",
            "kind": "CODE",
            "displayName": "Verification code",
            "channels": ["EMAIL", "SMS"],
            "startsWithRedirect": False,
        },
        {
            "id": "gitee",
            "kind": "OAUTH",
            "displayName": "Gitee",
            "channels": [],
            "startsWithRedirect": True,
        },
        {
            "id": "oidc-example",
            "kind": "OAUTH",
            "displayName": "Example SSO",
            "channels": [],
            "startsWithRedirect": True,
        },
    ]


async def test_the_example_plugin_signs_a_member_in(client: GraphQLClient, oidc: FakeOidc) -> None:
    oidc.approve_as(GRACE)

    signed_in = await oauth_log_in(client, "oidc-example")

    assert signed_in["userErrors"] == []
    assert signed_in["user"]["username"] == "grace"
    stored = await ExternalIdentity.get(provider="oidc-example")
    assert stored.subject == "u-1906"
    assert stored.email is None  # the server did not verify it


def test_the_plugin_comes_from_its_entry_point_not_from_core_code(services: Services) -> None:
    (entry,) = [e for e in entry_points(group=ENTRY_POINT_GROUP) if e.name == "oidc-example"]
    provider = services.providers.get("oidc-example")

    assert entry.value == "commons_oidc_example:plugin"
    assert type(provider).__module__ == "commons_oidc_example"
    core = ["api", "resolvers", "services", "providers", "models", "jobs", "settings"]
    mentions = [
        path
        for package in core
        for path in Path(ROOT, package).rglob("*.py")
        if "commons_oidc_example" in path.read_text()
    ]
    assert mentions == []


async def test_a_verified_address_is_stored_flagged_and_shown_to_the_member(
    client: GraphQLClient, oidc: FakeOidc
) -> None:
    oidc.approve_as(
        OidcPerson(
            sub="u-1815",
            preferred_username="ada",
            name="Ada Lovelace",
            email="ada@example.org",
            email_verified=True,
        )
    )
    await oauth_log_in(client, "oidc-example")

    me = (await client.execute(IDENTITIES_WITH_EMAIL))["me"]

    assert me["identities"] == [
        {
            "provider": "oidc-example",
            "login": "ada",
            "email": "ada@example.org",
            "emailVerified": True,
        }
    ]
    stored = await ExternalIdentity.get(provider="oidc-example")
    assert stored.email_verified is True


async def test_an_unverified_address_is_neither_kept_nor_shown_as_verified(
    client: GraphQLClient, oidc: FakeOidc
) -> None:
    oidc.approve_as(GRACE)  # the server has not verified Grace's address
    await oauth_log_in(client, "oidc-example")

    me = (await client.execute(IDENTITIES_WITH_EMAIL))["me"]

    assert me["identities"][0]["email"] is None
    assert me["identities"][0]["emailVerified"] is False


IDENTITIES_WITH_EMAIL = "{ me { identities { provider login email emailVerified } } }"


async def test_unbinding_asks_the_provider_to_revoke_the_grant(
    client: GraphQLClient, mailbox: Mailbox, oidc: FakeOidc
) -> None:
    await sign_up(client, mailbox)
    oidc.approve_as(GRACE)
    callback = await authorize(client, "oidc-example")
    linked = await client.mutate("linkIdentity", LINK, input={"oauth": callback})
    assert linked["userErrors"] == []
    (refresh_token,) = oidc.state.refresh

    unlinked = await client.mutate("unlinkIdentity", UNLINK, input={"provider": "oidc-example"})

    assert unlinked["userErrors"] == []
    assert oidc.revoked == [refresh_token]


async def test_erasure_revokes_every_grant_first(
    client: GraphQLClient, oidc: FakeOidc, services: Services
) -> None:
    oidc.approve_as(GRACE)
    await oauth_log_in(client, "oidc-example")
    bound = await ExternalIdentity.get(provider="oidc-example").select_related("user")
    (refresh_token,) = oidc.state.refresh
    assert services.outbound is not None
    hooks = erasure_hooks(services.settings, services.outbound)
    hooks = [hook for hook in hooks if hook.name == "provider_grants"]
    assert len(hooks) == 1

    for hook in hooks:
        await hook.erase(bound.user)

    assert oidc.revoked == [refresh_token]


async def test_a_provider_that_cannot_revoke_does_not_stop_the_unbinding(
    client: GraphQLClient, mailbox: Mailbox, oidc: FakeOidc
) -> None:
    await sign_up(client, mailbox)
    oidc.approve_as(GRACE)
    callback = await authorize(client, "oidc-example")
    await client.mutate("linkIdentity", LINK, input={"oauth": callback})
    oidc.revoke_status = 503

    with capture_logs() as logs:
        unlinked = await client.mutate("unlinkIdentity", UNLINK, input={"provider": "oidc-example"})

    assert unlinked["userErrors"] == []
    assert await ExternalIdentity.filter(provider="oidc-example").count() == 0
    outages = [line for line in logs if line["event"] == "identity provider unavailable"]
    assert [(o["provider"], o["endpoint"]) for o in outages] == [("oidc-example", "/revoke")]
