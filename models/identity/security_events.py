"""The audit log of security events a person can read back (`me { securityEvents }`)."""

from __future__ import annotations

from datetime import timedelta

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    SYSTEM,
    Category,
    Retention,
    annotated,
    security_data,
)
from models.identity.users import User

AUDIT_RETENTION = Retention("one year", timedelta(days=365))


class SecurityEvent(Model):
    id: int
    user_id: int | None
    user: fields.ForeignKeyNullableRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="security_events", null=True, on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    kind = annotated(fields.CharField(max_length=48), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True, db_index=True), SYSTEM)
    ip_address = annotated(
        fields.CharField(max_length=45, null=True),
        security_data(Category.IP_ADDRESS, AUDIT_RETENTION),
    )
    user_agent = annotated(
        fields.CharField(max_length=512, null=True),
        security_data(Category.USER_AGENT, AUDIT_RETENTION),
    )

    class Meta:
        table = "security_events"
