"""A change of e-mail address or phone number waiting for its code (privacy statement §1a)."""

from __future__ import annotations

from datetime import timedelta

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Retention, account_data, annotated
from models.identity.users import User

PENDING_CHANGE_LIFETIME = Retention("until verified, at most one day", timedelta(days=1))


class PendingContactChange(Model):
    """At most one per account and channel; it takes effect only when the code comes back."""

    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="pending_contact_changes", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    channel = annotated(fields.CharField(max_length=8), SYSTEM)
    # Exactly one of these is set, as `channel` says.
    new_email = annotated(
        fields.CharField(max_length=254, null=True),
        account_data(Category.EMAIL, erasure=Erasure.DELETE, retention=PENDING_CHANGE_LIFETIME),
    )
    new_phone = annotated(
        fields.CharField(max_length=20, null=True),
        account_data(Category.PHONE, erasure=Erasure.DELETE, retention=PENDING_CHANGE_LIFETIME),
    )
    expires_at = annotated(fields.DatetimeField(), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "pending_contact_changes"
        unique_together = (("user", "channel"),)
