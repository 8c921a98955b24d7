"""Identities at outside providers (Gitee, ...), keyed by (provider, subject), never by e-mail."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Purpose, account_data, annotated
from models.identity.users import User

_LOGIN = Purpose.THIRD_PARTY_LOGIN


class ExternalIdentity(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="identities", on_delete=fields.CASCADE),
        SYSTEM,
    )
    provider = annotated(fields.CharField(max_length=64), SYSTEM)
    subject = annotated(
        fields.CharField(max_length=255),
        account_data(Category.THIRD_PARTY_ID, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    login = annotated(
        fields.CharField(max_length=255, null=True),
        account_data(Category.USERNAME, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    nickname = annotated(
        fields.CharField(max_length=255, null=True),
        account_data(Category.NAME, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    avatar_url = annotated(
        fields.CharField(max_length=512, null=True),
        account_data(Category.AVATAR, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    email = annotated(
        fields.CharField(max_length=254, null=True),
        account_data(Category.EMAIL, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    # True only when the provider said it verified the address; the core uses no other.
    email_verified = annotated(
        fields.BooleanField(default=False),
        account_data(Category.EMAIL, purpose=_LOGIN, erasure=Erasure.DELETE),
    )
    # Tokens are Fernet-encrypted (services/identity/provider_tokens.py).
    access_token = annotated(
        fields.TextField(null=True),
        account_data(Category.CREDENTIALS, purpose=_LOGIN, erasure=Erasure.DELETE, exported=False),
    )
    refresh_token = annotated(
        fields.TextField(null=True),
        account_data(Category.CREDENTIALS, purpose=_LOGIN, erasure=Erasure.DELETE, exported=False),
    )
    token_expires_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    linked_at = annotated(
        fields.DatetimeField(auto_now_add=True),
        account_data(Category.ACCOUNT_ACTIVITY, purpose=_LOGIN, erasure=Erasure.DELETE),
    )

    class Meta:
        table = "external_identities"
        unique_together = (("provider", "subject"),)
