"""Account use cases: verification codes, sign-up, password sign-in, profile, password change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.identity.sessions import Session
from models.identity.users import Profile, User, UserStatus, find_by_username
from providers.base import InvalidCredentials
from providers.password import PasswordPolicyError, check_password_policy
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity import audit, guardians, lockout
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodePurpose, normalise_target
from services.identity.contact import account_at, notify
from services.identity.container import Services
from services.identity.identifiers import check_username, normalise_email, normalise_phone
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode, raise_all

CODE_SENDS_PER_ADDRESS_PER_HOUR = 30

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
        f"code-ip:{client.ip_address}",
        CODE_SENDS_PER_ADDRESS_PER_HOUR,
        3600,
        ["target"],
    )
    # Per target as well as per address, whether or not an account uses the target.
    await limits.enforce(
        svc.counter,
        f"code-target:{svc.codes.target_digest(channel, normalised)}",
        svc.settings.code_sends_per_target_per_hour,
        3600,
        ["target"],
    )
    issued = await svc.codes.issue(channel, normalised, purpose)
    account = await account_at(channel, normalised)
    if purpose is CodePurpose.SIGN_UP and account is not None:
        # No code for an address that already has an account: its owner is told instead.
        text = (
            "Someone tried to create a Commons account with this address, which already has "
            "one. If that was you, sign in or reset your password instead."
        )
    elif purpose is CodePurpose.LOG_IN and account is None:
        text = "Someone asked to sign in to Commons with this address, which has no account."
    elif purpose is CodePurpose.RESET_PASSWORD and account is None:
        text = (
            "Someone asked to reset a Commons password for this address, which has no account. "
            "If that was not you, ignore this message."
        )
    else:
        text = (
            f"Your Commons verification code is {issued.code}. "
            f"It is valid for {svc.settings.code_ttl_minutes} minutes."
        )
    await notify(svc.queue, channel, normalised, "Your Commons verification code", text)


@dataclass(frozen=True, slots=True)
class SignUpRequest:
    username: str
    email: str | None
    phone: str | None
    password: str
    verification_code: str
    consents: tuple[ConsentPurpose, ...] = ()
    date_of_birth: date | None = None
    guardian_email: str | None = None
    guardian_phone: str | None = None


async def sign_up(svc: Services, request: SignUpRequest, client: ClientInfo) -> SignInResult:
    """Create an account whose e-mail address (or, without one, phone number) a code proved."""
    problems: list[DomainError] = []
    username = email = phone = None
    try:
        username = check_username(request.username, ["username"])
    except DomainError as exc:
        problems.append(exc)
    try:
        email = normalise_email(request.email, ["email"]) if request.email else None
    except DomainError as exc:
        problems.append(exc)
    try:
        phone = normalise_phone(request.phone, ["phone"]) if request.phone else None
    except DomainError as exc:
        problems.append(exc)
    if not request.email and not request.phone:
        problems.append(
            DomainError(ErrorCode.REQUIRED, "Give an e-mail address or a phone number.", ["email"])
        )
    policy = _policy_error(request.password, request.username, ["password"])
    if policy:
        problems.append(policy)
    guardian = None
    try:
        guardian = guardians.check_sign_up(
            svc.settings, request.date_of_birth, request.guardian_email, request.guardian_phone
        )
    except DomainError as exc:
        problems.append(exc)
    raise_all(problems)
    assert username is not None
    if await User.exists(username_key=username.lower()):
        raise DomainError(ErrorCode.USERNAME_TAKEN, "This user name is taken.", ["username"])

    channel, target = (Channel.EMAIL, email) if email else (Channel.SMS, phone)
    assert target is not None
    if not await svc.codes.consume(channel, target, CodePurpose.SIGN_UP, request.verification_code):
        raise DomainError(
            ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["verificationCode"]
        )
    password_hash = await svc.passwords.hash_async(request.password)
    try:
        async with in_transaction():
            user = await User.create(
                username=username,
                username_key=username.lower(),
                email=email,
                phone=phone,
                password_hash=password_hash,
                # A child's account stays inactive until the guardian consents.
                status=UserStatus.DEACTIVATED if guardian else UserStatus.ACTIVE,
            )
            await Profile.create(user=user)
            await guardians.record(user, request.date_of_birth, guardian)
            if guardian is None:  # a child cannot consent; the guardian will
                await consent.record_sign_up(user.id, request.consents, client)
    except IntegrityError:
        # Only a race or an address taken meanwhile gets here; the code has been spent.
        raise DomainError(
            ErrorCode.IDENTIFIER_TAKEN,
            "This account cannot be created. Sign in or reset your password instead.",
            ["username"],
        ) from None
    if guardian is not None:
        # No session: until the guardian consents nothing is processed but the account.
        await guardians.ask_guardian(svc, user, guardian)
        return SignInResult(user, None)
    return await finish_sign_in(svc, user, client, SecurityEventKind.SIGNED_UP)


async def log_in_with_password(
    svc: Services, identifier: str, password: str, client: ClientInfo
) -> SignInResult:
    """Known and unknown accounts get the same answer after the same amount of work."""
    settings = svc.settings
    field = ["password"]
    window = settings.login_failure_window_seconds
    await limits.enforce(
        svc.counter,
        f"login-ip:{client.ip_address}",
        settings.login_max_failures_per_address,
        window,
        field,
    )
    await lockout.ensure_not_locked(svc.counter, settings, identifier, field)
    try:
        identity = await svc.passwords.authenticate(
            {"identifier": identifier, "password": password}
        )
        user = await User.get(id=identity.user_id)
        if user.status is not UserStatus.ACTIVE:
            raise InvalidCredentials
    except InvalidCredentials:
        await lockout.record_failure(svc.counter, settings, identifier)
        known = await find_by_username(identifier)
        await audit.record(known.id if known else None, SecurityEventKind.LOGIN_FAILED, client)
        raise DomainError(
            ErrorCode.INVALID_CREDENTIALS, "The identifier or password is wrong.", field
        ) from None
    await lockout.record_success(svc.counter, identifier)
    return await finish_sign_in(svc, user, client, SecurityEventKind.LOGIN_SUCCEEDED)


async def log_out(svc: Services, session: Session, client: ClientInfo) -> None:
    await svc.sessions.revoke(session.id, session.user_id)
    await audit.record(session.user_id, SecurityEventKind.LOGGED_OUT, client)


async def revoke_session(svc: Services, user: User, session_id: int, client: ClientInfo) -> None:
    if not await svc.sessions.revoke(session_id, user.id):
        raise DomainError(ErrorCode.NOT_FOUND, "No such session.", ["id"])
    await audit.record(user.id, SecurityEventKind.SESSION_REVOKED, client)


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
