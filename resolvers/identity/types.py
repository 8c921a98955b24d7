"""Outside identities as the API shows them: `me { identities { provider login email ... } }`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models.identity.identities import ExternalIdentity
from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.identity.loaders import identities_by_user
from resolvers.permissions import owner_only, user_is_owner


@strawberry.type
class Identity:
    """An outside account (Gitee, ...) bound to the member's account."""

    _model: strawberry.Private[ExternalIdentity]

    @strawberry.field(description="The provider's id, as in `authProviders`.")
    def provider(self) -> str:
        return self._model.provider

    @strawberry.field(description="The user name at the provider.")
    def login(self) -> str | None:
        return self._model.login

    @strawberry.field
    def nickname(self) -> str | None:
        return self._model.nickname

    @strawberry.field
    def avatar_url(self) -> str | None:
        return self._model.avatar_url

    @strawberry.field(description="The address the provider gave, if any.")
    def email(self) -> str | None:
        return self._model.email

    @strawberry.field(
        description="Whether the provider verified `email`. Commons uses only verified ones."
    )
    def email_verified(self) -> bool:
        return bool(self._model.email_verified and self._model.email)

    @strawberry.field
    def linked_at(self) -> datetime:
        return self._model.linked_at


@strawberry.type
class UserIdentityFields:
    """Mixed into `User`: the bound identities, for the member only."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Bound outside accounts, oldest first. Owner only.",
    )
    async def identities(self, info: Info) -> list[Identity] | None:
        bound = await info.context.loaders.load(identities_by_user, self._model.id)
        return [Identity(_model=i) for i in bound]
