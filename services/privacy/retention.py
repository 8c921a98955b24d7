"""Retention purges (statement §4), generated from the annotations' `Retention.after`.

A model's rows are timed by `created_at`, or by the column its `retention_clock` names.
When a timed field's erasure is DELETE (or RETAIN, kept only until then) the row goes;
when it is NULL or PSEUDONYMISE only the field is cleared. The same run erases accounts
whose erasure grace period ended and clears the public profile of former members.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from models.annotations import Erasure, Purpose
from models.gate.processing_limits import LimitKind, ProcessingLimit
from services.gate import consent
from services.gate.personal_data import app_models, data_fields, personal_tables, rows_of
from services.kernel import clock
from services.privacy.erasure import ErasureHook, erase_due
from settings import Settings

_ROW_GOES = frozenset({Erasure.DELETE, Erasure.RETAIN})
PUBLIC_PROFILE_PURPOSES = frozenset({Purpose.PROFILE, Purpose.CONTENT_RELEASE})


async def purge_timed_fields() -> Counter[str]:
    """Apply every `Retention.after` of every model. Returns rows touched per table."""
    touched: Counter[str] = Counter()
    now = clock.now()
    for model in app_models():
        timed = {n: a for n, a in data_fields(model).items() if a.retention.after is not None}
        clock_field = getattr(model, "retention_clock", "created_at")
        for after in {a.retention.after for a in timed.values()}:
            assert after is not None
            group = {n: a for n, a in timed.items() if a.retention.after == after}
            old = model.filter(**{f"{clock_field}__lt": now - after})
            if any(a.erasure in _ROW_GOES for a in group.values()):
                touched[model._meta.db_table] += await old.delete()
            else:
                touched[model._meta.db_table] += await old.update(**dict.fromkeys(group))
    return touched


async def clear_former_members_profiles() -> int:
    """A member no longer shown (objected to, or withdrew consent to, the public profile):
    clear its fields (statement §4: within one month)."""
    objections = await ProcessingLimit.filter(
        kind=LimitKind.OBJECTION, purpose=Purpose.CONTENT_RELEASE.value, lifted_at=None
    )
    user_ids = {limit.user_id for limit in objections}
    user_ids |= await consent.withdrawn_after_granting(Purpose.CONTENT_RELEASE)
    cleared = 0
    if not user_ids:
        return 0
    for table in personal_tables():
        public = [n for n, a in table.fields.items() if a.purpose in PUBLIC_PROFILE_PURPOSES]
        if not public:
            continue
        for user_id in user_ids:
            cleared += await rows_of(table, user_id).update(**dict.fromkeys(public))
    return cleared


async def purge(settings: Settings, hooks: Sequence[ErasureHook]) -> Counter[str]:
    """One retention run: what the periodic job and the in-process timer both call."""
    touched = await purge_timed_fields()
    touched["erased_accounts"] += await erase_due(settings, hooks)
    touched["cleared_profiles"] += await clear_former_members_profiles()
    return touched


__all__ = ["purge"]
