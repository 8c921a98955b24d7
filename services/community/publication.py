"""Content release (statement §1f): whether a member's profile may be shown to others.

Showing it is processing for `CONTENT_RELEASE`: it needs the member's consent and stops
with a restriction, an objection to that purpose, or while a child waits for a guardian.
Every place that shows a member to someone else asks here (resolvers/users.py `profile`).
"""

from __future__ import annotations

from collections.abc import Collection

from models.annotations import Purpose
from models.gate.consent import ConsentRecord
from models.gate.processing_limits import LimitKind, ProcessingLimit
from models.identity.guardians import GuardianApproval
from services.gate import consent, processing_limits
from services.identity import guardians


async def may_publish_profile(user_id: int) -> bool:
    return (
        await consent.has_consent(user_id, Purpose.CONTENT_RELEASE)
        and await processing_limits.may_process(user_id, Purpose.CONTENT_RELEASE)
        and not await guardians.awaiting(user_id)
    )


async def publishable(user_ids: Collection[int]) -> set[int]:
    """`may_publish_profile` for many members in three statements (the member directory)."""
    wanted = list(set(user_ids))
    if not wanted:
        return set()
    latest: dict[int, bool] = {}
    rows = (
        await ConsentRecord.filter(user_id__in=wanted, purpose=Purpose.CONTENT_RELEASE.value)
        .order_by("id")
        .values_list("user_id", "granted")
    )
    for user_id, granted in rows:
        latest[int(user_id)] = bool(granted)
    shown = {user_id for user_id, granted in latest.items() if granted}
    limits = await ProcessingLimit.filter(user_id__in=list(shown), lifted_at=None).values_list(
        "user_id", "kind", "purpose"
    )
    for user_id, kind, purpose in limits:
        if kind == LimitKind.RESTRICTION or purpose == Purpose.CONTENT_RELEASE.value:
            shown.discard(user_id)
    waiting = await GuardianApproval.filter(user_id__in=list(shown), confirmed_at=None).values_list(
        "user_id", flat=True
    )
    return shown - {int(str(u)) for u in waiting}
