"""Outside identities as the API shows them: `me { identities { provider login linkedAt } }`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models.identity.identities import ExternalIdentity
from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.identity.loaders import identities_by_user


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

    @strawberry.field
    def linked_at(self) -> datetime:
        return self._model.linked_at


@strawberry.type
class UserIdentityFields:
    """Mixed into `User`: the bound identities, for the member only."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(description="Bound outside accounts, oldest first. Owner only.")
    async def identities(self, info: Info) -> list[Identity] | None:
        viewer = await info.context.viewer()
        if viewer is None or viewer.id != self._model.id:
            return None
        bound = await info.context.loaders.load(identities_by_user, self._model.id)
        return [Identity(_model=i) for i in bound]
