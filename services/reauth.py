"""Recent re-authentication: sensitive changes need proof of identity from the last minutes."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from models.sessions import Session
from services import clock
from services.errors import DomainError, ErrorCode

REAUTHENTICATION_WINDOW = timedelta(minutes=10)


def require_recent_authentication(session: Session, field: Sequence[str] | None = None) -> None:
    """Refuse unless the session proved who its person is within the window."""
    if clock.now() - session.authenticated_at > REAUTHENTICATION_WINDOW:
        raise DomainError(
            ErrorCode.REAUTHENTICATION_REQUIRED,
            "Confirm it is you first (reauthenticate), then try again.",
            field,
        )
