"""Whether a session proved its owner's identity recently enough for a sensitive step."""

from __future__ import annotations

from datetime import timedelta

from models.sessions import Session
from services import clock

# Statement §6: a request is answered only once we know it comes from the person.
RECENT = timedelta(minutes=10)


def recently_authenticated(session: Session) -> bool:
    """True when the session signed in or re-authenticated within the last 10 minutes."""
    return clock.now() - session.authenticated_at <= RECENT
