"""The consent ledger: one append-only, hash-chained row per decision (DESIGN §5).

Rows are never updated except that erasure nulls the client details; the row hash covers
only a digest of those, so the chain stays verifiable after erasure.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, account_data, annotated, consent_proof


class ConsentMethod(StrEnum):
    SIGN_UP = "SIGN_UP"
    SETTINGS = "SETTINGS"
    BANNER = "BANNER"
    GUARDIAN = "GUARDIAN"


class ConsentRecord(Model):
    id: int
    # For services/personal_data.py: whose row this is, without a foreign key.
    owner_field = "user_id"
    # A plain number, not a foreign key: deleting an account must not delete its proof.
    user_id = annotated(fields.IntField(db_index=True), consent_proof(Category.UNIQUE_ID))
    purpose = annotated(fields.CharField(max_length=32), SYSTEM)
    granted = annotated(fields.BooleanField(), consent_proof(Category.ACCOUNT_ACTIVITY))
    policy_version = annotated(fields.CharField(max_length=32), SYSTEM)
    policy_hash = annotated(fields.CharField(max_length=64), SYSTEM)
    wording = annotated(fields.TextField(), SYSTEM)
    method = annotated(fields.CharEnumField(ConsentMethod, max_length=16), SYSTEM)
    # Truncated: IPv4 /24, IPv6 /48.
    client_network = annotated(
        fields.CharField(max_length=64, null=True),
        account_data(Category.IP_ADDRESS, erasure=Erasure.NULL),
    )
    user_agent = annotated(
        fields.CharField(max_length=512, null=True),
        account_data(Category.USER_AGENT, erasure=Erasure.NULL),
    )
    client_digest = annotated(
        fields.CharField(max_length=64),
        consent_proof(Category.IP_ADDRESS, exported=False),
    )
    decided_at = annotated(fields.DatetimeField(), consent_proof(Category.ACCOUNT_ACTIVITY))
    # Unique: two writers racing for the same predecessor cannot both append.
    prev_hash = annotated(fields.CharField(max_length=64, unique=True), SYSTEM)
    row_hash = annotated(fields.CharField(max_length=64), SYSTEM)

    class Meta:
        table = "consent_records"
