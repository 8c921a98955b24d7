"""The account aggregate: user and profile (privacy statement §1a)."""

from __future__ import annotations

import uuid
from enum import StrEnum

import phonenumbers
from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Purpose, account_data, annotated

USERNAME_MAX_LENGTH = 20
EMAIL_MAX_LENGTH = 254


class UserStatus(StrEnum):
    ACTIVE = "active"
    DEACTIVATED = "deactivated"


class User(Model):
    public_id = annotated(
        fields.UUIDField(default=uuid.uuid4, unique=True),
        account_data(Category.UNIQUE_ID, erasure=Erasure.PSEUDONYMISE),
    )
    id: int
    username = annotated(
        fields.CharField(max_length=USERNAME_MAX_LENGTH),
        account_data(Category.USERNAME, erasure=Erasure.PSEUDONYMISE),
    )
    # Lower-cased username: uniqueness and sign-in are case-insensitive.
    username_key = annotated(
        fields.CharField(max_length=USERNAME_MAX_LENGTH, unique=True),
        account_data(Category.USERNAME, erasure=Erasure.PSEUDONYMISE, exported=False),
    )
    email = annotated(
        fields.CharField(max_length=EMAIL_MAX_LENGTH, null=True, unique=True),
        account_data(Category.EMAIL),
    )
    phone = annotated(
        fields.CharField(max_length=20, null=True, unique=True),
        account_data(Category.PHONE),
    )
    password_hash = annotated(
        fields.CharField(max_length=255, null=True),
        account_data(Category.CREDENTIALS, exported=False, purpose=Purpose.SECURITY),
    )
    status = annotated(
        fields.CharEnumField(UserStatus, max_length=16, default=UserStatus.ACTIVE), SYSTEM
    )
    created_at = annotated(
        fields.DatetimeField(auto_now_add=True),
        account_data(
            Category.ACCOUNT_ACTIVITY,
            erasure=Erasure.RETAIN,
            retained_because="kept on the pseudonymised account row so request records stay "
            "consistent; once the account is erased it identifies nobody",
        ),
    )
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    profile: fields.BackwardOneToOneRelation[Profile]

    class Meta:
        table = "users"


class Profile(Model):
    """Optional details a person may add after signing in (statement §1a.4)."""

    id: int
    user_id: int

    user: fields.OneToOneRelation[User] = annotated(
        fields.OneToOneField("models.User", related_name="profile", on_delete=fields.CASCADE),
        SYSTEM,
    )
    nickname = annotated(
        fields.CharField(max_length=64, null=True),
        account_data(Category.NAME, purpose=Purpose.PROFILE),
    )
    avatar_url = annotated(
        fields.CharField(max_length=512, null=True),
        account_data(Category.AVATAR, purpose=Purpose.PROFILE),
    )
    company = annotated(
        fields.CharField(max_length=128, null=True),
        account_data(Category.WORKPLACE, purpose=Purpose.PROFILE),
    )
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    class Meta:
        table = "profiles"


def e164(value: str, default_region: str = "CN") -> str | None:
    """The E.164 form of a phone number, or None when it is not a valid number."""
    try:
        number = phonenumbers.parse(value, default_region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


async def find_by_username(username: str) -> User | None:
    """The account with this user name, case-insensitively.

    A name longer than the column (typed, or grown by lower-casing: "İ" becomes two
    characters) names nobody; the ORM would refuse to compare it.
    """
    key = username.strip().lower()
    if not key or len(key) > USERNAME_MAX_LENGTH:
        return None
    return await User.get_or_none(username_key=key)


async def find_by_identifier(identifier: str) -> User | None:
    """The account a sign-in identifier names: a user name, an e-mail address or a phone number."""
    key = identifier_key(identifier)
    if key is None:
        return None
    column, value = key
    if column == "email":
        return await User.get_or_none(email=value)
    if column == "phone":
        return await User.get_or_none(phone=value)
    return await User.get_or_none(username_key=value)


def identifier_key(identifier: str) -> tuple[str, str] | None:
    """The column and normalised value a sign-in identifier is looked up by; None when no
    account can have it (too long for its column: a lookup must never reach the database)."""
    identifier = identifier.strip()
    # Lengths are checked after lower-casing, which can grow a string ("İ" becomes two).
    if "@" in identifier:
        email = identifier.lower()
        return ("email", email) if len(email) <= EMAIL_MAX_LENGTH else None
    if identifier.startswith("+") or identifier.replace(" ", "").replace("-", "").isdigit():
        phone = e164(identifier) if len(identifier) <= 40 else None
        return ("phone", phone) if phone else None
    key = identifier.lower()
    return ("username_key", key) if len(key) <= USERNAME_MAX_LENGTH else None
