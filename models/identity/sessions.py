"""Server-side sessions. The token itself is never stored, only its SHA-256."""

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

SESSION_LIFETIME = Retention("until the session ends, at most 30 days", timedelta(days=30))


class Session(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="sessions", on_delete=fields.CASCADE),
        SYSTEM,
    )
    token_hash = annotated(
        fields.CharField(max_length=64, unique=True),
        security_data(Category.CREDENTIALS, SESSION_LIFETIME, exported=False),
    )
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    last_seen_at = annotated(fields.DatetimeField(), SYSTEM)
    expires_at = annotated(fields.DatetimeField(), SYSTEM)
    authenticated_at = annotated(fields.DatetimeField(), SYSTEM)
    revoked_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    ip_address = annotated(
        fields.CharField(max_length=45, null=True),
        security_data(Category.IP_ADDRESS, SESSION_LIFETIME),
    )
    user_agent = annotated(
        fields.CharField(max_length=512, null=True),
        security_data(Category.USER_AGENT, SESSION_LIFETIME),
    )

    class Meta:
        table = "sessions"
