"""Who may use a field, declared next to its resolver: the one permission mechanism.

Every query and mutation, and every object field whose answer depends on who asks, carries
one of these as a field extension:

    @strawberry.mutation(extensions=[signed_in(EnrolTotpPayload)])
    @strawberry.field(extensions=[owner_only(user_is_owner)])
    @strawberry.mutation(extensions=[has_role(Role.PRIVACY_OFFICER, PrivacyRequestPayload)])

Strawberry's `PermissionExtension` checks the permissions in order before the resolver runs
and answers with the first failing one's `on_unauthorized()`: for a mutation its payload with
`userErrors: [UNAUTHENTICATED | FORBIDDEN]`, for a nullable field null. The declarations are
also the authorization matrix's expectations (`tests/resolvers/test_authorization_matrix.py`
reads them from the schema and runs every cell over HTTP).

Permission instances are built once per schema and shared by every request: they keep no
per-request state (DESIGN §11). The checks that need only the viewer are plain functions: the
session is looked up before execution (`resolvers/pipeline.py`), and a field whose check
awaited would become a task of its own in every item of a list.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, ClassVar

from strawberry.permission import BasePermission, PermissionExtension

from models.community.sigs import Sig as SigModel
from models.identity.roles import Role
from resolvers.context import Info
from resolvers.errors import NOT_SIGNED_IN, user_errors
from services.community import sigs
from services.identity import roles
from services.kernel.errors import DomainError, ErrorCode


class Audience(StrEnum):
    """Whom a declaration lets through; the matrix derives each cell's expectation from it."""

    PUBLIC = "public"
    SIGNED_IN = "signed_in"
    OWNER = "owner"
    ROLE = "role"
    SIG_MAINTAINER = "sig_maintainer"


class Access(BasePermission):
    """A permission that answers a refusal as data: the payload with a user error, or null."""

    audience: ClassVar[Audience]
    default_refusal: ClassVar[DomainError] = NOT_SIGNED_IN

    def __init__(self, payload: type | None = None, **defaults: Any) -> None:
        self.payload = payload
        self.defaults = defaults
        self.refusal: DomainError = self.default_refusal

    def on_unauthorized(self) -> Any:
        if self.payload is None:
            return None
        return self.payload(user_errors=user_errors(self.refusal), **self.defaults)


class Public(Access):
    """Anyone, signed in or not. The resolver may still show less to some (say so in `note`)."""

    audience = Audience.PUBLIC

    def __init__(self, note: str = "") -> None:
        super().__init__()
        self.note = note

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return True


class SignedIn(Access):
    audience = Audience.SIGNED_IN

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        return info.context.known_session() is not None


class HasRole(Access):
    """The role held everywhere (`roles.allows`; an admin covers the community roles)."""

    audience = Audience.ROLE

    def __init__(
        self, role: Role, payload: type | None = None, any_scope: bool = False, **defaults: Any
    ) -> None:
        super().__init__(payload, **defaults)
        self.role = role
        self.any_scope = any_scope
        self.refusal = DomainError(ErrorCode.FORBIDDEN, f"This needs the {role.value} role.")

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = await info.context.viewer()
        if self.any_scope:
            return await roles.holds_anywhere(viewer, self.role)
        return await roles.allows(viewer, self.role)


class Owner(Access):
    """The object's own member; everyone else gets null. `owner_of` reads the owner's id."""

    audience = Audience.OWNER

    def __init__(self, owner_of: Callable[[Any], int]) -> None:
        super().__init__()
        self.owner_of = owner_of

    def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        viewer = info.context.known_viewer()
        return viewer is not None and viewer.id == self.owner_of(source)


class MaintainsSig(Access):
    """A maintainer of the SIG the input names (`sigs.is_maintainer`), or an admin."""

    audience = Audience.SIG_MAINTAINER
    default_refusal = DomainError(ErrorCode.FORBIDDEN, "Only the SIG's maintainers may do this.")

    def __init__(self, sig_name_of: Callable[[Any], str], payload: type | None = None) -> None:
        super().__init__(payload)
        self.sig_name_of = sig_name_of

    async def has_permission(self, source: Any, info: Info, **kwargs: Any) -> bool:
        sig = await SigModel.get_or_none(name=self.sig_name_of(kwargs)[:40])
        if sig is None:
            return True  # no such SIG: the service answers NOT_FOUND on the input's field
        return await sigs.is_maintainer(await info.context.viewer(), sig)


def user_is_owner(source: Any) -> int:
    """The owner of a `User` object (and of its mixins' fields): the member themself."""
    owner: int = source._model.id
    return owner


def request_is_owners(source: Any) -> int:
    """The owner of an object whose model has a `user_id` (a privacy request, say)."""
    owner: int = source._model.user_id
    return owner


def _extension(*permissions: BasePermission) -> PermissionExtension:
    # No schema directives: the SDL stays as it was; the declarations live in the code.
    return PermissionExtension(list(permissions), use_directives=False)


def public(note: str = "") -> PermissionExtension:
    return _extension(Public(note))


def signed_in(payload: type | None = None, **defaults: Any) -> PermissionExtension:
    return _extension(SignedIn(payload, **defaults))


def has_role(
    role: Role, payload: type | None = None, *, any_scope: bool = False, **defaults: Any
) -> PermissionExtension:
    """Signed in (else UNAUTHENTICATED), then holding `role` (else FORBIDDEN): everywhere, or
    with `any_scope` on some scope, the service then checking the scope of each item."""
    return _extension(SignedIn(payload, **defaults), HasRole(role, payload, any_scope, **defaults))


def owner_only(owner_of: Callable[[Any], int]) -> PermissionExtension:
    return _extension(Owner(owner_of))


def maintains_sig(sig_name_of: Callable[[Any], str], payload: type) -> PermissionExtension:
    """Signed in, then a maintainer of the SIG named by the arguments (else FORBIDDEN)."""
    return _extension(SignedIn(payload), MaintainsSig(sig_name_of, payload))


def declared_access(extensions: list[Any]) -> list[Access]:
    """The declarations among a field's extensions (for the matrix and its completeness test)."""
    return [
        permission
        for extension in extensions
        if isinstance(extension, PermissionExtension)
        for permission in extension.permissions
        if isinstance(permission, Access)
    ]
