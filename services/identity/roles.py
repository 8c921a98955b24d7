"""Staff roles: granting them (from the command line) and checking them (in use cases)."""

from __future__ import annotations

from models.identity.roles import Role, RoleGrant
from models.identity.users import User
from services.kernel.errors import DomainError, ErrorCode


async def grant(username: str, role: Role) -> bool:
    """Give `role` to the account named `username`; False when it already had it."""
    user = await User.get_or_none(username_key=username.strip().lower())
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"No account is named {username!r}.")
    _, created = await RoleGrant.get_or_create(user=user, role=role)
    return created


async def has_role(user: User | None, role: Role) -> bool:
    return user is not None and await RoleGrant.exists(user_id=user.id, role=role)


async def require(user: User | None, role: Role) -> User:
    """The user, if they hold `role`; otherwise a FORBIDDEN domain error."""
    if user is None or not await has_role(user, role):
        raise DomainError(ErrorCode.FORBIDDEN, "This needs the privacy officer role.")
    return user


async def holders(role: Role) -> list[User]:
    grants = await RoleGrant.filter(role=role).select_related("user")
    return [g.user for g in grants]
