"""SIGs in the schema: `sigs`, `sig(name)`, and `setSig` for admins."""

from __future__ import annotations

import strawberry

from models.community.sigs import Sig as SigModel
from models.identity.roles import Role
from resolvers.errors import UserError, attempt
from resolvers.ids import to_global_id
from resolvers.pagination import Connection, paginate
from resolvers.permissions import has_role, public
from services.community import sigs


@strawberry.type(description="A special interest group.")
class Sig:
    _model: strawberry.Private[SigModel]
    id: strawberry.ID
    name: str
    description: str
    mailing_list: str | None = strawberry.field(description="The SIG's mailing-list address.")
    repositories: list[str] = strawberry.field(
        description="The SIG's repositories on Gitee, as owner/repo."
    )

    @classmethod
    def of(cls, model: SigModel) -> Sig:
        """Plain values filled in once, not resolved field by field (a list shows many)."""
        return cls(
            _model=model,
            id=strawberry.ID(to_global_id("Sig", model.id)),
            name=model.name,
            description=model.description,
            mailing_list=model.mailing_list,
            repositories=list(model.repositories),
        )

    @strawberry.field(description="Gitee logins of the maintainers, as the SIG publishes them.")
    async def maintainers(self) -> list[str]:
        return sorted(m.gitee_login for m in await self._model.maintainers)


@strawberry.input
class SetSigInput:
    name: str = strawberry.field(description="1 to 40 lowercase letters, digits or hyphens.")
    description: str | None = None
    mailing_list: str | None = None
    maintainers: list[str] | None = strawberry.field(
        default=None, description="Gitee logins; replaces the list when given."
    )
    repositories: list[str] | None = strawberry.field(
        default=None, description="owner/repo names; replaces the list when given."
    )


@strawberry.type
class SetSigPayload:
    sig: Sig | None = None
    user_errors: list[UserError]


@strawberry.type
class SigQueries:
    @strawberry.field(extensions=[public()], description="Every SIG, by name.")
    async def sigs(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Sig]:
        query = SigModel.all().order_by("name").prefetch_related("maintainers")
        return await paginate(query, Sig.of, first, after, last, before)

    @strawberry.field(extensions=[public()], description="One SIG by name, or null.")
    async def sig(self, name: str) -> Sig | None:
        found = await sigs.named(name)
        return Sig.of(found) if found else None


@strawberry.type
class SigMutations:
    @strawberry.mutation(
        extensions=[has_role(Role.ADMIN, SetSigPayload)],
        description="Create or change a SIG. Admins only.",
    )
    async def set_sig(self, input: SetSigInput) -> SetSigPayload:
        change = sigs.SigChange(
            input.maintainers, input.description, input.mailing_list, input.repositories
        )
        found, errors = await attempt(sigs.set_sig(input.name, change))
        return SetSigPayload(sig=Sig.of(found) if found else None, user_errors=errors)
