"""Passwordless sign-in with a code sent to an e-mail address or a phone number.

The core does the policy (limits per client address and per target, the same answer for
known and unknown targets, audit); `providers.codes.CodeProvider` does the proving through
`CodeSignIn`, which checks a code against the CodeBook.
"""

from __future__ import annotations

from models.identity.users import User, UserStatus
from providers.base import InvalidCredentials
from services.identity import audit
from services.identity.audit import SecurityEventKind
from services.identity.codes import Channel, CodeBook, CodePurpose, normalise_target
from services.identity.contact import account_at
from services.identity.container import Services
from services.identity.signin import SignInResult, finish_sign_in
from services.kernel import limits
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode


def channel_of(target: str) -> Channel:
    return Channel.EMAIL if "@" in target else Channel.SMS


class CodeSignIn:
    """The `CodeVerifier` behind the code provider: a LOG_IN code for an active account."""

    def __init__(self, codes: CodeBook) -> None:
        self.codes = codes

    async def user_for_code(self, target: str, code: str) -> int | None:
        channel = channel_of(target)
        try:
            normalised = normalise_target(channel, target, ["target"])
        except DomainError:
            return None
        # Codes are issued for unknown targets too (and never sent), so this costs the same.
        if not await self.codes.consume(channel, normalised, CodePurpose.LOG_IN, code):
            return None
        user = await account_at(channel, normalised)
        if user is None or user.status is not UserStatus.ACTIVE:
            return None
        return user.id


async def log_in_with_code(
    svc: Services, target: str, code: str, client: ClientInfo
) -> SignInResult:
    """Every attempt counts against the client address and the target, whoever owns it."""
    settings = svc.settings
    channel = channel_of(target)
    normalised = normalise_target(channel, target, ["code", "target"])
    window = settings.login_failure_window_seconds
    await limits.enforce(
        svc.counter,
        f"login-ip:{client.limit_key}",
        settings.login_max_failures_per_address,
        window,
        ["code", "code"],
    )
    failures_key = f"code-login-fail:{svc.codes.target_digest(channel, normalised)}"
    if await svc.counter.count(failures_key) >= settings.login_max_failures_per_account:
        raise await limits.rate_limited(
            svc.counter, failures_key, "Too many failed attempts.", ["code", "code"]
        )
    provider = svc.providers.get("code")
    if provider is None:
        raise DomainError(ErrorCode.UNKNOWN_PROVIDER, "Code sign-in is not enabled.", ["code"])
    try:
        identity = await provider.authenticate({"target": normalised, "code": code})
    except InvalidCredentials:
        await svc.counter.hit(failures_key, window)
        known = await account_at(channel, normalised)
        await audit.record(known.id if known else None, SecurityEventKind.LOGIN_FAILED, client)
        raise DomainError(
            ErrorCode.INVALID_CODE, "The code is wrong or has expired.", ["code", "code"]
        ) from None
    await svc.counter.reset(failures_key)
    user = await User.get(id=identity.user_id)
    return await finish_sign_in(svc, user, client, SecurityEventKind.LOGIN_SUCCEEDED)
