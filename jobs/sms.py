"""Text-message delivery through the configured gateway; 5xx and timeouts are retried."""

from __future__ import annotations

from typing import Any

from arq import Retry

from services.sms import GatewayUnavailable, SmsSender
from settings import Settings


async def send_sms(ctx: dict[str, Any], to: str, message: str) -> None:
    sender: SmsSender = ctx["sms"]
    settings: Settings = ctx["settings"]
    try:
        await sender.send(to, message)
    except GatewayUnavailable as exc:
        # A growing pause gives a struggling gateway room; a rejection (4xx) is not retried.
        raise Retry(defer=ctx.get("job_try", 1) * settings.sms_retry_seconds) from exc
