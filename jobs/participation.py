"""Jobs of community participation: the contribution import from Gitee, CLA refreshes."""

from __future__ import annotations

import contextlib

from arq import Retry

from jobs.context import JobContext
from models.identity.users import User
from services.community import cla, contribution_import, statistics
from services.kernel.errors import DomainError
from services.kernel.queue import JobSpec, PeriodicSpec


async def sync_contributions(ctx: JobContext) -> str:
    """Import what changed on Gitee since the last run; a rate limit defers the rest."""
    report = await contribution_import.sync(ctx["settings"], ctx["outbound"])
    # On the arq worker (it sets `job_id`) the job comes back after Gitee's pause; the
    # in-process timer simply goes on at its next round.
    if report.rate_limited_for is not None and "job_id" in ctx and ctx.get("job_try", 1) < 3:
        raise Retry(defer=report.rate_limited_for)
    return report.summary()


JOBS = [JobSpec(sync_contributions, max_tries=3, timeout_seconds=3600)]
# Hourly: each run reads only what changed since the one before.
PERIODIC = [PeriodicSpec(sync_contributions, minute=41)]


async def refresh_cla_status(ctx: JobContext, user_id: int) -> None:
    """Check one member's CLA status now (a stale read asked for it)."""
    user = await User.get_or_none(id=user_id)
    if user is not None:
        with contextlib.suppress(DomainError):
            await cla.refresh(ctx["settings"], ctx["outbound"], user)


async def refresh_cla_statuses(ctx: JobContext) -> int:
    """Check again every member whose CLA status is older than CLA_CACHE_HOURS."""
    return await cla.refresh_due(ctx["settings"], ctx["outbound"])


JOBS += [JobSpec(refresh_cla_status), JobSpec(refresh_cla_statuses, timeout_seconds=1800)]
PERIODIC += [PeriodicSpec(refresh_cla_statuses, minute=53)]


async def aggregate_access_statistics(ctx: JobContext) -> int:
    """Turn each complete day of the access log into anonymous daily statistics."""
    return await statistics.aggregate(ctx["settings"])


JOBS += [JobSpec(aggregate_access_statistics, timeout_seconds=1800)]
# Daily, long before the raw log's 10-day purge reaches the day.
PERIODIC += [PeriodicSpec(aggregate_access_statistics, hour=0, minute=20)]
