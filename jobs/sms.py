"""Text-message delivery through the configured gateway; 5xx and timeouts are retried."""

from __future__ import annotations

from typing import Any

import structlog
from arq import Retry

from providers.http import ServiceUnavailable
from services.delivery.sms import SmsSender
from services.gate.outbound import OutboundRefused
from settings import Settings

log = structlog.get_logger(__name__)


async def send_sms(ctx: dict[str, Any], to: str, message: str) -> None:
    sender: SmsSender = ctx["sms"]
    settings: Settings = ctx["settings"]
    try:
        await sender.send(to, message)
    except OutboundRefused:
        # The gate said no (e.g. the gateway's region is not allowed): dropping is the point.
        log.warning("text message not sent: outbound gate refused")
    except ServiceUnavailable as exc:
        # A growing pause gives a struggling gateway room; a rejection (4xx) is not retried.
        raise Retry(defer=ctx.get("job_try", 1) * settings.sms_retry_seconds) from exc
