"""Recordings over HTTP with jobs in-process: streamed to the fake Bilibili in parts, never
twice, taken down on request, and refused cleanly when they should be."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from jobs.context import erasure_hooks
from models.annotations import Purpose
from models.community.recordings import Recording, RecordingEvent
from models.identity.roles import Role
from models.identity.users import User
from services.gate import processing_limits
from services.identity import roles
from tests.conftest import RunningServer, _forget_counts
from tests.fakes.bilibili import FakeBilibili
from tests.fakes.gitee import FakeGitee
from tests.fakes.recording_source import FakeRecordingSource
from tests.resolvers.community.conftest import CHUNK
from tests.support.client import GraphQLClient, codes_of
from tests.support.mailbox import Mailbox
from tests.support.meetings import ADD_RECORDING, REMOVE_RECORDING, schedule
from tests.support.recordings import HOOK_SECRET, recorded_meeting, recording_of, settled

SIZE = 4 * CHUNK + 12_345  # five parts, the last one short

ATTENTION = """{ recordingsNeedingAttention {
  managerUrl meeting { id topic } recording { status bvid error } } }"""
HISTORY = """query One($id: ID!) { meeting(id: $id) {
  recording { status error history { kind status } } } }"""
CONFIRM = """
mutation Confirm($input: ConfirmRecordingRemovedInput!) {
  confirmRecordingRemoved(input: $input) {
    recording { status } userErrors { field message code }
  }
}"""


@pytest.fixture(autouse=True)
def _only_the_recording_server_runs_jobs(recordings_only: RunningServer) -> None:
    """Every job of these tests runs on the server configured for Bilibili."""


@pytest.fixture
async def member(recording_server: RunningServer) -> AsyncIterator[GraphQLClient]:
    _forget_counts(recording_server)
    graphql = GraphQLClient(recording_server.base_url)
    yield graphql
    await graphql.close()


@pytest.fixture
async def meeting_id(
    member: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee, recording_server: RunningServer
) -> str:
    return await recorded_meeting(member, mailbox, gitee, recording_server.services.queue)


async def add(
    client: GraphQLClient, meeting_id: str, source_url: str, cover_url: str | None = None
) -> dict[str, Any]:
    return await client.mutate(
        "addMeetingRecording",
        ADD_RECORDING,
        input={"meetingId": meeting_id, "sourceUrl": source_url, "coverUrl": cover_url},
    )


async def test_a_multi_part_recording_reaches_bilibili_and_the_meeting_shows_its_bvid(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    url = recording_source.add("weekly", SIZE)
    added = await add(member, meeting_id, url, recording_source.cover_url("weekly"))
    assert added["userErrors"] == []

    recording = await settled(member, meeting_id)

    assert recording["status"] == "UPLOADED", recording
    [archive] = bilibili.archives.values()
    assert recording["bvid"] == archive.bvid
    assert recording["aid"] == str(archive.aid)
    assert recording["url"] == f"https://www.bilibili.com/video/{archive.bvid}"
    assert archive.title.startswith("Infra weekly (")
    assert archive.tid == 124 and "infra" in archive.tag and archive.cover in bilibili.covers
    [uploaded] = [f for f in bilibili.files.values() if f.completed]
    assert uploaded.sha256 == recording_source.sha256_of("weekly")
    assert sorted(n for (_, n) in bilibili.put_counts) == [1, 2, 3, 4, 5]
    # Read in ranges, one per part: never the whole file at once.
    assert recording_source.full_downloads == 0
    assert len(recording_source.range_requests) == 5


async def test_a_lost_submit_answer_never_makes_a_second_video(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    url = recording_source.add("lost", CHUNK + 10)
    route = next(
        r
        for r in bilibili.app.router.routes()
        if r.resource is not None and r.resource.canonical == "/x/vu/web/add/v3"
    )
    real_submit = route._handler

    async def submit_then_lose_the_answer(request: web.Request) -> web.StreamResponse:
        # The video is made; the answer is held past the client's timeout, as when lost.
        bilibili.timeout_next, bilibili.timeout_delay = 1, 2.0
        response: web.StreamResponse = await real_submit(request)
        return response

    route._handler = submit_then_lose_the_answer
    try:
        assert (await add(member, meeting_id, url))["userErrors"] == []
        recording = await settled(member, meeting_id)
    finally:
        route._handler = real_submit
    assert recording["status"] == "UPLOADED", await Recording.all().values("status", "error")
    assert bilibili.submits == 1
    assert len(bilibili.archives) == 1
    assert recording["bvid"] == next(iter(bilibili.archives.values())).bvid


async def test_an_expired_upload_session_is_replaced_by_a_fresh_one(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    url = recording_source.add("expired", SIZE)
    bilibili.slow_chunk_seconds = 0.2
    assert (await add(member, meeting_id, url))["userErrors"] == []
    for _ in range(100):
        if bilibili.put_counts:
            break
        await __import__("asyncio").sleep(0.05)
    bilibili.expire_upload_sessions()
    recording = await settled(member, meeting_id)
    assert recording["status"] == "UPLOADED", recording
    assert len(bilibili.archives) == 1
    kinds = [e.kind for e in await RecordingEvent.all().order_by("id")]
    assert "upload_session_expired" in kinds


async def test_refused_credentials_end_in_failed_with_a_reason(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    bilibili.not_logged_in = True
    url = recording_source.add("nologin", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    recording = await settled(member, meeting_id)
    assert recording["status"] == "FAILED"
    assert "-101" in recording["error"] and "BILIBILI_SESSDATA" in recording["error"]
    assert bilibili.archives == {}


async def test_a_takedown_removes_the_video(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    url = recording_source.add("gone", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"

    removed = await member.mutate(
        "removeMeetingRecording",
        REMOVE_RECORDING,
        input={"meetingId": meeting_id, "reason": "a participant asked"},
    )
    assert removed["userErrors"] == []
    recording = await settled(member, meeting_id, {"REMOVED", "MANUAL_REMOVAL_NEEDED"})
    assert recording["status"] == "REMOVED"
    assert bilibili.archives == {}
    trail = [e.kind for e in await RecordingEvent.all().order_by("id")]
    assert trail[0] == "registered" and trail[-2:] == ["removal_requested", "removed"]
    history = (await member.execute(HISTORY, id=meeting_id))["meeting"]["recording"]["history"]
    assert [step["kind"] for step in history] == trail
    assert history[-1]["status"] == "REMOVED"


async def test_a_captcha_on_delete_leaves_it_to_an_admin_who_confirms(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    recording_server: RunningServer,
) -> None:
    url = recording_source.add("captcha", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"
    bilibili.captcha_on_delete = True

    await member.mutate("removeMeetingRecording", REMOVE_RECORDING, input={"meetingId": meeting_id})
    recording = await settled(member, meeting_id, {"REMOVED", "MANUAL_REMOVAL_NEEDED"})

    assert recording["status"] == "MANUAL_REMOVAL_NEEDED"
    assert "340022" in recording["error"]
    anonymous = GraphQLClient(recording_server.base_url)
    try:
        seen = (await anonymous.execute(HISTORY, id=meeting_id))["meeting"]["recording"]
    finally:
        await anonymous.close()
    assert seen == {"status": "MANUAL_REMOVAL_NEEDED", "error": None, "history": None}
    assert len(bilibili.archives) == 1
    await roles.grant("mia", Role.ADMIN)
    [waiting] = (await member.execute(ATTENTION))["recordingsNeedingAttention"]
    assert waiting["meeting"]["id"] == meeting_id
    assert waiting["managerUrl"].startswith(bilibili.url)
    confirmed = await member.mutate(
        "confirmRecordingRemoved", CONFIRM, input={"meetingId": meeting_id}
    )
    assert confirmed["recording"]["status"] == "REMOVED"
    assert (await member.execute(ATTENTION))["recordingsNeedingAttention"] == []


async def test_cancelling_the_meeting_takes_its_recording_down(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    from tests.support.meetings import CANCEL

    url = recording_source.add("cancelled", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"
    await member.mutate("cancelMeeting", CANCEL, input={"id": meeting_id, "reason": "oops"})
    assert (await settled(member, meeting_id, {"REMOVED"}))["status"] == "REMOVED"
    assert bilibili.archives == {}


async def test_a_source_outside_the_origins_a_foreign_sig_and_no_recording_get_user_errors(
    member: GraphQLClient,
    meeting_id: str,
    gitee: FakeGitee,
    mailbox: Mailbox,
    recording_server: RunningServer,
    recording_source: FakeRecordingSource,
) -> None:
    outside = await add(member, meeting_id, "http://169.254.169.254/latest/meta-data")
    assert codes_of(outside) == ["INVALID"]
    assert outside["userErrors"][0]["field"] == ["input", "sourceUrl"]
    scheme = await add(member, meeting_id, "file:///etc/passwd")
    assert codes_of(scheme) == ["INVALID"]

    unrecorded = await schedule(member, recordAutomatically=False, invitees=[])
    plain = await add(member, unrecorded["meeting"]["id"], recording_source.add("x", 10))
    assert codes_of(plain) == ["INVALID_STATE"]

    stranger = GraphQLClient(recording_server.base_url)
    try:
        from tests.support.accounts import sign_up

        await sign_up(stranger, mailbox, username="sam", email="sam@example.org")
        foreign = await add(stranger, meeting_id, recording_source.add("y", 10))
        assert codes_of(foreign) == ["FORBIDDEN"]
        removal = await stranger.mutate(
            "removeMeetingRecording", REMOVE_RECORDING, input={"meetingId": meeting_id}
        )
        assert codes_of(removal) == ["FORBIDDEN"]
    finally:
        await stranger.close()
    nothing = await member.mutate(
        "removeMeetingRecording", REMOVE_RECORDING, input={"meetingId": meeting_id}
    )
    assert codes_of(nothing) == ["INVALID_STATE"]
    assert await Recording.all().count() == 0
    assert await recording_of(member, meeting_id) is None


def signed(body: bytes, secret: str = HOOK_SECRET) -> dict[str, str]:
    digest = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return {"X-Commons-Signature": f"sha256={digest}", "Content-Type": "application/json"}


async def test_the_signed_webhook_registers_a_recording_and_a_forged_one_is_refused(
    member: GraphQLClient,
    meeting_id: str,
    recording_server: RunningServer,
    recording_source: FakeRecordingSource,
    bilibili: FakeBilibili,
) -> None:
    body = json.dumps(
        {"meetingId": meeting_id, "sourceUrl": recording_source.add("hook", CHUNK)}
    ).encode()
    hook = f"{recording_server.base_url}/hooks/recordings"
    async with aiohttp.ClientSession() as http:
        async with http.post(hook, data=body, headers=signed(body, "wrong")) as forged:
            assert forged.status == 401
        assert await Recording.all().count() == 0
        async with http.post(hook, data=body, headers=signed(body)) as accepted:
            assert accepted.status == 202
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"
    assert len(bilibili.archives) == 1


WITHDRAW = """
mutation Withdraw($input: WithdrawConsentInput!) {
  withdrawConsent(input: $input) { userErrors { field message code } }
}"""


async def test_withdrawing_consent_to_publication_takes_the_video_down(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    recording_server: RunningServer,
) -> None:
    url = recording_source.add("withdrawn", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"

    taken = await member.mutate(
        "withdrawConsent", WITHDRAW, input={"purposes": ["MEETING_RECORDINGS"]}
    )
    assert taken["userErrors"] == []
    await recording_server.services.queue.enqueue("resume_recordings")

    assert (await settled(member, meeting_id, {"REMOVED"}))["status"] == "REMOVED"
    assert bilibili.archives == {}


async def test_an_objection_to_publication_takes_the_video_down(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    recording_server: RunningServer,
) -> None:
    url = recording_source.add("objected", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"

    mia = await User.get(username="mia")
    await processing_limits.object_to(mia.id, Purpose.MEETING_RECORDINGS)
    await recording_server.services.queue.enqueue("resume_recordings")

    assert (await settled(member, meeting_id, {"REMOVED"}))["status"] == "REMOVED"
    assert bilibili.archives == {}


async def test_erasing_the_organizer_deletes_the_video_before_the_account_goes(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    recording_server: RunningServer,
) -> None:
    url = recording_source.add("erased", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"
    services = recording_server.services
    assert services.outbound is not None
    hooks = erasure_hooks(services.settings, services.outbound)
    [takedown] = [hook for hook in hooks if hook.name == "bilibili"]

    await takedown.erase(await User.get(username="mia"))

    assert bilibili.archives == {}
    recording = await Recording.get(meeting__organizer__username="mia")
    assert recording.status.value == "REMOVED"


async def test_a_duplicate_upload_job_makes_no_second_video(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
    recording_server: RunningServer,
) -> None:
    url = recording_source.add("twice", CHUNK)
    assert (await add(member, meeting_id, url))["userErrors"] == []
    recording = await Recording.get(meeting__organizer__username="mia")
    queue = recording_server.services.queue
    # Another key, as a sweep racing the first job would use: the lease lets one run.
    await queue.enqueue("upload_recording", _key="another", recording_id=recording.id)
    assert (await settled(member, meeting_id))["status"] == "UPLOADED"
    await queue.enqueue("upload_recording", _key="after", recording_id=recording.id)
    await recording_server.services.queue.drain()  # type: ignore[attr-defined]
    assert len(bilibili.archives) == 1
    assert len([f for f in bilibili.files.values() if f.completed]) == 1


async def test_5xx_answers_and_a_broken_download_are_retried_and_the_bytes_arrive_intact(
    member: GraphQLClient,
    meeting_id: str,
    bilibili: FakeBilibili,
    recording_source: FakeRecordingSource,
) -> None:
    url = recording_source.add("flaky", SIZE)
    bilibili.fail_next_5xx = 2
    recording_source.drop_after_bytes = CHUNK // 2
    assert (await add(member, meeting_id, url))["userErrors"] == []
    recording = await settled(member, meeting_id)
    assert recording["status"] == "UPLOADED", recording
    [uploaded] = [f for f in bilibili.files.values() if f.completed]
    assert uploaded.sha256 == recording_source.sha256_of("flaky")
    assert len(bilibili.archives) == 1
    assert bilibili.fail_next_5xx == 0  # both 503s were answered, and tried again
    assert len(recording_source.range_requests) > 5  # the cut part was read again
