"""Mail delivery. A failed SMTP conversation is retried with a growing delay."""

from __future__ import annotations

from typing import Any

import aiosmtplib
from arq import Retry

from models.annotations import Purpose
from services.delivery.mail import Mail, deliver, may_send


async def send_mail(
    ctx: dict[str, Any],
    to: str,
    subject: str,
    body: str,
    purpose: str = Purpose.SECURITY.value,
    user_id: int | None = None,
) -> None:
    if not await may_send(to, Purpose(purpose), user_id):
        return
    try:
        await deliver(ctx["settings"], Mail(to, subject, body))
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise Retry(defer=ctx.get("job_try", 1) * 5) from exc
