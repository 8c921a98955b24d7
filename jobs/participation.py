"""Jobs of community participation: the contribution import from Gitee, CLA refreshes."""

from __future__ import annotations

from arq import Retry

from jobs.context import JobContext
from services.community import contributions
from services.kernel.queue import JobSpec, PeriodicSpec


async def sync_contributions(ctx: JobContext) -> str:
    """Import what changed on Gitee since the last run; a rate limit defers the rest."""
    report = await contributions.sync(ctx["settings"], ctx["outbound"])
    if report.rate_limited_for is not None and ctx.get("job_try", 1) < 3:
        raise Retry(defer=report.rate_limited_for)
    return report.summary()


JOBS = [JobSpec(sync_contributions, max_tries=3, timeout_seconds=3600)]
# Hourly: each run reads only what changed since the one before.
PERIODIC = [PeriodicSpec(sync_contributions, minute=41)]
