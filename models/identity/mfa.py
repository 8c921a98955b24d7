"""Second factor: a TOTP authenticator, its recovery codes, and the ticket between two steps."""

from __future__ import annotations

from datetime import timedelta

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    SYSTEM,
    Category,
    Erasure,
    Purpose,
    Retention,
    account_data,
    annotated,
    security_data,
)
from models.identity.users import User

MFA_TICKET_LIFETIME = Retention("until the sign-in completes, at most one day", timedelta(days=1))


class TotpFactor(Model):
    """One authenticator app per account. Enabled once `confirmed_at` is set."""

    id: int
    user_id: int
    user: fields.OneToOneRelation[User] = annotated(
        fields.OneToOneField("models.User", related_name="totp_factor", on_delete=fields.CASCADE),
        SYSTEM,
    )
    # Fernet token of the base32 secret, keyed from SECRET_KEY: a dump alone does not reveal it.
    secret_encrypted = annotated(
        fields.CharField(max_length=255),
        security_data(Category.CREDENTIALS, exported=False),
    )
    confirmed_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    # The last 30-second step a code was accepted for: an older or equal step is a replay.
    last_used_step = annotated(fields.BigIntField(null=True), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "totp_factors"


class RecoveryCode(Model):
    """Ten single-use codes shown once at enrolment; only their HMAC is kept."""

    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="recovery_codes", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    code_digest = annotated(
        fields.CharField(max_length=64, unique=True),
        security_data(Category.CREDENTIALS, exported=False),
    )
    used_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "recovery_codes"


class MfaTicket(Model):
    """Proof that the first factor passed; the second step trades it for a session."""

    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="mfa_tickets", on_delete=fields.CASCADE),
        SYSTEM,
    )
    ticket_hash = annotated(
        fields.CharField(max_length=64, unique=True),
        account_data(
            Category.CREDENTIALS,
            purpose=Purpose.SECURITY,
            erasure=Erasure.DELETE,
            exported=False,
            retention=MFA_TICKET_LIFETIME,
        ),
    )
    # The audit kind the first step would have recorded (sign-up, sign-in), replayed at the end.
    event_kind = annotated(fields.CharField(max_length=48), SYSTEM)
    attempts = annotated(fields.SmallIntField(default=0), SYSTEM)
    expires_at = annotated(fields.DatetimeField(), SYSTEM)
    used_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "mfa_tickets"
