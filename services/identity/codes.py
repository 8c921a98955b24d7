"""One-time verification codes: 6 digits, HMAC-stored, short-lived, single use, few tries."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from tortoise.expressions import F

from models.identity.codes import VerificationCode
from services.identity.identifiers import normalise_email, normalise_phone
from services.kernel import clock, limits
from services.kernel.ratelimit import Counter
from settings import Settings


class Channel(StrEnum):
    EMAIL = "EMAIL"
    SMS = "SMS"


class CodePurpose(StrEnum):
    SIGN_UP = "SIGN_UP"
    LOG_IN = "LOG_IN"
    PRIVACY_REQUEST = "PRIVACY_REQUEST"
    # consent: a guardian proves their address before consenting for a child
    GUARDIAN = "GUARDIAN"
    # mfa (account changes)
    RESET_PASSWORD = "RESET_PASSWORD"
    CHANGE_CONTACT = "CHANGE_CONTACT"
    REAUTHENTICATE = "REAUTHENTICATE"


@dataclass(frozen=True, slots=True)
class IssuedCode:
    channel: Channel
    target: str
    code: str


def normalise_target(channel: Channel, target: str, field: list[str]) -> str:
    if channel is Channel.EMAIL:
        return normalise_email(target, field)
    return normalise_phone(target, field)


class CodeBook:
    """Issues and checks codes. Knows nothing of accounts: callers decide whom to send what."""

    def __init__(self, settings: Settings, counter: Counter) -> None:
        self.settings = settings
        self.counter = counter
        self._key = settings.secret_key.encode()

    def _digest(self, *parts: str) -> str:
        return hmac.new(self._key, "\x1f".join(parts).encode(), hashlib.sha256).hexdigest()

    def target_digest(self, channel: Channel, target: str) -> str:
        return self._digest("target", channel.value, target)

    async def issue(self, channel: Channel, target: str, purpose: CodePurpose) -> IssuedCode:
        """A fresh code for `target`; earlier unused codes for the same purpose stop working."""
        digest = self.target_digest(channel, target)
        window = self.settings.code_resend_seconds
        # Per purpose: a code someone else asked for (say, to add this number to their
        # account) must not hold up the owner's own sign-up or sign-in code.
        key = f"code-send:{digest}:{purpose.value}"
        if await self.counter.hit(key, window) > 1:
            raise await limits.rate_limited(
                self.counter, key, "A code was sent a moment ago.", ["target"]
            )
        now = clock.now()
        await VerificationCode.filter(
            target_digest=digest, purpose=purpose.value, consumed_at=None
        ).update(consumed_at=now)
        code = f"{secrets.randbelow(10**6):06d}"
        await VerificationCode.create(
            channel=channel.value,
            purpose=purpose.value,
            target_digest=digest,
            code_digest=self._digest("code", digest, purpose.value, code),
            expires_at=now + timedelta(minutes=self.settings.code_ttl_minutes),
        )
        return IssuedCode(channel, target, code)

    async def _matching(
        self, channel: Channel, target: str, purpose: CodePurpose, code: str
    ) -> VerificationCode | None:
        """The live code row `code` matches; a wrong code counts against the row's tries."""
        digest = self.target_digest(channel, target)
        row = (
            await VerificationCode.filter(
                target_digest=digest,
                purpose=purpose.value,
                consumed_at=None,
                expires_at__gt=clock.now(),
            )
            .order_by("-id")
            .first()
        )
        if row is None or row.attempts >= self.settings.code_max_attempts:
            return None
        expected = self._digest("code", digest, purpose.value, code.strip())
        if not hmac.compare_digest(expected, row.code_digest):
            await VerificationCode.filter(id=row.id).update(attempts=F("attempts") + 1)
            return None
        return row

    async def verify(self, channel: Channel, target: str, purpose: CodePurpose, code: str) -> bool:
        """Whether `code` is right, without spending it (a wrong one still costs a try)."""
        return await self._matching(channel, target, purpose, code) is not None

    async def consume(self, channel: Channel, target: str, purpose: CodePurpose, code: str) -> bool:
        """True exactly once for the right code within its lifetime and try budget."""
        row = await self._matching(channel, target, purpose, code)
        if row is None:
            return False
        # The conditional update is the atomic step: of two racing requests only one wins.
        won = await VerificationCode.filter(
            id=row.id, consumed_at=None, attempts__lt=self.settings.code_max_attempts
        ).update(consumed_at=clock.now())
        return won == 1
