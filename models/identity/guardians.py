"""Age and guardian consent (statement §9): under 14, an account waits for a guardian."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Basis, Category, Erasure, account_data, annotated
from models.identity.users import User


class AgeRecord(Model):
    """The date of birth given at sign-up, kept beside the user rather than on it."""

    id: int
    user_id: int
    user: fields.OneToOneRelation[User] = annotated(
        fields.OneToOneField("models.User", related_name="age_record", on_delete=fields.CASCADE),
        SYSTEM,
    )
    date_of_birth = annotated(
        fields.DateField(),
        account_data(
            Category.DATE_OF_BIRTH,
            erasure=Erasure.DELETE,
            basis=Basis.LEGAL_OBLIGATION,
        ),
    )

    class Meta:
        table = "age_records"


class GuardianApproval(Model):
    """Whom we asked to consent for a child, and whether they did."""

    id: int
    user_id: int
    user: fields.OneToOneRelation[User] = annotated(
        fields.OneToOneField(
            "models.User", related_name="guardian_approval", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    guardian_email = annotated(
        fields.CharField(max_length=254, null=True),
        account_data(Category.EMAIL, erasure=Erasure.DELETE, basis=Basis.LEGAL_OBLIGATION),
    )
    guardian_phone = annotated(
        fields.CharField(max_length=20, null=True),
        account_data(Category.PHONE, erasure=Erasure.DELETE, basis=Basis.LEGAL_OBLIGATION),
    )
    requested_at = annotated(fields.DatetimeField(), SYSTEM)
    confirmed_at = annotated(fields.DatetimeField(null=True), SYSTEM)

    class Meta:
        table = "guardian_approvals"
