"""Helpers of the recording tests: a maintainer who consented, a recorded meeting, waiting."""

from __future__ import annotations

import asyncio
from typing import Any

from services.kernel.queue import JobQueue
from tests.fakes.bilibili import FakeBilibili
from tests.fakes.gitee import FakeGitee
from tests.fakes.recording_source import FakeRecordingSource
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.meetings import GRANT, MEETING, become_maintainer, schedule
from tests.support.policies import publish_statement

HOOK_SECRET = "recordings-hook-secret"
SETTLED = {"UPLOADED", "REMOVED", "MANUAL_REMOVAL_NEEDED", "FAILED"}


async def recorded_meeting(
    client: GraphQLClient, mailbox: Mailbox, gitee: FakeGitee, queue: JobQueue
) -> str:
    """A maintainer who consented to recording publication schedules a recorded meeting."""
    await publish_statement(queue)
    await become_maintainer(client, mailbox, gitee)
    granted = await client.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["MEETING_RECORDINGS"], "policyVersion": "v20241205"},
    )
    assert granted["userErrors"] == [], granted
    scheduled = await schedule(client, recordAutomatically=True, invitees=[])
    assert scheduled["userErrors"] == [], scheduled
    meeting_id: str = scheduled["meeting"]["id"]
    return meeting_id


async def recording_of(client: GraphQLClient, meeting_id: str) -> dict[str, Any] | None:
    found: dict[str, Any] | None = (await client.execute(MEETING, id=meeting_id))["meeting"][
        "recording"
    ]
    return found


async def settled(
    client: GraphQLClient, meeting_id: str, wanted: set[str] = SETTLED, timeout: float = 30
) -> dict[str, Any]:
    """The recording once its status is one of `wanted`."""
    found: dict[str, Any] | None = None
    for _ in range(int(timeout / 0.1)):
        found = await recording_of(client, meeting_id)
        if found is not None and found["status"] in wanted:
            return found
        await asyncio.sleep(0.1)
    raise AssertionError(f"recording did not reach {wanted}: {found}")


def bilibili_settings(
    bilibili: FakeBilibili, recording_source: FakeRecordingSource
) -> dict[str, Any]:
    return {
        "data_regions": "HK,CN",
        "bilibili_base_url": bilibili.url,
        "bilibili_sessdata": bilibili.sessdata,
        "bilibili_bili_jct": bilibili.bili_jct,
        "recording_source_origins": recording_source.url,
        "recordings_webhook_secret": HOOK_SECRET,
        "recording_retry_seconds": 0,
        "recording_upload_lease_seconds": 2,
        "outbound_timeout_seconds": 1,
        "outbound_backoff_seconds": 0,
        "bilibili_part_timeout_seconds": 5,
    }
