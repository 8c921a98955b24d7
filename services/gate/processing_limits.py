"""Whether we may process a person's data for a purpose, given their restrictions and objections.

Every use of personal data beyond storing it (mail, analytics, sharing, the public profile)
asks `may_process` first. Data-subject requests of kind RESTRICTION and OBJECTION end here.
"""

from __future__ import annotations

from models.annotations import Purpose
from models.gate.processing_limits import LimitKind, ProcessingLimit
from services.kernel import clock

# Processing a restricted person's data stays allowed for these: keeping the account
# itself safe and answering their own requests (GDPR art. 18(2)).
ALLOWED_UNDER_RESTRICTION = frozenset({Purpose.SECURITY, Purpose.OPERATIONS})


async def restrict(user_id: int) -> ProcessingLimit:
    existing = await ProcessingLimit.get_or_none(
        user_id=user_id, kind=LimitKind.RESTRICTION, lifted_at=None
    )
    return existing or await ProcessingLimit.create(user_id=user_id, kind=LimitKind.RESTRICTION)


async def object_to(user_id: int, purpose: Purpose) -> ProcessingLimit:
    existing = await ProcessingLimit.get_or_none(
        user_id=user_id, kind=LimitKind.OBJECTION, purpose=purpose.value, lifted_at=None
    )
    return existing or await ProcessingLimit.create(
        user_id=user_id, kind=LimitKind.OBJECTION, purpose=purpose.value
    )


async def lift(user_id: int, kind: LimitKind, purpose: Purpose | None = None) -> int:
    query = ProcessingLimit.filter(user_id=user_id, kind=kind, lifted_at=None)
    if purpose is not None:
        query = query.filter(purpose=purpose.value)
    return await query.update(lifted_at=clock.now())


async def is_restricted(user_id: int) -> bool:
    return await ProcessingLimit.exists(user_id=user_id, kind=LimitKind.RESTRICTION, lifted_at=None)


async def may_process(user_id: int, purpose: Purpose) -> bool:
    """False when the person restricted processing (beyond the allowed few) or objected to it."""
    active = await ProcessingLimit.filter(user_id=user_id, lifted_at=None).values_list(
        "kind", "purpose"
    )
    for kind, limited_purpose in active:
        if kind == LimitKind.RESTRICTION and purpose not in ALLOWED_UNDER_RESTRICTION:
            return False
        if kind == LimitKind.OBJECTION and limited_purpose == purpose.value:
            return False
    return True
