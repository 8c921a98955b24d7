"""Jobs of the community domain: meeting invitations, recording uploads and takedowns.

Uploads and removals run on the slow queue (`commons worker --queue slow`), with the sweep
that resumes interrupted uploads every 20 s and when that worker starts.
"""

from __future__ import annotations

from arq import Retry

from jobs.context import JobContext
from providers.http import ServiceUnavailable
from services.community import invitations, meetings, recording_removal, recordings
from services.kernel.queue import SLOW_QUEUE, JobSpec, PeriodicSpec

UPLOAD_TRIES = 8
# One upload job may run this long; an interrupted one is resumed by the sweep.
UPLOAD_TIMEOUT_SECONDS = 6 * 3600


async def send_meeting_invitation(
    ctx: JobContext, meeting_id: int, to: str, method: str, sequence: int
) -> None:
    """One invitee's invitation (REQUEST) or cancellation (CANCEL) with its .ics."""
    try:
        await invitations.send_invitation(
            ctx["settings"], ctx["outbound"], meeting_id, to, method, sequence
        )
    except ServiceUnavailable as exc:
        raise Retry(defer=ctx.get("job_try", 1) * 5) from exc


async def resend_invitations(ctx: JobContext) -> int:
    """Queue again invitations that have not gone out for their meeting's current version."""
    return await meetings.resend_invitations(ctx["queue"])


def _retry(ctx: JobContext) -> Retry:
    delay = ctx.get("job_try", 1) * ctx["settings"].recording_retry_seconds
    return Retry(defer=min(delay, 600))


async def upload_recording(ctx: JobContext, recording_id: int) -> None:
    """Stream one recording to Bilibili, resuming where an earlier run stopped."""
    last_try = ctx.get("job_try", 1) >= UPLOAD_TRIES
    try:
        await recordings.upload(ctx["settings"], ctx["outbound"], recording_id)
    except ServiceUnavailable as exc:
        if last_try:
            reason = f"Bilibili stayed unavailable after {UPLOAD_TRIES} tries ({exc.detail})."
            await recordings.fail(recording_id, reason)
            return
        raise _retry(ctx) from exc
    except Exception as exc:
        # Unexpected: arq retries it; the last try leaves a reason rather than a stuck upload.
        if last_try:
            await recordings.fail(recording_id, f"The upload broke: {type(exc).__name__}.")
        raise


async def remove_recording(ctx: JobContext, recording_id: int) -> None:
    """Delete one recording's video from Bilibili; refusals end with an admin."""
    try:
        await recording_removal.remove(ctx["settings"], ctx["outbound"], recording_id)
    except ServiceUnavailable as exc:
        raise _retry(ctx) from exc


async def resume_recordings(ctx: JobContext) -> int:
    """Queue again uploads whose worker died and removals still waiting."""
    return await recordings.resume_interrupted(ctx["queue"])


JOBS = [
    JobSpec(send_meeting_invitation, max_tries=8),
    JobSpec(resend_invitations, max_tries=1, timeout_seconds=60),
    JobSpec(
        upload_recording,
        max_tries=UPLOAD_TRIES,
        timeout_seconds=UPLOAD_TIMEOUT_SECONDS,
        queue=SLOW_QUEUE,
    ),
    JobSpec(remove_recording, max_tries=8, timeout_seconds=120, queue=SLOW_QUEUE),
    JobSpec(resume_recordings, max_tries=1, timeout_seconds=60, queue=SLOW_QUEUE),
]
# Every 20 s and at start-up: an upload whose worker died resumes at most 20 s after its
# lease (RECORDING_UPLOAD_LEASE_SECONDS, 30) lapses, so within a minute.
PERIODIC = [
    PeriodicSpec(resend_invitations),  # every minute, on the default worker
    PeriodicSpec(
        resume_recordings,
        run_at_startup=True,
        queue=SLOW_QUEUE,
        second=frozenset({0, 20, 40}),
    ),
]
