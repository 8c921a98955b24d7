"""Retention (statement §4), with a frozen clock pinning each number the statement gives."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import aiohttp
import pytest
import time_machine
from pydantic import ValidationError

from jobs.privacy import purge_expired_data
from models.annotations import Purpose
from models.identity.codes import VerificationCode
from models.identity.sessions import Session
from models.identity.users import Profile, User
from models.privacy.access_log import AccessLogEntry
from services.gate import consent, processing_limits
from services.gate.consent import ConsentPurpose
from services.identity.codes import Channel, CodePurpose
from services.identity.container import Services
from services.kernel import clock
from services.kernel.client import ClientInfo
from settings import Settings
from tests.conftest import RunningServer
from tests.support.access_log import flush_access_log
from tests.support.policies import publish_statement
from tests.support.privacy import job_context


def _at(delta: timedelta) -> Any:
    return time_machine.travel(clock.now() + delta, tick=False)


async def _purge(services: Services) -> None:
    async with job_context(services) as ctx:
        await purge_expired_data(ctx)


async def test_the_access_log_keeps_the_path_without_query_and_forgets_it_after_ten_days(
    server: RunningServer, services: Services
) -> None:
    async with aiohttp.ClientSession() as http:
        headers = {"Referer": "https://example.org/from", "User-Agent": "probe/1.0"}
        async with http.get(f"{server.base_url}/healthz?token=secret", headers=headers) as answer:
            assert answer.status == 200
            # The whole answer: its log line is written before the last byte is sent.
            assert await answer.read()
    await flush_access_log(server.app)
    entry = await AccessLogEntry.get(path="/healthz")
    assert (entry.status, entry.method, entry.user_agent) == (200, "GET", "probe/1.0")
    assert entry.referer == "https://example.org/from"
    assert entry.response_size > 0 and entry.ip_address == "127.0.0.1"
    assert not await AccessLogEntry.filter(path__contains="secret").exists()

    start = entry.at
    with time_machine.travel(start + timedelta(days=9, hours=23), tick=False):
        await _purge(services)
    assert await AccessLogEntry.exists(id=entry.id)
    with time_machine.travel(start + timedelta(days=10, minutes=1), tick=False):
        await _purge(services)
    assert not await AccessLogEntry.exists(id=entry.id)


async def test_verification_codes_are_purged_ten_minutes_after_issue(services: Services) -> None:
    await services.codes.issue(Channel.EMAIL, "alice@example.org", CodePurpose.SIGN_UP)
    with _at(timedelta(minutes=9)):
        await _purge(services)
    assert await VerificationCode.all().count() == 1
    with _at(timedelta(minutes=11)):
        await _purge(services)
    assert await VerificationCode.all().count() == 0


async def test_sessions_are_purged_thirty_days_after_they_started(services: Services) -> None:
    user = await User.create(username="alice", username_key="alice", email="alice@example.org")
    await services.sessions.start(user, ClientInfo("127.0.0.1", "probe"))
    with _at(timedelta(days=29, hours=23)):
        await _purge(services)
    assert await Session.filter(user_id=user.id).count() == 1
    with _at(timedelta(days=30, hours=1)):
        await _purge(services)
    assert await Session.filter(user_id=user.id).count() == 0


async def test_a_member_who_objects_to_the_public_profile_has_it_cleared_within_a_month(
    services: Services,
) -> None:
    user = await User.create(username="alice", username_key="alice", email="alice@example.org")
    await Profile.create(user=user, nickname="Alice", company="openGauss", avatar_url="https://a")
    await processing_limits.object_to(user.id, Purpose.CONTENT_RELEASE)
    with _at(timedelta(days=1)):
        await _purge(services)
    profile = await Profile.get(user_id=user.id)
    assert (profile.nickname, profile.company, profile.avatar_url) == (None, None, None)
    assert (await User.get(id=user.id)).email == "alice@example.org"  # only the public part


async def test_a_member_who_withdraws_publication_consent_has_the_profile_cleared(
    services: Services,
) -> None:
    policy = await publish_statement(services.queue)
    shown = await User.create(username="alice", username_key="alice", email="alice@example.org")
    never = await User.create(username="bob", username_key="bob", email="bob@example.org")
    for user in (shown, never):
        await Profile.create(user=user, nickname=user.username, company="openGauss")
    await consent.grant(
        shown.id, [ConsentPurpose.CONTENT_RELEASE], policy.version, ClientInfo.unknown()
    )
    await consent.withdraw(shown.id, [ConsentPurpose.CONTENT_RELEASE], ClientInfo.unknown())
    with _at(timedelta(days=1)):
        await _purge(services)
    assert (await Profile.get(user_id=shown.id)).nickname is None
    # Declining publication from the start is not leaving: bob keeps his own profile.
    assert (await Profile.get(user_id=never.id)).nickname == "bob"


def test_the_erasure_grace_period_can_never_exceed_one_month() -> None:
    assert Settings(_env_file=None).erasure_grace_days == 30
    with pytest.raises(ValidationError):
        Settings(_env_file=None, erasure_grace_days=31)
