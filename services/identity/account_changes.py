"""Changing e-mail address or phone number, and resetting a forgotten password, by code.

A new address takes effect only once a code sent to it comes back; the old address is told.
Answers are the same whether or not an address already belongs to someone, so these flows
cannot be used to find out who has an account.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.identity.account_changes import PendingContactChange
from models.identity.sessions import Session
from models.identity.users import User, UserStatus
from services.identity import audit
from services.identity.accounts import password_policy_error
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodePurpose, normalise_target
from services.identity.contact import account_at, address_of, notify
from services.identity.container import Services
from services.identity.recent_auth import require_recent_authentication
from services.kernel import clock, limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode

PENDING_CHANGE_LIFETIME = timedelta(minutes=10)  # as long as the code lives
RESET_ATTEMPTS_PER_ADDRESS = 50
_WRONG_CODE = "The code is wrong or has expired."


async def request_contact_change(
    svc: Services, session: Session, channel: Channel, new_address: str, client: ClientInfo
) -> None:
    """Remember the wanted address and send it a code. Needs a recent re-authentication."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    target = normalise_target(channel, new_address, ["newAddress"])
    user: User = session.user
    if target == address_of(user, channel):
        raise DomainError(ErrorCode.INVALID, "This is already your address.", ["newAddress"])
    await limits.enforce(svc.counter, f"contact-change:{user.id}", 10, 3600, ["newAddress"])
    await start_contact_change(svc, user, channel, target)


async def start_contact_change(svc: Services, user: User, channel: Channel, target: str) -> None:
    """Remember `target` as pending for `user` and send it a code (its owner is told
    instead when another account has it). Sign-up uses this for a second address."""
    issued = await svc.codes.issue(channel, target, CodePurpose.CHANGE_CONTACT)
    taken = await account_at(channel, target) is not None
    async with in_transaction():
        await PendingContactChange.filter(user_id=user.id, channel=channel.value).delete()
        await PendingContactChange.create(
            user_id=user.id,
            channel=channel.value,
            new_email=target if channel is Channel.EMAIL else None,
            new_phone=target if channel is Channel.SMS else None,
            expires_at=clock.now() + PENDING_CHANGE_LIFETIME,
        )
    if taken:
        # Same answer to the requester; the address's owner is told, and no code goes out.
        text = (
            "Someone asked to add this address to another Commons account. It stays with "
            "your account; if you did not expect this, you can ignore this message."
        )
    else:
        text = (
            f"Your Commons verification code is {issued.code}. Enter it to make this your "
            f"new address. It is valid for {svc.settings.code_ttl_minutes} minutes."
        )
    await notify(svc.queue, channel, target, "Confirm your new Commons address", text)


@dataclass(frozen=True, slots=True)
class ContactChanged:
    new_address: str
    other_sessions_revoked: int


async def confirm_contact_change(
    svc: Services,
    session: Session,
    channel: Channel,
    code: str,
    revoke_other_sessions: bool,
    client: ClientInfo,
) -> ContactChanged:
    """Apply the pending change when the code is right; tell the old address."""
    require_recent_authentication(session, svc.settings.reauthentication_minutes)
    user: User = session.user
    pending = await PendingContactChange.get_or_none(
        user_id=user.id, channel=channel.value, expires_at__gt=clock.now()
    )
    target = None
    if pending is not None:
        target = pending.new_email if channel is Channel.EMAIL else pending.new_phone
    if target is None or not await svc.codes.consume(
        channel, target, CodePurpose.CHANGE_CONTACT, code
    ):
        raise DomainError(ErrorCode.INVALID_CODE, _WRONG_CODE, ["code"])
    old = address_of(user, channel)
    field = "email" if channel is Channel.EMAIL else "phone"
    try:
        async with in_transaction():
            await User.filter(id=user.id).update(**{field: target})
            await PendingContactChange.filter(user_id=user.id, channel=channel.value).delete()
    except IntegrityError:
        # Taken meanwhile by an account that signed up with it.
        raise DomainError(ErrorCode.INVALID_CODE, _WRONG_CODE, ["code"]) from None
    setattr(user, field, target)
    kind = SecurityEventKind.EMAIL_CHANGED if field == "email" else SecurityEventKind.PHONE_CHANGED
    await audit.record(user.id, kind, client)
    if old:
        await notify(
            svc.queue,
            channel,
            old,
            "Your Commons address was changed",
            f"The {'e-mail address' if field == 'email' else 'phone number'} of your Commons "
            "account was changed and this one no longer signs in. If that was not you, "
            "reset your password and contact the administrators.",
        )
    revoked = 0
    if revoke_other_sessions:
        revoked = await svc.sessions.revoke_all_except(user.id, session.id)
        await audit.record(user.id, SecurityEventKind.OTHER_SESSIONS_REVOKED, client)
    return ContactChanged(target, revoked)


async def reset_password(
    svc: Services,
    channel: Channel,
    target: str,
    code: str,
    new_password: str,
    client: ClientInfo,
) -> None:
    """Set a new password with a RESET_PASSWORD code; signs out every session of the account.

    A wrong code and an address without an account get the same answer."""
    address = normalise_target(channel, target, ["target"])
    await limits.enforce(
        svc.counter,
        f"reset-ip:{client.limit_key}",
        RESET_ATTEMPTS_PER_ADDRESS,
        svc.settings.login_failure_window_seconds,
        ["code"],
    )
    user = await account_at(channel, address)
    # Checked without the user name, or the answer would differ for known accounts.
    policy = password_policy_error(new_password, None, ["newPassword"])
    if policy:
        raise policy
    # Hash before knowing whether the code is right: both answers cost the same work.
    password_hash = await svc.passwords.hash_async(new_password)
    if not await svc.codes.consume(channel, address, CodePurpose.RESET_PASSWORD, code):
        raise DomainError(ErrorCode.INVALID_CODE, _WRONG_CODE, ["code"])
    if user is None or user.status is not UserStatus.ACTIVE:
        raise DomainError(ErrorCode.INVALID_CODE, _WRONG_CODE, ["code"])
    async with in_transaction():
        await User.filter(id=user.id).update(password_hash=password_hash)
        await Session.filter(user_id=user.id, revoked_at=None).update(revoked_at=clock.now())
    await audit.record(user.id, SecurityEventKind.PASSWORD_RESET, client)
    await notify(
        svc.queue,
        channel,
        address,
        "Your Commons password was reset",
        "The password of your Commons account was just reset and every session signed out. "
        "If that was not you, reset it again and contact the administrators.",
    )
