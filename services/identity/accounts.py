"""Account use cases: verification codes, sign-up, password sign-in, profile, password change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from models.identity.sessions import Session
from models.identity.users import Profile, User
from providers.password import PasswordPolicyError, check_password_policy
from services.identity import audit
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodePurpose, normalise_target
from services.identity.contact import account_at, notify
from services.identity.container import Services
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode, raise_all

CODE_SENDS_PER_ADDRESS_PER_HOUR = 30
# How many requesters' budgets one target's sends may add up to in an hour.
TARGET_REQUESTERS = 5

_POLICY_MESSAGES = {
    "too_short": (ErrorCode.PASSWORD_TOO_SHORT, "A password has at least 8 characters."),
    "too_long": (ErrorCode.PASSWORD_TOO_LONG, "A password has at most 256 characters."),
    "too_common": (ErrorCode.PASSWORD_TOO_COMMON, "This password is too common. Choose another."),
    "contains_username": (
        ErrorCode.PASSWORD_CONTAINS_USERNAME,
        "A password must not contain the user name.",
    ),
}


def _policy_error(password: str, username: str | None, field: list[str]) -> DomainError | None:
    try:
        check_password_policy(password, username)
    except PasswordPolicyError as exc:
        code, message = _POLICY_MESSAGES[exc.reason]
        return DomainError(code, message, field)
    return None


async def _known_requester(channel: Channel, target: str, client: ClientInfo) -> bool:
    """Whether the account at `target` has signed in from the client's address before."""
    account = await account_at(channel, target)
    if account is None or client.ip_address is None:
        return False
    return await Session.exists(user_id=account.id, ip_address=client.ip_address)


def _code_message(purpose: CodePurpose, has_account: bool, code: str, ttl_minutes: int) -> str:
    """The text sent with a code; an address without the account the purpose needs gets none."""
    if purpose is CodePurpose.SIGN_UP and has_account:
        # No code for an address that already has an account: its owner is told instead.
        return (
            "Someone tried to create a Commons account with this address, which already has "
            "one. If that was you, sign in or reset your password instead."
        )
    if purpose is CodePurpose.LOG_IN and not has_account:
        return "Someone asked to sign in to Commons with this address, which has no account."
    if purpose is CodePurpose.RESET_PASSWORD and not has_account:
        return (
            "Someone asked to reset a Commons password for this address, which has no account. "
            "If that was not you, ignore this message."
        )
    return f"Your Commons verification code is {code}. It is valid for {ttl_minutes} minutes."


async def send_verification_code(
    svc: Services, channel: Channel, target: str, purpose: CodePurpose, client: ClientInfo
) -> None:
    """Send a code to `target`. The answer is the same whether or not an account uses it."""
    if purpose is CodePurpose.GUARDIAN:
        # Guardian codes go only to the address the child named (resendGuardianCode).
        raise DomainError(ErrorCode.INVALID, "Use resendGuardianCode.", ["purpose"])
    if purpose in (CodePurpose.CHANGE_CONTACT, CodePurpose.REAUTHENTICATE):
        # Those codes go only to addresses a signed-in account names, through their mutations.
        raise DomainError(
            ErrorCode.INVALID,
            "Use requestContactChange or sendReauthenticationCode for this purpose.",
            ["purpose"],
        )
    normalised = normalise_target(channel, target, ["target"])
    await limits.enforce(
        svc.counter,
        f"code-ip:{client.limit_key}",
        CODE_SENDS_PER_ADDRESS_PER_HOUR,
        3600,
        ["target"],
    )
    # Per target as well as per address, whether or not an account uses the target. The
    # per-target budget is kept per requesting address, so sends from elsewhere cannot use up
    # the owner's; a wider cap over all requesters still bounds how often one inbox is mailed.
    digest = svc.codes.target_digest(channel, normalised)
    budget = svc.settings.code_sends_per_target_per_hour
    await limits.enforce(
        svc.counter, f"code-target:{digest}:{client.limit_key}", budget, 3600, ["target"]
    )
    try:
        await limits.enforce(
            svc.counter, f"code-target:{digest}", budget * TARGET_REQUESTERS, 3600, ["target"]
        )
    except DomainError:
        # The owner, asking from where they signed in before, keeps their own budget.
        if not await _known_requester(channel, normalised, client):
            raise
    issued = await svc.codes.issue(channel, normalised, purpose)
    account = await account_at(channel, normalised)
    text = _code_message(purpose, account is not None, issued.code, svc.settings.code_ttl_minutes)
    # A code is worth sending only while it is valid: retries stop with its lifetime.
    useful_for = timedelta(minutes=svc.settings.code_ttl_minutes)
    subject = "Your Commons verification code"
    await notify(svc.queue, channel, normalised, subject, text, useful_for=useful_for)


@dataclass(frozen=True, slots=True)
class ProfileChanges:
    """Fields left as None are unchanged; an empty string clears a field."""

    nickname: str | None = None
    avatar_url: str | None = None
    company: str | None = None


_PROFILE_LIMITS = {"nickname": 64, "avatar_url": 512, "company": 128}
_PROFILE_INPUT_NAMES = {"nickname": "nickname", "avatar_url": "avatarUrl", "company": "company"}


async def update_profile(user: User, changes: ProfileChanges, client: ClientInfo) -> Profile:
    updates: dict[str, str | None] = {}
    problems: list[DomainError] = []
    for name, limit in _PROFILE_LIMITS.items():
        value = getattr(changes, name)
        if value is None:
            continue
        value = value.strip()
        field = [_PROFILE_INPUT_NAMES[name]]
        if len(value) > limit:
            problems.append(DomainError(ErrorCode.TOO_LONG, f"At most {limit} characters.", field))
        elif name == "avatar_url" and value and not value.startswith(("https://", "http://")):
            problems.append(DomainError(ErrorCode.INVALID, "An avatar is an http(s) URL.", field))
        updates[name] = value or None
    raise_all(problems)
    profile, _ = await Profile.get_or_create(user=user)
    if updates:
        for name, value in updates.items():
            setattr(profile, name, value)
        await profile.save(update_fields=list(updates))
        await audit.record(user.id, SecurityEventKind.PROFILE_UPDATED, client)
    return profile


async def change_password(
    svc: Services,
    session: Session,
    current_password: str,
    new_password: str,
    client: ClientInfo,
) -> int:
    """Returns how many other sessions were signed out."""
    user: User = session.user
    if not await svc.passwords.verify_user(user, current_password):
        raise DomainError(
            ErrorCode.INVALID_CREDENTIALS, "The current password is wrong.", ["currentPassword"]
        )
    policy = _policy_error(new_password, user.username, ["newPassword"])
    if policy:
        raise policy
    user.password_hash = await svc.passwords.hash_async(new_password)
    await user.save(update_fields=["password_hash"])
    revoked = await svc.sessions.revoke_all_except(user.id, session.id)
    await audit.record(user.id, SecurityEventKind.PASSWORD_CHANGED, client)
    return revoked


def password_policy_error(
    password: str, username: str | None, field: list[str]
) -> DomainError | None:
    """The password rule as a `DomainError` (or None), for other use cases that set one."""
    return _policy_error(password, username, field)
