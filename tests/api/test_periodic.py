"""Without Redis, periodic jobs run on an in-process timer that calls the job functions."""

from __future__ import annotations

from typing import Any

from api.periodic import run_periodic
from jobs.community import resend_invitations, resume_recordings
from jobs.identity import purge_unconfirmed_children
from jobs.participation import (
    aggregate_access_statistics,
    refresh_cla_statuses,
    sync_contributions,
)
from jobs.privacy import purge_expired_data, remind_privacy_officers
from jobs.worker import PERIODIC


def test_the_timer_runs_the_same_periodic_jobs_as_the_worker_cron() -> None:
    from jobs.worker import SlowWorkerSettings, WorkerSettings

    cron_functions = {job.coroutine for job in WorkerSettings.cron_jobs}
    slow_cron = {job.coroutine for job in SlowWorkerSettings.cron_jobs}
    assert set(PERIODIC) == cron_functions | slow_cron
    assert cron_functions == {
        purge_expired_data,
        remind_privacy_officers,
        purge_unconfirmed_children,
        sync_contributions,
        refresh_cla_statuses,
        aggregate_access_statistics,
        resend_invitations,
    }
    assert slow_cron == {resume_recordings}


async def test_one_failing_periodic_job_does_not_stop_the_others() -> None:
    ran: list[str] = []

    async def broken(ctx: dict[str, Any]) -> None:
        ran.append("broken")
        raise RuntimeError("database unreachable")

    async def healthy(ctx: dict[str, Any]) -> None:
        ran.append(f"healthy:{ctx['job_try']}")

    await run_periodic([broken, healthy], {})
    assert ran == ["broken", "healthy:1"]
