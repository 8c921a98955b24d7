"""CLA status (statement §1d): whether a member's verified addresses signed the CLA.

One row per member and address, refreshed by a job and on demand; the CLA service is asked
by address (services/delivery/cla.py) and is in the recipients register.
"""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    SYSTEM,
    Annotation,
    Basis,
    Category,
    Erasure,
    Purpose,
    Retention,
    annotated,
)
from models.identity.users import User

CLA_RETENTION = Retention(
    "while the account exists; replaced at each check, erased with the account"
)


def _cla(category: Category) -> Annotation:
    return Annotation(
        category, Purpose.CLA, Basis.LEGITIMATE_INTEREST, CLA_RETENTION, Erasure.DELETE, True
    )


class ClaCheck(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="cla_checks", on_delete=fields.CASCADE),
        SYSTEM,
    )
    email = annotated(fields.CharField(max_length=254), _cla(Category.EMAIL))
    signed = annotated(fields.BooleanField(default=False), _cla(Category.ACCOUNT_ACTIVITY))
    version_matched = annotated(fields.BooleanField(default=False), _cla(Category.ACCOUNT_ACTIVITY))
    checked_at = annotated(fields.DatetimeField(), _cla(Category.ACCOUNT_ACTIVITY))

    class Meta:
        table = "cla_checks"
        unique_together = (("user", "email"),)
