"""One-time verification codes. Neither the code nor its target is stored in the clear."""

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

CODE_LIFETIME = Retention("10 minutes, then purged", timedelta(minutes=10))


class VerificationCode(Model):
    id: int
    channel = annotated(fields.CharField(max_length=16), SYSTEM)
    purpose = annotated(fields.CharField(max_length=32), SYSTEM)
    # HMAC of the normalised e-mail address or phone number.
    target_digest = annotated(
        fields.CharField(max_length=64, db_index=True),
        security_data(Category.CREDENTIALS, CODE_LIFETIME, exported=False),
    )
    code_digest = annotated(
        fields.CharField(max_length=64),
        security_data(Category.CREDENTIALS, CODE_LIFETIME, exported=False),
    )
    attempts = annotated(fields.IntField(default=0), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    expires_at = annotated(fields.DatetimeField(), SYSTEM)
    consumed_at = annotated(fields.DatetimeField(null=True), SYSTEM)

    # Keyed hashes only: erasure cannot find a person's codes; the 10-minute retention does.
    not_linked_to_a_person = "holds keyed hashes of addresses, purged after 10 minutes"

    class Meta:
        table = "verification_codes"
