"""Roles, granted from the command line and checked in one place (`allows`).

A grant may be scoped: `maintainer` of `sig:infra` is a grant of MAINTAINER with that scope.
A grant with no scope holds everywhere. `admin` manages the community: it covers every
scoped role (maintainer, meetup organiser) but not the privacy officer's, whose access to
requests is kept to the people named for it (statement §6).
"""

from __future__ import annotations

from models.identity.roles import Role, RoleGrant
from models.identity.users import User, find_by_username
from services.kernel.errors import DomainError, ErrorCode

# Roles an admin holds implicitly.
ADMIN_COVERS = frozenset({Role.ADMIN, Role.MAINTAINER, Role.MEETUP_ORGANIZER})
SCOPE_MAX_LENGTH = 80


async def _user_named(username: str) -> User:
    user = await find_by_username(username)
    if user is None:
        raise DomainError(ErrorCode.NOT_FOUND, f"No account is named {username!r}.")
    return user


def _checked_scope(scope: str | None) -> str:
    scope = (scope or "").strip().lower()
    if len(scope) > SCOPE_MAX_LENGTH:
        raise DomainError(ErrorCode.TOO_LONG, "A role's scope is at most 80 characters.")
    return scope


async def grant(username: str, role: Role, scope: str | None = None) -> bool:
    """Give `role` (on `scope`, or everywhere) to `username`; False when it already had it."""
    user = await _user_named(username)
    _, created = await RoleGrant.get_or_create(user=user, role=role, scope=_checked_scope(scope))
    return created


async def revoke(username: str, role: Role, scope: str | None = None) -> bool:
    """Take `role` (on `scope`, or the unscoped grant) from `username`; False if it had none."""
    user = await _user_named(username)
    removed = await RoleGrant.filter(user=user, role=role, scope=_checked_scope(scope)).delete()
    return removed > 0


async def allows(user: User | None, role: Role, scope: str | None = None) -> bool:
    """The one permission check: does `user` hold `role` on `scope` (or everywhere)?"""
    if user is None:
        return False
    scopes = ["", _checked_scope(scope)] if scope else [""]
    wanted = [role, Role.ADMIN] if role in ADMIN_COVERS else [role]
    return await RoleGrant.exists(user_id=user.id, role__in=wanted, scope__in=scopes)


async def holds_anywhere(user: User | None, role: Role) -> bool:
    """Whether `user` holds `role` on any scope (a city, a SIG), everywhere, or as admin:
    the door to a feature whose service then checks the scope of each item."""
    if user is None:
        return False
    wanted = [role, Role.ADMIN] if role in ADMIN_COVERS else [role]
    return await RoleGrant.exists(user_id=user.id, role__in=wanted)


async def has_role(user: User | None, role: Role) -> bool:
    """`allows` without a scope: the role held everywhere."""
    return await allows(user, role)


async def require(user: User | None, role: Role, scope: str | None = None) -> User:
    """The user, if `allows` them; otherwise a FORBIDDEN domain error."""
    if user is None or not await allows(user, role, scope):
        raise DomainError(ErrorCode.FORBIDDEN, f"This needs the {role.value} role.")
    return user


async def holders(role: Role, scope: str | None = None) -> list[User]:
    """Who holds `role` itself (on `scope` or everywhere); implicit admin cover not included."""
    scopes = ["", _checked_scope(scope)] if scope else [""]
    grants = await RoleGrant.filter(role=role, scope__in=scopes).select_related("user")
    return list({g.user.id: g.user for g in grants}.values())
