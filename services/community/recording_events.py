"""The recording's state changes and their event log, shared by registration, the upload
and the takedown; and the job keys that make a repeated enqueue run once."""

from __future__ import annotations

import structlog

from models.community.recordings import Recording, RecordingEvent, RecordingStatus
from models.identity.users import User

log = structlog.get_logger("services.community.recordings")


async def event(
    recording: Recording, kind: str, detail: str = "", actor: User | None = None
) -> None:
    await RecordingEvent.create(
        recording_id=recording.id,
        actor_id=actor.id if actor else None,
        kind=kind,
        status=recording.status.value,
        detail=detail[:500],
    )
    log.info("recording", recording=recording.id, kind=kind, status=recording.status.value)


async def set_status(recording: Recording, status: RecordingStatus, kind: str, detail: str = "",
                     actor: User | None = None, **values: object) -> None:  # fmt: skip
    recording.status = status
    recording.update_from_dict(values)
    await recording.save()
    await event(recording, kind, detail, actor)


def upload_key(recording: Recording) -> str:
    return f"recording-upload:{recording.id}:{recording.resumes}"


def removal_key(recording: Recording) -> str:
    return f"recording-removal:{recording.id}:{recording.removal_attempts}"
