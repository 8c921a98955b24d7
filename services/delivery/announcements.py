"""Telling every active account that a material privacy-statement version is out (§8)."""

from __future__ import annotations

import aiosmtplib
import structlog

from models.annotations import Purpose
from models.gate.policies import PolicyVersion
from models.identity.users import User, UserStatus
from services.delivery import mail
from services.delivery.mail import Mail
from settings import Settings

log = structlog.get_logger(__name__)


async def announce(settings: Settings, version: str) -> int:
    """Mail every active account about a material change (statement §8). The in-app
    bulletin needs no sending: it is derived from the versions themselves. Returns how many
    were mailed; restricted people and those already told are skipped."""
    policy = await PolicyVersion.get_or_none(version=version)
    if policy is None or not policy.material:
        return 0
    body = (
        f"The Commons privacy statement has changed (version {policy.version}, in effect from "
        f"{policy.effective_at:%d %B %Y}). Please read it at {policy.url} and confirm your "
        "consent the next time you sign in; until then you can only read."
    )
    sent = 0
    async for user in User.filter(status=UserStatus.ACTIVE, email__not_isnull=True).order_by("id"):
        assert user.email is not None
        if not await mail.may_send(user.email, Purpose.ACCOUNT, user.id):
            continue
        try:
            await mail.deliver(
                settings, Mail(user.email, "Our privacy statement has changed", body)
            )
            sent += 1
        except (aiosmtplib.SMTPException, OSError):
            # One unreachable mailbox must not stop the rest; the bulletin still shows.
            log.warning("policy notice not delivered", user_id=user.id)
    return sent
