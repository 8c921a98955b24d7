"""Content release (statement §1f): whether a member's profile may be shown to others.

Showing it is processing for `CONTENT_RELEASE`: it needs the member's consent and stops
with a restriction, an objection to that purpose, or while a child waits for a guardian.
Every place that shows a member to someone else asks here (resolvers/users.py `profile`).
"""

from __future__ import annotations

from models.annotations import Purpose
from services.gate import consent, processing_limits
from services.identity import guardians


async def may_publish_profile(user_id: int) -> bool:
    return (
        await consent.has_consent(user_id, Purpose.CONTENT_RELEASE)
        and await processing_limits.may_process(user_id, Purpose.CONTENT_RELEASE)
        and not await guardians.awaiting(user_id)
    )
