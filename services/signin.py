"""The last step of every sign-in, whichever provider proved the person: one place for the
checks and the session, so providers never start sessions themselves."""

from __future__ import annotations

from dataclasses import dataclass

from models.users import User
from services import audit
from services.audit import SecurityEventKind
from services.client import ClientInfo
from services.container import Services
from services.sessions import NewSession


@dataclass(frozen=True, slots=True)
class SignInResult:
    user: User
    session: NewSession | None


async def finish_sign_in(
    svc: Services, user: User, client: ClientInfo, kind: SecurityEventKind
) -> SignInResult:
    """Start a session for `user`, who has just proved who they are; record the event."""
    await audit.record(user.id, kind, client)
    return SignInResult(user, await svc.sessions.start(user, client))
