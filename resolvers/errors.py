"""`UserError`: expected failures as data, with the path into the mutation's input."""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TypeVar

import strawberry

from resolvers.error_codes import describe
from services.kernel.errors import DomainError, DomainErrors
from services.kernel.errors import ErrorCode as DomainErrorCode

ErrorCode = describe(
    strawberry.enum(
        DomainErrorCode,
        name="UserErrorCode",
        description="What went wrong, for a program to act on (docs/api.md lists them).",
    )
)

T = TypeVar("T")


@strawberry.type
class UserError:
    field: list[str] | None = strawberry.field(
        description="Path into the input, when one field is at fault."
    )
    message: str
    code: ErrorCode  # type: ignore[valid-type]
    retry_after_seconds: int | None = strawberry.field(
        default=None, description="RATE_LIMITED: seconds to wait before trying again."
    )


def _to_user_error(error: DomainError) -> UserError:
    field = ["input", *error.field] if error.field is not None else None
    return UserError(
        field=field,
        message=error.message,
        code=error.code,
        retry_after_seconds=error.retry_after_seconds,
    )


def user_errors(failure: DomainError | DomainErrors) -> list[UserError]:
    if isinstance(failure, DomainErrors):
        return [_to_user_error(e) for e in failure.errors]
    return [_to_user_error(failure)]


async def attempt(work: Awaitable[T]) -> tuple[T | None, list[UserError]]:
    """Await a service call; an expected failure becomes `userErrors`, anything else propagates."""
    try:
        return await work, []
    except (DomainError, DomainErrors) as failure:
        return None, user_errors(failure)


NOT_SIGNED_IN = DomainError(DomainErrorCode.UNAUTHENTICATED, "Sign in first.")


class PublicError(Exception):
    """A top-level error whose message is safe to show (bad arguments to a query field)."""
