"""Sign-in with a user name, e-mail address or phone number and a password."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from functools import lru_cache

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError
from zxcvbn.frequency_lists import FREQUENCY_LISTS

from models.identity.users import User, find_by_identifier
from providers.base import InvalidCredentials, ProviderKind, VerifiedIdentity
from settings import Settings

MIN_LENGTH = 8
MAX_LENGTH = 256
COMMON_PASSWORDS_CHECKED = 10_000


@lru_cache(maxsize=1)
def common_passwords() -> frozenset[str]:
    """The most common passwords of the zxcvbn frequency list (leaked-password corpora)."""
    return frozenset(FREQUENCY_LISTS["passwords"][:COMMON_PASSWORDS_CHECKED])


class PasswordPolicyError(ValueError):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def check_password_policy(password: str, username: str | None) -> None:
    """NIST SP 800-63B: length, no composition rules, no common or username-based passwords."""
    if len(password) < MIN_LENGTH:
        raise PasswordPolicyError("too_short")
    if len(password) > MAX_LENGTH:
        raise PasswordPolicyError("too_long")
    if password.lower() in common_passwords():
        raise PasswordPolicyError("too_common")
    if username and username.lower() in password.lower():
        raise PasswordPolicyError("contains_username")


def make_hasher(settings: Settings) -> PasswordHasher:
    return PasswordHasher(
        time_cost=settings.argon2_time_cost,
        memory_cost=settings.argon2_memory_kib,
        parallelism=settings.argon2_parallelism,
        type=Type.ID,
    )


class PasswordProvider:
    """Argon2id password sign-in. An unknown identifier costs a hash too: timing tells nothing."""

    name = "password"
    kind = ProviderKind.PASSWORD
    display_name = "Password"

    def __init__(self, hasher: PasswordHasher) -> None:
        self.hasher = hasher
        self._dummy_hash = hasher.hash("commons-timing-equaliser")

    async def hash_async(self, password: str) -> str:
        # Argon2 is CPU-bound by design; a thread keeps the event loop serving others.
        return await asyncio.to_thread(self.hasher.hash, password)

    async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity:
        identifier = credentials.get("identifier", "")
        password = credentials.get("password", "")
        user = await find_by_identifier(identifier) if identifier else None
        stored = user.password_hash if user is not None else None
        matches = await self._verify(stored or self._dummy_hash, password)
        if not matches or user is None or not stored:
            raise InvalidCredentials
        if self.hasher.check_needs_rehash(stored):
            user.password_hash = await self.hash_async(password)
            await user.save(update_fields=["password_hash"])
        return VerifiedIdentity(provider=self.name, subject=str(user.public_id), user_id=user.id)

    async def verify_user(self, user: User, password: str) -> bool:
        matches = await self._verify(user.password_hash or self._dummy_hash, password)
        return matches and bool(user.password_hash)

    async def active_credentials(self, user_id: int) -> int:
        return await User.filter(id=user_id, password_hash__isnull=False).count()

    async def _verify(self, stored: str, password: str) -> bool:
        return await asyncio.to_thread(self._verify_now, stored, password)

    def _verify_now(self, stored: str, password: str) -> bool:
        try:
            return self.hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return False
