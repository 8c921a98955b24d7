"""Text-message delivery through the configured gateway; 5xx and timeouts are retried."""

from __future__ import annotations

from typing import Any

from arq import Retry

from services.sms import GatewayUnavailable, SmsSender


async def send_sms(ctx: dict[str, Any], to: str, message: str) -> None:
    sender: SmsSender = ctx["sms"]
    try:
        await sender.send(to, message)
    except GatewayUnavailable as exc:
        raise Retry(defer=ctx.get("job_try", 1) * 5) from exc
