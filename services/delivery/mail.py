"""Outgoing mail: composed here, queued as the `send_mail` job, delivered by SMTP or the console."""

from __future__ import annotations

import hashlib
import hmac
import sys
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from email.utils import parseaddr
from typing import Any

import aiosmtplib
import structlog

from models.annotations import Purpose
from models.identity.guardians import GuardianApproval
from models.identity.users import User
from services.gate import processing_limits
from services.kernel.queue import JobQueue
from settings import Settings


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file sent with a mail, e.g. an iCalendar invitation (`text/calendar; method=REQUEST`)."""

    filename: str
    content_type: str  # "maintype/subtype"
    data: bytes
    params: dict[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Mail:
    to: str
    subject: str
    body: str
    attachment: Attachment | None = None
    # Derived from the job that sends it, so a duplicate delivery is recognisable.
    message_id: str | None = None

    def as_job_args(self) -> dict[str, Any]:
        """The `send_mail` job's arguments (queued mail has no attachment)."""
        return {"to": self.to, "subject": self.subject, "body": self.body}


log = structlog.get_logger(__name__)


async def queue_mail(
    queue: JobQueue,
    mail: Mail,
    *,
    purpose: Purpose,
    user_id: int | None = None,
    useful_for: timedelta | None = None,
) -> None:
    """Queue `mail`, sent for `purpose`. The job checks restriction and objection when it
    runs (`may_send`), so a limit set in between still holds. Security mail (codes, alerts)
    says `Purpose.SECURITY`, which a restriction allows. `useful_for` bounds the retries of
    a mail that is worthless later (a code: its lifetime)."""
    await queue.enqueue(
        "send_mail",
        _useful_for=useful_for,
        **mail.as_job_args(),
        purpose=purpose.value,
        user_id=user_id,
    )


def message_id(settings: Settings, job: str) -> str:
    """The Message-ID of the mail job `job`: the same for every run of the job, so a
    duplicate after a crash is recognisable, and unguessable from outside."""
    digest = hmac.new(settings.secret_key.encode(), job.encode(), hashlib.sha256).hexdigest()
    domain = parseaddr(settings.mail_from)[1].rpartition("@")[2] or "localhost"
    return f"<{digest[:32]}@{domain}>"


async def may_send(to: str, purpose: Purpose, user_id: int | None = None) -> bool:
    """False when the recipient restricted processing or objected to `purpose`.

    Without a user id the address's account, if any, decides: mail is never a way around
    a limit."""
    account = (
        await User.get_or_none(id=user_id)
        if user_id is not None
        else await User.get_or_none(email=to.lower())
    )
    if account is None:
        return True
    user_id = account.id
    if purpose is not Purpose.SECURITY and await GuardianApproval.exists(
        user_id=user_id, confirmed_at=None
    ):
        # A child's account waiting for a guardian is kept, nothing more (statement §9).
        return False
    allowed = await processing_limits.may_process(user_id, purpose)
    if not allowed:
        log.info("mail withheld: processing limited", purpose=purpose.value, user_id=user_id)
    return allowed


async def deliver(settings: Settings, mail: Mail, job: str | None = None) -> None:
    """Send one message now. Without `SMTP_HOST` it is printed, for local development.
    `job` names the outbox job it belongs to; its Message-ID is derived from it."""
    message = EmailMessage()
    message["From"] = settings.mail_from
    message["To"] = mail.to
    message["Subject"] = mail.subject
    if mail.message_id:
        message["Message-ID"] = mail.message_id
    elif job is not None:
        message["Message-ID"] = message_id(settings, job)
    message.set_content(mail.body)
    if mail.attachment is not None:
        maintype, _, subtype = mail.attachment.content_type.partition("/")
        message.add_attachment(
            mail.attachment.data,
            maintype=maintype,
            subtype=subtype,
            filename=mail.attachment.filename,
            params=mail.attachment.params or {},
        )
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
        timeout=20,
    )
