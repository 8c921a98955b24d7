"""Data-subject requests over real HTTP, as the frontend and the privacy officer use them."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urlparse

import jsonschema
import pytest
import time_machine

from jobs.privacy import purge_expired_data, remind_privacy_officers
from models.annotations import Purpose
from models.identity.users import Profile, User, UserStatus
from models.privacy.access_log import AccessLogEntry
from models.privacy.privacy_requests import PrivacyRequest
from services.gate import processing_limits
from services.identity.container import Services
from services.kernel import clock
from tests.conftest import ROOT, RunningServer
from tests.support.access_log import flush_access_log
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, ME, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.privacy import (
    COMPLETE,
    DELETE_ACCOUNT,
    EXTEND,
    MY_REQUESTS,
    QUEUE,
    REFUSE,
    VERIFY,
    WITHDRAW,
    finish_jobs,
    job_context,
    officer,
    submit,
)

EXPORT_SCHEMA = json.loads((ROOT / "docs/schemas/export.schema.json").read_text())
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { userErrors { code } }
}"""


@pytest.fixture
async def olga(server: RunningServer, mailbox: Mailbox) -> AsyncIterator[GraphQLClient]:
    """A second browser, signed in as the privacy officer."""
    graphql = GraphQLClient(server.base_url)
    await officer(graphql, mailbox)
    yield graphql
    await graphql.close()


async def log_in(client: GraphQLClient, identifier: str) -> None:
    payload = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": identifier, "password": PASSWORD}}
    )
    assert payload["userErrors"] == [], payload


def _later(delta: timedelta) -> Any:
    return time_machine.travel(clock.now() + delta, tick=True)


