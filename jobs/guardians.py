"""Daily: delete child accounts a guardian did not confirm within the waiting time."""

from __future__ import annotations

from typing import Any

from services.identity import guardians


async def purge_unconfirmed_children(ctx: dict[str, Any]) -> int:
    return await guardians.purge_unconfirmed(ctx["settings"])
