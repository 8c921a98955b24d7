"""`UserErrorCode`: what each `userErrors[].code` means, printed into the schema and docs/api.md.

A frontend programs against these values; a code without a meaning here fails a test.
"""

from __future__ import annotations

from typing import Any

from services.kernel.errors import ErrorCode

MEANINGS: dict[ErrorCode, str] = {
    ErrorCode.INVALID: "The value is not acceptable here; the message says why.",
    ErrorCode.INVALID_USERNAME: (
        "A user name is 3 to 20 letters, digits, '_' or '-', starts with a letter and ends "
        "with a letter or digit."
    ),
    ErrorCode.INVALID_EMAIL: "Not a valid e-mail address.",
    ErrorCode.INVALID_PHONE: (
        "Not a valid phone number (E.164, e.g. +8613800000000; no prefix: Chinese)."
    ),
    ErrorCode.USERNAME_TAKEN: "Someone else has this user name.",
    ErrorCode.IDENTIFIER_TAKEN: "The e-mail address or phone number belongs to another account.",
    ErrorCode.PASSWORD_TOO_SHORT: "The password is shorter than 8 characters.",
    ErrorCode.PASSWORD_TOO_LONG: "The password is longer than 256 characters.",
    ErrorCode.PASSWORD_TOO_COMMON: "The password is too easy to guess; choose another.",
    ErrorCode.PASSWORD_CONTAINS_USERNAME: "The password contains the user name.",
    ErrorCode.INVALID_CODE: "The code is wrong, used or expired; ask for a new one.",
    ErrorCode.INVALID_CREDENTIALS: "Wrong identifier or password (the same answer for both).",
    ErrorCode.RATE_LIMITED: (
        "Too many attempts; wait `retryAfterSeconds` seconds before trying again."
    ),
    ErrorCode.UNAUTHENTICATED: "Sign in first (no session, or it expired or was revoked).",
    ErrorCode.NOT_FOUND: "No such object, or not one you may see.",
    ErrorCode.TOO_LONG: "The value is longer than the field allows (see the message).",
    ErrorCode.REQUIRED: "The field must be given for this request.",
    ErrorCode.UNKNOWN_PROVIDER: "No identity provider of that name is enabled.",
    ErrorCode.PROVIDER_UNAVAILABLE: (
        "The identity provider did not answer or failed; try again later."
    ),
    ErrorCode.INVALID_REDIRECT_URI: (
        "The redirect URI's origin is not PUBLIC_URL's or in OAUTH_REDIRECT_ORIGINS."
    ),
    ErrorCode.OAUTH_STATE_MISMATCH: (
        "The OAuth callback does not belong to a flow this browser started, or it expired: "
        "start again with startOAuth."
    ),
    ErrorCode.IDENTITY_TAKEN: "That outside account is already bound to another account.",
    ErrorCode.ALREADY_LINKED: "An account of this provider is already bound to yours.",
    ErrorCode.LAST_SIGN_IN_METHOD: "It is the last way to sign in; add another first.",
    ErrorCode.REAUTHENTICATION_REQUIRED: (
        "This change needs a recent sign-in: call reauthenticate, then repeat."
    ),
    ErrorCode.FORBIDDEN: "Signed in, but not allowed to do this.",
    ErrorCode.INVALID_STATE: "The object is not in a state that allows this (e.g. closed).",
    ErrorCode.DEADLINE_PASSED: "The deadline for this has passed.",
    ErrorCode.ALREADY_EXTENDED: "The deadline was already extended once.",
    ErrorCode.CONSENT_REQUIRED: (
        "A consent is missing (or a material policy change awaits your answer): "
        "see me.consentStatus and me.bulletins, grant it, then repeat."
    ),
    ErrorCode.POLICY_VERSION_EXISTS: "A policy version with this name is already published.",
    ErrorCode.POLICY_VERSION_OUTDATED: (
        "The consent names a policy version that is no longer in effect; show the current one."
    ),
    ErrorCode.CONSENT_NOT_WITHDRAWABLE: (
        "This purpose rests on another legal basis (e.g. the contract) and cannot be withdrawn."
    ),
    ErrorCode.OUTBOUND_REFUSED: (
        "The outside service may not receive this data (consent or data region)."
    ),
    ErrorCode.GUARDIAN_REQUIRED: (
        "The account belongs to a child whose guardian has not consented yet."
    ),
    ErrorCode.MFA_ALREADY_ENABLED: "Two-step sign-in is already on.",
    ErrorCode.MFA_NOT_ENABLED: "Two-step sign-in is not on.",
    ErrorCode.INVALID_TICKET: (
        "The two-step sign-in ticket is wrong or expired: sign in again with logIn."
    ),
}


def describe(enum_type: Any) -> Any:
    """Give each value of the Strawberry enum its meaning, so the SDL documents it."""
    for value in enum_type.__strawberry_definition__.values:
        value.description = MEANINGS.get(ErrorCode(value.value))
    return enum_type
