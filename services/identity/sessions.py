"""Server-side sessions: 256 random bits handed out once, only their SHA-256 kept."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from tortoise.queryset import QuerySet

from models.identity.sessions import Session
from models.identity.users import User, UserStatus
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.compiled import CompiledSelect
from settings import Settings

# Writing last_seen_at on every request would turn each read into a write.
TOUCH_AFTER = timedelta(minutes=1)


# Every signed-in request runs this: its SQL is built once (services/kernel/compiled.py).
_BY_TOKEN: CompiledSelect[Session] = CompiledSelect(
    lambda token_hash: (
        Session.filter(token_hash=token_hash).select_related("user__profile").limit(1)
    ),
    "token_hash",
)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class NewSession:
    token: str
    session: Session


class SessionStore:
    def __init__(self, settings: Settings) -> None:
        self.idle = timedelta(minutes=settings.session_idle_minutes)
        self.absolute = timedelta(days=settings.session_absolute_days)

    async def start(self, user: User, client: ClientInfo) -> NewSession:
        token = secrets.token_urlsafe(32)
        now = clock.now()
        session = await Session.create(
            user=user,
            token_hash=hash_token(token),
            last_seen_at=now,
            authenticated_at=now,
            expires_at=now + self.absolute,
            ip_address=client.ip_address,
            user_agent=(client.user_agent or "")[:512] or None,
        )
        return NewSession(token, session)

    async def resolve(self, token: str) -> Session | None:
        """The live session behind a token, with its user and the user's profile (if any)
        loaded in the same statement; None if dead or unknown."""
        if not token or len(token) > 128:
            return None
        found = await _BY_TOKEN.all(token_hash=hash_token(token))
        session = found[0] if found else None
        now = clock.now()
        if (
            session is None
            or session.revoked_at is not None
            or session.expires_at <= now
            or session.last_seen_at + self.idle <= now
            or session.user.status is not UserStatus.ACTIVE
        ):
            return None
        if now - session.last_seen_at > TOUCH_AFTER:
            session.last_seen_at = now
            await Session.filter(id=session.id).update(last_seen_at=now)
        return session

    def live_query(self, user_id: int) -> QuerySet[Session]:
        """The user's live sessions, most recently used first."""
        now = clock.now()
        return Session.filter(
            user_id=user_id, revoked_at=None, expires_at__gt=now, last_seen_at__gt=now - self.idle
        ).order_by("-last_seen_at", "-id")

    async def revoke(self, session_id: int, user_id: int) -> bool:
        updated = await Session.filter(id=session_id, user_id=user_id, revoked_at=None).update(
            revoked_at=clock.now()
        )
        return updated == 1

    async def revoke_all_except(self, user_id: int, keep_session_id: int | None) -> int:
        query = Session.filter(user_id=user_id, revoked_at=None)
        if keep_session_id is not None:
            query = query.exclude(id=keep_session_id)
        return await query.update(revoked_at=clock.now())