async def test_an_access_request_yields_a_package_that_validates_against_its_schema(
    client: GraphQLClient, server: RunningServer, services: Services, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.mutate("updateProfile", UPDATE_PROFILE, input={"company": "openGauss"})
    submitted = await submit(client, "ACCESS", details="everything you hold, please")
    assert submitted["userErrors"] == []
    assert submitted["codeSent"] is False  # the sign-in a moment ago proved who asks
    assert submitted["privacyRequest"]["state"] == "IN_PROGRESS"
    await finish_jobs(services)

    ready = (await client.execute(MY_REQUESTS))["me"]["privacyRequests"]["nodes"][0]
    assert ready["state"] == "COMPLETED"
    # The link names PUBLIC_URL; the test server listens on its own port.
    url = server.base_url + urlparse(ready["export"]["url"]).path
    assert ready["export"]["url"].endswith(urlparse(url).path)
    assert [m.subject for m in mailbox.to("alice@example.org")][-1].startswith("Your personal")

    async with client.http.get(url) as response:
        assert response.status == 200
        package = await response.json(content_type=None)
    jsonschema.validate(package, EXPORT_SCHEMA)
    assert package["records"]["users"][0]["email"] == "alice@example.org"
    assert package["records"]["profiles"][0]["company"] == "openGauss"
    assert "password_hash" not in package["records"]["users"][0]
    email = next(c for c in package["categories"] if c["category"] == "user.contact.email")
    assert "users.email" in email["fields"]
    assert email["recipients"] and email["retention"] and email["sources"]
    token = urlparse(url).path.rsplit("/", 1)[-1]
    await flush_access_log(server.app)
    assert await AccessLogEntry.exists(path="/exports/{token}")
    assert not await AccessLogEntry.filter(path__contains=token).exists()
    async with client.http.get(url, params={"format": "html"}) as response:
        assert response.status == 200
        assert "text/html" in response.headers["content-type"]
        assert "openGauss" in await response.text()

    stranger = GraphQLClient(server.base_url)
    await sign_up(stranger, mailbox, username="mallory", email="mallory@example.org")
    async with stranger.http.get(url) as response:
        assert response.status == 404
    await stranger.close()

    with _later(timedelta(days=6)):
        await client.execute(ME)  # keeps the session alive past the idle limit
    with _later(timedelta(days=7, minutes=1)):
        async with client.http.get(url) as response:
            assert response.status == 410
        assert (await client.execute(MY_REQUESTS))["me"]["privacyRequests"]["nodes"][0][
            "export"
        ] is None


async def test_without_a_recent_sign_in_a_request_is_confirmed_by_a_code(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    mailbox.clear()
    forget_rate_limits()  # as the 11 minutes below would
    with _later(timedelta(minutes=11)):
        submitted = await submit(client, "RECTIFICATION", details="my company name is wrong")
        assert submitted["codeSent"] is True
        request = submitted["privacyRequest"]
        assert request["state"] == "RECEIVED"
        code = await mailbox.code_for("alice@example.org")
        wrong = "000000" if code != "000000" else "111111"
        refused = await client.mutate(
            "verifyPrivacyRequest", VERIFY, input={"id": request["id"], "code": wrong}
        )
        assert codes_of(refused) == ["INVALID_CODE"]
        verified = await client.mutate(
            "verifyPrivacyRequest", VERIFY, input={"id": request["id"], "code": code}
        )
        assert verified["privacyRequest"]["state"] == "VERIFIED"


async def test_an_officer_completes_a_restriction_and_processing_stops(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RESTRICTION"))["privacyRequest"]
    queue = (await olga.execute(QUEUE, filter={"open": True}))["privacyRequests"]
    assert [n["id"] for n in queue["nodes"]] == [request["id"]]
    done = await olga.mutate("completePrivacyRequest", COMPLETE, input={"id": request["id"]})
    assert done["privacyRequest"]["state"] == "COMPLETED"
    actions = [e["action"] for e in done["privacyRequest"]["events"]["nodes"]]
    assert actions == ["received", "verified", "completed"]
    alice = await User.get(username_key="alice")
    assert not await processing_limits.may_process(alice.id, Purpose.MAIL_SUBSCRIPTION)
    assert await processing_limits.may_process(alice.id, Purpose.SECURITY)


async def test_an_objection_names_its_purpose_and_stops_only_that_processing(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    assert codes_of(await submit(client, "OBJECTION")) == ["REQUIRED"]
    assert codes_of(await submit(client, "OBJECTION", purpose="astrology")) == ["INVALID"]
    request = (await submit(client, "OBJECTION", purpose="analytics_sharing"))["privacyRequest"]
    await olga.mutate("completePrivacyRequest", COMPLETE, input={"id": request["id"]})
    alice = await User.get(username_key="alice")
    assert not await processing_limits.may_process(alice.id, Purpose.ANALYTICS_SHARING)
    assert await processing_limits.may_process(alice.id, Purpose.MAIL_SUBSCRIPTION)


async def test_a_rectification_is_closed_with_a_record_of_what_changed(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="wrong company"))["privacyRequest"]
    bare = await olga.mutate("completePrivacyRequest", COMPLETE, input={"id": request["id"]})
    assert codes_of(bare) == ["REQUIRED"]
    done = await olga.mutate(
        "completePrivacyRequest",
        COMPLETE,
        input={"id": request["id"], "note": "company changed from ACME to openGauss"},
    )
    assert done["privacyRequest"]["events"]["nodes"][-1]["note"].startswith("company changed")


async def test_a_refusal_without_reasons_is_rejected_and_a_refusal_says_where_to_complain(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="x"))["privacyRequest"]
    empty = await olga.mutate(
        "refusePrivacyRequest", REFUSE, input={"id": request["id"], "reasons": "   "}
    )
    assert codes_of(empty) == ["REQUIRED"]
    assert empty["userErrors"][0]["field"] == ["input", "reasons"]
    refused = await olga.mutate(
        "refusePrivacyRequest",
        REFUSE,
        input={"id": request["id"], "reasons": "The data is correct as it stands."},
    )
    assert refused["privacyRequest"]["state"] == "REFUSED"
    mails = await mailbox.wait_for("alice@example.org", 2)
    assert "The data is correct" in mails[-1].body
    assert "complain" in mails[-1].body and "pcpd" in mails[-1].body


async def test_one_extension_of_at_most_two_months_with_reasons_and_the_requester_told(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="x"))["privacyRequest"]
    target = {"id": request["id"], "months": 2, "reason": "We must ask three teams."}
    too_long = await olga.mutate("extendPrivacyRequest", EXTEND, input={**target, "months": 3})
    assert codes_of(too_long) == ["INVALID"]
    no_reason = await olga.mutate("extendPrivacyRequest", EXTEND, input={**target, "reason": ""})
    assert codes_of(no_reason) == ["REQUIRED"]
    extended = (await olga.mutate("extendPrivacyRequest", EXTEND, input=target))["privacyRequest"]
    assert extended["state"] == "EXTENDED"
    received = datetime.fromisoformat(extended["receivedAt"])
    assert datetime.fromisoformat(extended["dueAt"]).month == (received.month + 2) % 12 + 1
    mails = await mailbox.wait_for("alice@example.org", 2)
    assert "three teams" in mails[-1].body
    again = await olga.mutate("extendPrivacyRequest", EXTEND, input={**target, "months": 1})
    assert codes_of(again) == ["ALREADY_EXTENDED"]


async def test_an_extension_after_the_due_date_is_rejected(
    client: GraphQLClient, olga: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="x"))["privacyRequest"]
    with _later(timedelta(days=32)):
        await log_in(olga, "olga")  # the old session idled out meanwhile
        late = await olga.mutate(
            "extendPrivacyRequest",
            EXTEND,
            input={"id": request["id"], "months": 1, "reason": "busy"},
        )
    assert codes_of(late) == ["DEADLINE_PASSED"]


