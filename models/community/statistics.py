"""Anonymous daily access statistics (statement §1c), built from the access log before its
10-day purge and kept after it. Counts only: no address, no agent, no visitor hash is stored.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, annotated


class DailyAccessStatistics(Model):
    id: int
    day = annotated(fields.DateField(unique=True), SYSTEM)
    requests = annotated(fields.IntField(default=0), SYSTEM)
    # Distinct (address, user agent) pairs of the day, counted through a keyed hash whose key
    # changes every day and is never stored: visitors cannot be followed from day to day.
    visitors = annotated(fields.IntField(default=0), SYSTEM)
    status_2xx = annotated(fields.IntField(default=0), SYSTEM)
    status_3xx = annotated(fields.IntField(default=0), SYSTEM)
    status_4xx = annotated(fields.IntField(default=0), SYSTEM)
    status_5xx = annotated(fields.IntField(default=0), SYSTEM)
    # [[path, count], ...]: paths with ids and tokens replaced by placeholders.
    top_paths: fields.Field[list[list[object]]] = annotated(fields.JSONField(default=list), SYSTEM)
    # [[host, count], ...]: the referring site only, never its path or query.
    top_referrers: fields.Field[list[list[object]]] = annotated(
        fields.JSONField(default=list), SYSTEM
    )
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "daily_access_statistics"
