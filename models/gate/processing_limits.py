"""Restriction (statement §6e) and objection (§6d): a person's limits on our processing.

A restriction with no purpose stops all processing beyond storage; an objection names one
purpose. Lifting one keeps the row (with `lifted_at`) as the record that it existed.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Purpose, account_data, annotated
from models.identity.users import User


class LimitKind(StrEnum):
    RESTRICTION = "restriction"
    OBJECTION = "objection"


class ProcessingLimit(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="processing_limits", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    kind = annotated(fields.CharEnumField(LimitKind, max_length=16), SYSTEM)
    purpose = annotated(fields.CharField(max_length=32, null=True), SYSTEM)
    created_at = annotated(
        fields.DatetimeField(auto_now_add=True),
        account_data(Category.ACCOUNT_ACTIVITY, erasure=Erasure.DELETE),
    )
    lifted_at = annotated(fields.DatetimeField(null=True), SYSTEM)

    class Meta:
        table = "processing_limits"


__all__ = ["LimitKind", "ProcessingLimit", "Purpose"]