async def test_only_privacy_officers_see_the_queue_and_act_on_it(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="x"))["privacyRequest"]
    assert (await client.execute(QUEUE))["privacyRequests"] is None
    refused = await client.mutate(
        "refusePrivacyRequest", REFUSE, input={"id": request["id"], "reasons": "no"}
    )
    assert codes_of(refused) == ["FORBIDDEN"]


async def test_a_requester_withdraws_an_open_request_once(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    request = (await submit(client, "RECTIFICATION", details="x"))["privacyRequest"]
    withdrawn = await client.mutate("withdrawPrivacyRequest", WITHDRAW, input={"id": request["id"]})
    assert withdrawn["privacyRequest"]["state"] == "WITHDRAWN"
    again = await client.mutate("withdrawPrivacyRequest", WITHDRAW, input={"id": request["id"]})
    assert codes_of(again) == ["INVALID_STATE"]


async def test_an_erasure_request_deactivates_at_once_and_erases_after_the_grace_period(
    client: GraphQLClient, olga: GraphQLClient, services: Services, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "Alice"})
    request = (await submit(client, "ERASURE"))["privacyRequest"]
    assert request["state"] == "IN_PROGRESS"
    assert (await client.execute(ME))["me"] is None  # every session ended at once
    payload = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )
    assert codes_of(payload) == ["INVALID_CREDENTIALS"]
    alice = await User.get(username_key="alice")
    assert alice.status is UserStatus.DEACTIVATED
    late_refusal = await olga.mutate(
        "refusePrivacyRequest", REFUSE, input={"id": request["id"], "reasons": "no"}
    )
    assert codes_of(late_refusal) == ["INVALID_STATE"]

    async with job_context(services) as ctx:
        with _later(timedelta(days=29)):
            await purge_expired_data(ctx)
        assert (await User.get(id=alice.id)).email == "alice@example.org"
        with _later(timedelta(days=30, hours=1)):
            await purge_expired_data(ctx)
    erased = await User.get(id=alice.id)
    assert erased.email is None and erased.password_hash is None
    assert erased.username.startswith("erased-")
    assert (await Profile.get(user_id=alice.id)).nickname is None
    closed = await PrivacyRequest.get(user_id=alice.id)
    assert closed.state.value == "COMPLETED"


async def test_delete_account_needs_a_sign_in_within_ten_minutes(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    with _later(timedelta(minutes=11)):
        stale = await client.mutate("deleteAccount", DELETE_ACCOUNT, input={})
        assert codes_of(stale) == ["REAUTHENTICATION_REQUIRED"]
        await log_in(client, "alice")
        deleted = await client.mutate("deleteAccount", DELETE_ACCOUNT, input={"reason": "bye"})
    assert deleted["privacyRequest"]["kind"] == "ERASURE"
    assert deleted["privacyRequest"]["eraseAfter"] is not None
    assert (await client.execute(ME))["me"] is None


async def test_officers_are_reminded_once_of_requests_that_fall_due_soon(
    client: GraphQLClient, olga: GraphQLClient, services: Services, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await submit(client, "RECTIFICATION", details="x")
    mailbox.clear()
    async with job_context(services) as ctx:
        await remind_privacy_officers(ctx)
        assert mailbox.to("olga@example.org") == []  # a month away: no reminder yet
        with _later(timedelta(days=25)):
            await remind_privacy_officers(ctx)
            await remind_privacy_officers(ctx)
    reminders = mailbox.to("olga@example.org")
    assert len(reminders) == 1
    assert "RECTIFICATION" in reminders[0].body
