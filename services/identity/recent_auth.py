"""Whether a session proved who it is recently enough for a sensitive change.

Signing in sets `Session.authenticated_at`; re-authenticating refreshes it. Linking and
unlinking identities ask for this, so a session left open on a shared computer cannot
bind someone else's account or remove the owner's way back in.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from models.identity.sessions import Session
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode


def is_recent(session: Session, minutes: int) -> bool:
    return clock.now() - session.authenticated_at <= timedelta(minutes=minutes)


def require_recent_authentication(
    session: Session, minutes: int, field: Sequence[str] | None = None
) -> None:
    if not is_recent(session, minutes):
        raise DomainError(
            ErrorCode.REAUTHENTICATION_REQUIRED,
            f"Confirm it is you: sign in again or re-authenticate (within {minutes} minutes).",
            field,
        )
