"""Jobs of identity: unconfirmed child accounts go after GUARDIAN_WAIT_DAYS (statement §9)."""

from __future__ import annotations

from jobs.context import JobContext
from services.identity import guardians
from services.kernel.queue import JobSpec, PeriodicSpec


async def purge_unconfirmed_children(ctx: JobContext) -> int:
    return await guardians.purge_unconfirmed(ctx["settings"])


JOBS = [JobSpec(purge_unconfirmed_children)]
PERIODIC = [PeriodicSpec(purge_unconfirmed_children, hour=3, minute=20)]
