"""Security events, stored and shown to the person they concern."""

from __future__ import annotations

from enum import StrEnum

from models.identity.security_events import SecurityEvent
from services.kernel.client import ClientInfo


class SecurityEventKind(StrEnum):
    SIGNED_UP = "SIGNED_UP"
    LOGIN_SUCCEEDED = "LOGIN_SUCCEEDED"
    LOGIN_FAILED = "LOGIN_FAILED"
    LOGGED_OUT = "LOGGED_OUT"
    SESSION_REVOKED = "SESSION_REVOKED"
    PASSWORD_CHANGED = "PASSWORD_CHANGED"
    PROFILE_UPDATED = "PROFILE_UPDATED"
    # identity providers and binding
    IDENTITY_LINKED = "IDENTITY_LINKED"
    IDENTITY_UNLINKED = "IDENTITY_UNLINKED"
    # mfa
    MFA_ENABLED = "MFA_ENABLED"
    MFA_DISABLED = "MFA_DISABLED"
    RECOVERY_CODE_USED = "RECOVERY_CODE_USED"
    REAUTHENTICATED = "REAUTHENTICATED"
    OTHER_SESSIONS_REVOKED = "OTHER_SESSIONS_REVOKED"
    PASSWORD_RESET = "PASSWORD_RESET"
    EMAIL_CHANGED = "EMAIL_CHANGED"
    PHONE_CHANGED = "PHONE_CHANGED"
    # followups
    RECOVERY_CODES_REGENERATED = "RECOVERY_CODES_REGENERATED"


async def record(user_id: int | None, kind: SecurityEventKind, client: ClientInfo) -> None:
    await SecurityEvent.create(
        user_id=user_id,
        kind=kind.value,
        ip_address=client.ip_address,
        user_agent=(client.user_agent or "")[:512] or None,
    )
