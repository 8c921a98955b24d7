"""Reaching a person by e-mail or text message, and finding the account behind an address.

Codes, notices and confirmations go out by whichever channel the address belongs to: the
one helper here picks mail or SMS, so no use case writes that choice again.
"""

from __future__ import annotations

from datetime import timedelta

from models.annotations import Purpose
from models.identity.users import User
from services.delivery.mail import Mail, queue_mail
from services.delivery.sms import queue_sms
from services.identity.codes import Channel
from services.kernel.queue import JobQueue


async def notify(
    queue: JobQueue,
    channel: Channel,
    to: str,
    subject: str,
    text: str,
    *,
    purpose: Purpose = Purpose.SECURITY,
    user_id: int | None = None,
    useful_for: timedelta | None = None,
) -> None:
    """Queue `text` to `to` by mail (with `subject`) or by SMS (the subject is dropped).
    `useful_for` bounds the retries of a message worthless later (a code: its lifetime)."""
    if channel is Channel.EMAIL:
        mail = Mail(to, subject, text)
        await queue_mail(queue, mail, purpose=purpose, user_id=user_id, useful_for=useful_for)
    else:
        await queue_sms(queue, to, text, useful_for=useful_for)


async def account_at(channel: Channel, address: str) -> User | None:
    """The account whose (normalised) e-mail address or phone number is `address`."""
    if channel is Channel.EMAIL:
        return await User.get_or_none(email=address)
    return await User.get_or_none(phone=address)


def address_of(user: User, channel: Channel) -> str | None:
    """The account's own address on `channel`, if it has one."""
    return user.email if channel is Channel.EMAIL else user.phone
