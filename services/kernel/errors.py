"""Expected failures. Resolvers turn a `DomainError` into a `userErrors` entry, never a 500."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum


class ErrorCode(StrEnum):
    INVALID = "INVALID"
    INVALID_USERNAME = "INVALID_USERNAME"
    INVALID_EMAIL = "INVALID_EMAIL"
    INVALID_PHONE = "INVALID_PHONE"
    USERNAME_TAKEN = "USERNAME_TAKEN"
    IDENTIFIER_TAKEN = "IDENTIFIER_TAKEN"
    PASSWORD_TOO_SHORT = "PASSWORD_TOO_SHORT"
    PASSWORD_TOO_LONG = "PASSWORD_TOO_LONG"
    PASSWORD_TOO_COMMON = "PASSWORD_TOO_COMMON"
    PASSWORD_CONTAINS_USERNAME = "PASSWORD_CONTAINS_USERNAME"
    INVALID_CODE = "INVALID_CODE"
    INVALID_CREDENTIALS = "INVALID_CREDENTIALS"
    RATE_LIMITED = "RATE_LIMITED"
    UNAUTHENTICATED = "UNAUTHENTICATED"
    NOT_FOUND = "NOT_FOUND"
    TOO_LONG = "TOO_LONG"
    REQUIRED = "REQUIRED"
    # identity providers and binding
    UNKNOWN_PROVIDER = "UNKNOWN_PROVIDER"
    PROVIDER_UNAVAILABLE = "PROVIDER_UNAVAILABLE"
    INVALID_REDIRECT_URI = "INVALID_REDIRECT_URI"
    OAUTH_STATE_MISMATCH = "OAUTH_STATE_MISMATCH"
    IDENTITY_TAKEN = "IDENTITY_TAKEN"
    ALREADY_LINKED = "ALREADY_LINKED"
    LAST_SIGN_IN_METHOD = "LAST_SIGN_IN_METHOD"
    REAUTHENTICATION_REQUIRED = "REAUTHENTICATION_REQUIRED"
    # requests
    FORBIDDEN = "FORBIDDEN"
    INVALID_STATE = "INVALID_STATE"
    DEADLINE_PASSED = "DEADLINE_PASSED"
    ALREADY_EXTENDED = "ALREADY_EXTENDED"
    # consent
    CONSENT_REQUIRED = "CONSENT_REQUIRED"
    POLICY_VERSION_EXISTS = "POLICY_VERSION_EXISTS"
    POLICY_VERSION_OUTDATED = "POLICY_VERSION_OUTDATED"
    CONSENT_NOT_WITHDRAWABLE = "CONSENT_NOT_WITHDRAWABLE"
    OUTBOUND_REFUSED = "OUTBOUND_REFUSED"
    GUARDIAN_REQUIRED = "GUARDIAN_REQUIRED"
    # mfa
    MFA_ALREADY_ENABLED = "MFA_ALREADY_ENABLED"
    MFA_NOT_ENABLED = "MFA_NOT_ENABLED"
    INVALID_TICKET = "INVALID_TICKET"


class DomainError(Exception):
    """An expected failure with a machine-readable code and the input path it concerns."""

    def __init__(
        self,
        code: ErrorCode,
        message: str,
        field: Sequence[str] | None = None,
        retry_after_seconds: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field: list[str] | None = list(field) if field is not None else None
        # RATE_LIMITED: how long until another attempt can succeed.
        self.retry_after_seconds = retry_after_seconds


class DomainErrors(Exception):
    """Several independent input problems found at once (e.g. a form with two bad fields)."""

    def __init__(self, errors: Sequence[DomainError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = list(errors)


def raise_all(errors: Sequence[DomainError]) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise DomainErrors(errors)
