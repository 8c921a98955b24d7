"""Sign-up: an account whose first address a code proved.

Order matters for what an answer can reveal: the form is checked, then the code (rate-limited
per client address), and only then whether the user name is free, so nobody without the code
learns which names are taken. A second address given on the form (a phone number next to an
e-mail address) is not stored: it stays pending until its own code comes back
(`confirmContactChange`), so nobody can register someone else's number.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.identity.users import Profile, User, UserStatus
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity import account_changes, guardians
from services.identity.accounts import password_policy_error
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodePurpose
from services.identity.container import Services
from services.identity.guardians import GuardianContact
from services.identity.identifiers import check_username, normalise_email, normalise_phone
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode, raise_all

SIGN_UP_ATTEMPTS_PER_ADDRESS_PER_HOUR = 30

T = TypeVar("T")


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


@dataclass(frozen=True, slots=True)
class _Form:
    username: str
    email: str | None
    phone: str | None
    guardian: GuardianContact | None

    @property
    def proven(self) -> tuple[Channel, str]:
        """The address the sign-up code was sent to: the e-mail address, else the phone."""
        if self.email:
            return Channel.EMAIL, self.email
        assert self.phone is not None
        return Channel.SMS, self.phone


def _attempt(problems: list[DomainError], check: Callable[[], T]) -> T | None:
    try:
        return check()
    except DomainError as exc:
        problems.append(exc)
        return None


def _checked_form(svc: Services, request: SignUpRequest) -> _Form:
    """Every input problem at once, as `DomainErrors`; the normalised form otherwise."""
    problems: list[DomainError] = []
    username = _attempt(problems, lambda: check_username(request.username, ["username"]))
    email = _attempt(
        problems, lambda: normalise_email(request.email, ["email"]) if request.email else None
    )
    phone = _attempt(
        problems, lambda: normalise_phone(request.phone, ["phone"]) if request.phone else None
    )
    if not request.email and not request.phone:
        problems.append(
            DomainError(ErrorCode.REQUIRED, "Give an e-mail address or a phone number.", ["email"])
        )
    policy = password_policy_error(request.password, request.username, ["password"])
    if policy:
        problems.append(policy)
    guardian = _attempt(
        problems,
        lambda: guardians.check_sign_up(
            svc.settings, request.date_of_birth, request.guardian_email, request.guardian_phone
        ),
    )
    raise_all(problems)
    assert username is not None
    return _Form(username, email, phone, guardian)


async def _check_code(svc: Services, form: _Form, code: str, client: ClientInfo) -> None:
    await limits.enforce(
        svc.counter,
        f"sign-up-ip:{client.limit_key}",
        SIGN_UP_ATTEMPTS_PER_ADDRESS_PER_HOUR,
        3600,
        ["verificationCode"],
    )
    channel, target = form.proven
    if not await svc.codes.verify(channel, target, CodePurpose.SIGN_UP, code):
        raise DomainError(
            ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["verificationCode"]
        )


async def _create(svc: Services, form: _Form, request: SignUpRequest, client: ClientInfo) -> User:
    channel, target = form.proven
    if not await svc.codes.consume(channel, target, CodePurpose.SIGN_UP, request.verification_code):
        # A racing request spent the code between the check and now.
        raise DomainError(
            ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["verificationCode"]
        )
    password_hash = await svc.passwords.hash_async(request.password)
    try:
        async with in_transaction():
            user = await User.create(
                username=form.username,
                username_key=form.username.lower(),
                email=target if channel is Channel.EMAIL else None,
                phone=target if channel is Channel.SMS else None,
                password_hash=password_hash,
                # A child's account stays inactive until the guardian consents.
                status=UserStatus.DEACTIVATED if form.guardian else UserStatus.ACTIVE,
            )
            await Profile.create(user=user)
            await guardians.record(user, request.date_of_birth, form.guardian)
            if form.guardian is None:  # a child cannot consent; the guardian will
                await consent.record_sign_up(user.id, request.consents, client)
    except IntegrityError:
        # Only a race gets here (the name or the proven address taken meanwhile).
        raise DomainError(
            ErrorCode.IDENTIFIER_TAKEN,
            "This account cannot be created. Sign in or reset your password instead.",
            ["username"],
        ) from None
    return user


async def sign_up(svc: Services, request: SignUpRequest, client: ClientInfo) -> SignInResult:
    """Create an account whose e-mail address (or, without one, phone number) a code proved."""
    form = _checked_form(svc, request)
    await _check_code(svc, form, request.verification_code, client)
    if await User.exists(username_key=form.username.lower()):
        raise DomainError(ErrorCode.USERNAME_TAKEN, "This user name is taken.", ["username"])
    user = await _create(svc, form, request, client)
    if form.email and form.phone:
        # The phone number joins the account only when its own code comes back.
        # A code went to this number a moment ago: it can be added again later.
        with suppress(DomainError):
            await account_changes.start_contact_change(svc, user, Channel.SMS, form.phone)
    if form.guardian is not None:
        # No session: until the guardian consents nothing is processed but the account.
        await guardians.ask_guardian(svc, user, form.guardian)
        return SignInResult(user, None)
    return await finish_sign_in(svc, user, client, SecurityEventKind.SIGNED_UP)
