"""`SignInOutcome`: one field that tells a client the next step after any sign-in mutation."""

from __future__ import annotations

from enum import Enum

import strawberry


@strawberry.enum(description="What a sign-in mutation achieved, and so what the client does next.")
class SignInOutcome(Enum):
    SIGNED_IN = strawberry.enum_value(
        "SIGNED_IN", description="A session started (cookie set; `sessionToken` for non-browsers)."
    )
    MFA_REQUIRED = strawberry.enum_value(
        "MFA_REQUIRED",
        description="The first factor was right: send `mfaTicket` and a second factor to "
        "`completeLogIn`.",
    )
    AWAITING_GUARDIAN = strawberry.enum_value(
        "AWAITING_GUARDIAN",
        description="The account exists but waits for a guardian's consent; no session yet.",
    )
    ACCOUNT_INCOMPLETE = strawberry.enum_value(
        "ACCOUNT_INCOMPLETE",
        description="A first sign-in through an outside provider: send `completionTicket` "
        "with the date of birth and consents to `completeAccount`.",
    )
    FAILED = strawberry.enum_value("FAILED", description="Nothing happened: `userErrors` says why.")


def outcome_of(*, awaiting_guardian: bool, signed_in: bool) -> SignInOutcome:
    """After a successful first step: a waiting child account, a session, or (never seen) none."""
    if awaiting_guardian:
        return SignInOutcome.AWAITING_GUARDIAN
    return SignInOutcome.SIGNED_IN if signed_in else SignInOutcome.FAILED
