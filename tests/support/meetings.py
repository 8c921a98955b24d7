"""Helpers of the meeting tests: a SIG maintainer made as a person makes one, and queries."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from services.community import sigs
from tests.fakes.gitee import FakeGitee, GiteeUser
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.oauth import LINK, authorize

MEETING_FIELDS = """
  id topic agenda startsAt endsAt timezone joinUrl recordAutomatically recordingNotice
  status cancelReason calendarPath
  sig { name } organizer { username }
  recording { status bvid aid url error updatedAt }
"""
SCHEDULE = f"""
mutation Schedule($input: ScheduleMeetingInput!) {{
  scheduleMeeting(input: $input) {{
    meeting {{ {MEETING_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}"""
UPDATE = f"""
mutation Update($input: UpdateMeetingInput!) {{
  updateMeeting(input: $input) {{
    meeting {{ {MEETING_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}"""
CANCEL = f"""
mutation Cancel($input: CancelMeetingInput!) {{
  cancelMeeting(input: $input) {{
    meeting {{ {MEETING_FIELDS} }}
    userErrors {{ field message code }}
  }}
}}"""
MEETINGS = f"""
query Meetings($filter: MeetingFilter, $first: Int) {{
  meetings(filter: $filter, first: $first) {{ totalCount nodes {{ {MEETING_FIELDS} }} }}
}}"""
MEETING = f"query One($id: ID!) {{ meeting(id: $id) {{ {MEETING_FIELDS} }} }}"
ADD_RECORDING = """
mutation Add($input: AddMeetingRecordingInput!) {
  addMeetingRecording(input: $input) {
    recording { status bvid aid url error }
    userErrors { field message code }
  }
}"""
REMOVE_RECORDING = """
mutation Remove($input: RemoveMeetingRecordingInput!) {
  removeMeetingRecording(input: $input) {
    recording { status bvid error }
    userErrors { field message code }
  }
}"""
GRANT = """
mutation Grant($input: GrantConsentInput!) {
  grantConsent(input: $input) { userErrors { field message code } }
}"""

TOMORROW = (datetime.now(UTC) + timedelta(days=1)).replace(microsecond=0)


def meeting_input(**overrides: Any) -> dict[str, Any]:
    values: dict[str, Any] = {
        "sig": "infra",
        "topic": "Infra weekly",
        "agenda": "1. CI\n2. Mirrors",
        "startsAt": TOMORROW.isoformat(),
        "endsAt": (TOMORROW + timedelta(hours=1)).isoformat(),
        "timezone": "Asia/Shanghai",
        "joinUrl": "https://meet.example.org/j/123",
        "invitees": ["ivy@example.org", "jon@example.org"],
        "recordAutomatically": False,
    }
    values.update(overrides)
    return values


async def become_maintainer(
    client: GraphQLClient,
    mailbox: Mailbox,
    gitee: FakeGitee,
    *,
    username: str = "mia",
    login: str = "MiaDev",
    sig: str = "infra",
) -> None:
    """Sign up, have the SIG list `login` as a maintainer, and bind that Gitee account."""
    await sign_up(client, mailbox, username=username, email=f"{username}@example.org")
    await sigs.set_sig(sig, sigs.SigChange(maintainers=[login]))
    gitee.approve_as(
        GiteeUser(
            id=abs(hash(login)) % 100_000,
            login=login,
            name=username,
            emails=[{"email": f"{username}@gitee.example", "state": "confirmed", "scope": []}],
        )
    )
    callback = await authorize(client, "gitee")
    linked = await client.mutate("linkIdentity", LINK, input={"oauth": callback})
    assert linked["userErrors"] == [], linked


async def schedule(client: GraphQLClient, **overrides: Any) -> dict[str, Any]:
    return await client.mutate("scheduleMeeting", SCHEDULE, input=meeting_input(**overrides))
