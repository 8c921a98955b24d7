"""Jobs of delivery: mail, text messages and the privacy-statement announcement."""

from __future__ import annotations

import aiosmtplib
import structlog
from arq import Retry

from jobs.context import JobContext
from models.annotations import Purpose
from providers.http import ServiceUnavailable
from services.delivery import announcements
from services.delivery.mail import Mail, deliver, may_send
from services.gate.outbound import OutboundRefused
from services.kernel.queue import JobSpec, PeriodicSpec

log = structlog.get_logger(__name__)


async def send_mail(
    ctx: JobContext,
    to: str,
    subject: str,
    body: str,
    purpose: str = Purpose.SECURITY.value,
    user_id: int | None = None,
) -> None:
    """Deliver one message; a failed SMTP conversation is retried with a growing delay
    for as long as the mail is useful. Its Message-ID is derived from the outbox job."""
    if not await may_send(to, Purpose(purpose), user_id):
        return
    try:
        await deliver(ctx["settings"], Mail(to, subject, body), job=ctx.get("job_id"))
    except (aiosmtplib.SMTPException, OSError) as exc:
        raise Retry(defer=ctx.get("job_try", 1) * 5) from exc


async def send_sms(ctx: JobContext, to: str, message: str) -> None:
    """Send one text through the configured gateway; 5xx and timeouts are retried."""
    try:
        await ctx["sms"].send(to, message)
    except OutboundRefused:
        # The gate said no (e.g. the gateway's region is not allowed): dropping is the point.
        log.warning("text message not sent: outbound gate refused")
    except ServiceUnavailable as exc:
        # A growing pause gives a struggling gateway room; a rejection (4xx) is not retried.
        delay = ctx.get("job_try", 1) * ctx["settings"].sms_retry_seconds
        raise Retry(defer=delay) from exc


async def announce_policy(ctx: JobContext, version: str) -> int:
    """Mail every active account about a material change of the privacy statement."""
    return await announcements.announce(ctx["settings"], version)


JOBS = [
    JobSpec(send_mail, timeout_seconds=60),
    JobSpec(send_sms, timeout_seconds=60),
    JobSpec(announce_policy, timeout_seconds=3600),
]
PERIODIC: list[PeriodicSpec] = []
