"""The access log of statement §1c: deleted after 10 days (statement §4).

Rows are not tied to an account (the statement promises anonymous statistics), so erasure
cannot find them by person; the 10-day retention is what removes them.
"""

from __future__ import annotations

from datetime import timedelta

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    Annotation,
    Basis,
    Category,
    Erasure,
    Purpose,
    Retention,
    annotated,
)

ACCESS_LOG_RETENTION = Retention("10 days, then deleted", timedelta(days=10))


def _access(category: Category) -> Annotation:
    return Annotation(
        category,
        Purpose.SERVICE_OPTIMISATION,
        Basis.LEGITIMATE_INTEREST,
        ACCESS_LOG_RETENTION,
        Erasure.DELETE,
        False,
    )


class AccessLogEntry(Model):
    id: int
    at = annotated(fields.DatetimeField(db_index=True), _access(Category.ACCOUNT_ACTIVITY))
    ip_address = annotated(fields.CharField(max_length=45, null=True), _access(Category.IP_ADDRESS))
    # The path only: query strings and bodies can carry personal data and are never logged.
    path = annotated(fields.CharField(max_length=512), _access(Category.ACCOUNT_ACTIVITY))
    method = annotated(fields.CharField(max_length=8), _access(Category.ACCOUNT_ACTIVITY))
    status = annotated(fields.IntField(), _access(Category.ACCOUNT_ACTIVITY))
    response_size = annotated(fields.BigIntField(), _access(Category.ACCOUNT_ACTIVITY))
    referer = annotated(
        fields.CharField(max_length=512, null=True), _access(Category.ACCOUNT_ACTIVITY)
    )
    user_agent = annotated(
        fields.CharField(max_length=512, null=True), _access(Category.USER_AGENT)
    )

    not_linked_to_a_person = "anonymous access statistics; removed by the 10-day retention"
    retention_clock = "at"

    class Meta:
        table = "access_log"
