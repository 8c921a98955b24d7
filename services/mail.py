"""Outgoing mail: composed here, queued as the `send_mail` job, delivered by SMTP or the console."""

from __future__ import annotations

import sys
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from typing import Any

import aiosmtplib

from services.queue import JobQueue
from settings import Settings


@dataclass(frozen=True, slots=True)
class Mail:
    to: str
    subject: str
    body: str

    def as_job_args(self) -> dict[str, Any]:
        return asdict(self)


async def queue_mail(queue: JobQueue, mail: Mail) -> None:
    await queue.enqueue("send_mail", **mail.as_job_args())


async def deliver(settings: Settings, mail: Mail) -> None:
    """Send one message now. Without `SMTP_HOST` it is printed, for local development."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to
    message["Subject"] = mail.subject
    message.set_content(mail.body)
    if not settings.smtp_host:
        print(f"--- mail ---\n{message}", file=sys.stdout, flush=True)
        return
    await aiosmtplib.send(
        message,
        hostname=settings.smtp_host,
        port=settings.smtp_port,
        username=settings.smtp_username,
        password=settings.smtp_password,
        start_tls=settings.smtp_starttls,
        timeout=30,
    )
