"""Validation and normalisation of user names, e-mail addresses and phone numbers."""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from models.identity.users import e164
from services.kernel.errors import DomainError, ErrorCode

USERNAME_PATTERN = re.compile(r"^[a-zA-Z][0-9a-zA-Z_-]{1,18}[0-9a-zA-Z]$")


def check_username(value: str, field: list[str]) -> str:
    if not USERNAME_PATTERN.fullmatch(value):
        raise DomainError(
            ErrorCode.INVALID_USERNAME,
            "A user name is 3 to 20 letters, digits, '_' or '-', starts with a letter "
            "and ends with a letter or digit.",
            field,
        )
    return value


def normalise_email(value: str, field: list[str]) -> str:
    try:
        normalised = validate_email(value.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        message = f"Not a valid e-mail address: {exc}"
        raise DomainError(ErrorCode.INVALID_EMAIL, message, field) from None
    return normalised.lower()


def normalise_phone(value: str, field: list[str]) -> str:
    """E.164, e.g. +8613800000000. Numbers without a country code are read as Chinese."""
    phone = e164(value)
    if phone is None:
        raise DomainError(ErrorCode.INVALID_PHONE, "Not a valid phone number.", field)
    return phone
