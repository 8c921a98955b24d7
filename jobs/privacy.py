"""Jobs of the privacy work: access packages, the retention purge, officer reminders."""

from __future__ import annotations

import structlog

from jobs.context import JobContext
from services.kernel.queue import JobSpec, PeriodicSpec
from services.privacy import exports, officers, privacy_requests, retention

log = structlog.get_logger(__name__)


async def build_privacy_export(ctx: JobContext, request_id: int) -> None:
    settings = ctx["settings"]
    await exports.build_for_request(settings, request_id, privacy_requests.direct(settings))


async def purge_expired_data(ctx: JobContext) -> None:
    touched = await retention.purge(ctx["settings"], ctx["erasure_hooks"])
    log.info("retention purge", **{k: v for k, v in touched.items() if v})


async def remind_privacy_officers(ctx: JobContext) -> None:
    settings = ctx["settings"]
    await officers.remind_officers(settings, privacy_requests.direct(settings))


JOBS = [
    JobSpec(build_privacy_export, timeout_seconds=1800),
    JobSpec(purge_expired_data, timeout_seconds=3600),
    JobSpec(remind_privacy_officers),
]
# Retention hourly, officer reminders daily.
PERIODIC = [
    PeriodicSpec(purge_expired_data, minute=7, run_at_startup=False),
    PeriodicSpec(remind_privacy_officers, hour=8, minute=0),
]
