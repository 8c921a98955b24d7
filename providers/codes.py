"""Passwordless sign-in with a code sent by e-mail or SMS.

The provider checks a code through a `CodeVerifier` it is given: issuing, storing and rate
limiting codes is the core's business (services/code_signin.py), proving is this module's.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

from models.identity.users import User
from providers.base import InvalidCredentials, ProviderKind, VerifiedIdentity


class CodeVerifier(Protocol):
    async def user_for_code(self, target: str, code: str) -> int | None:
        """The id of the active account `target` belongs to, if `code` is its sign-in code."""
        ...


class CodeProvider:
    name = "code"
    kind = ProviderKind.CODE
    display_name = "Verification code"
    channels = ("EMAIL", "SMS")

    def __init__(self, verifier: CodeVerifier) -> None:
        self.verifier = verifier

    async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity:
        target = credentials.get("target", "")
        code = credentials.get("code", "")
        user_id = await self.verifier.user_for_code(target, code) if target and code else None
        if user_id is None:
            raise InvalidCredentials
        return VerifiedIdentity(provider=self.name, subject=str(user_id), user_id=user_id)

    async def active_credentials(self, user_id: int) -> int:
        """An e-mail address and a phone number each take a sign-in code."""
        user = await User.get_or_none(id=user_id)
        if user is None:
            return 0
        return int(user.email is not None) + int(user.phone is not None)
