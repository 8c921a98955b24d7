"""Jobs of identity: unconfirmed child accounts go after GUARDIAN_WAIT_DAYS (statement §9);
accounts an outside provider created and nobody completed go after a week."""

from __future__ import annotations

from jobs.context import JobContext
from services.identity import completion, guardians
from services.kernel.queue import JobSpec, PeriodicSpec


async def purge_unconfirmed_children(ctx: JobContext) -> int:
    return await guardians.purge_unconfirmed(ctx["settings"])


async def purge_incomplete_accounts(ctx: JobContext) -> int:
    return await completion.purge_incomplete()


JOBS = [JobSpec(purge_unconfirmed_children), JobSpec(purge_incomplete_accounts)]
PERIODIC = [
    PeriodicSpec(purge_unconfirmed_children, hour=3, minute=20),
    PeriodicSpec(purge_incomplete_accounts, hour=3, minute=25),
]
