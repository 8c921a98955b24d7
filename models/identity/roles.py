"""Roles, optionally scoped: `admin`, `privacy_officer` (statement §6), and roles on one thing,
such as `maintainer` of the SIG `infra` (scope `sig:infra`). An empty scope means everywhere."""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Purpose, account_data, annotated
from models.identity.users import User


class Role(StrEnum):
    ADMIN = "admin"
    PRIVACY_OFFICER = "privacy_officer"
    MAINTAINER = "maintainer"
    MEETUP_ORGANIZER = "meetup_organizer"


class RoleGrant(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="roles", on_delete=fields.CASCADE),
        SYSTEM,
    )
    role = annotated(fields.CharEnumField(Role, max_length=32), SYSTEM)
    # "" for everywhere, else what the role is held on, e.g. "sig:infra".
    scope = annotated(fields.CharField(max_length=80, default=""), SYSTEM)
    # A role ends with the account: erasure drops the grant with it.
    granted_at = annotated(
        fields.DatetimeField(auto_now_add=True),
        account_data(Category.ACCOUNT_ACTIVITY, purpose=Purpose.OPERATIONS, erasure=Erasure.DELETE),
    )

    class Meta:
        table = "role_grants"
        unique_together = (("user", "role", "scope"),)
