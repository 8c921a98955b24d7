"""CLA status in the schema: `me { cla }` and `refreshClaStatus`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.permissions import owner_only, signed_in, user_is_owner
from services.community import cla


@strawberry.type(description="Whether the member's addresses signed the CLA (statement §1d).")
class ClaStatus:
    signed: bool = strawberry.field(description="One of the addresses signed the CLA.")
    version_matched: bool = strawberry.field(description="...and it is the current version.")
    checked_at: datetime | None = strawberry.field(description="Null: not checked yet.")
    email: str | None = strawberry.field(description="The address that signed.")

    @classmethod
    def from_status(cls, found: cla.ClaStatus) -> ClaStatus:
        return cls(
            signed=found.signed,
            version_matched=found.version_matched,
            checked_at=found.checked_at,
            email=found.email,
        )


@strawberry.type
class UserCla:
    """`User.cla`, mixed into `User`."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="The cached CLA status of the member's verified addresses and Gitee commit "
        "address; an old one is checked again in the background. Owner only.",
    )
    async def cla(self, info: Info) -> ClaStatus | None:
        # owner_only let only the member themself through.
        services = info.context.services
        return ClaStatus.from_status(await cla.read(services.settings, services.queue, self._model))


@strawberry.type
class RefreshClaStatusPayload:
    cla: ClaStatus | None = None
    user_errors: list[UserError]


@strawberry.type
class ClaMutations:
    @strawberry.mutation(
        extensions=[signed_in(RefreshClaStatusPayload)],
        description="Check the CLA status now (a few times an hour).",
    )
    async def refresh_cla_status(self, info: Info) -> RefreshClaStatusPayload:
        viewer = await info.context.require_viewer()
        services = info.context.services
        assert services.outbound is not None
        found, errors = await attempt(
            cla.refresh_on_demand(services.settings, services.outbound, services.counter, viewer)
        )
        return RefreshClaStatusPayload(
            cla=ClaStatus.from_status(found) if found else None, user_errors=errors
        )
