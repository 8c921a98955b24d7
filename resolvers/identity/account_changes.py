"""Changing e-mail address or phone number with a code, and resetting a forgotten password."""

from __future__ import annotations

import strawberry

from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.identity.accounts import Channel
from resolvers.identity.users import User
from resolvers.permissions import public, signed_in
from services.identity import account_changes


@strawberry.input
class RequestContactChangeInput:
    channel: Channel
    new_address: str = strawberry.field(description="The new e-mail address or phone number.")


@strawberry.type
class RequestContactChangePayload:
    sent: bool
    user_errors: list[UserError]


@strawberry.input
class ConfirmContactChangeInput:
    channel: Channel
    code: str = strawberry.field(description="The code sent to the new address.")
    revoke_other_sessions: bool = strawberry.field(
        default=False, description="Also sign out every other session."
    )


@strawberry.type
class ConfirmContactChangePayload:
    user: User | None = None
    other_sessions_revoked: int | None = None
    user_errors: list[UserError]


@strawberry.input
class ResetPasswordInput:
    channel: Channel
    target: str = strawberry.field(description="The account's e-mail address or phone number.")
    code: str = strawberry.field(description="The RESET_PASSWORD code sent there.")
    new_password: str


@strawberry.type
class ResetPasswordPayload:
    reset: bool
    user_errors: list[UserError]


@strawberry.type
class AccountChangeMutations:
    @strawberry.mutation(
        extensions=[signed_in(RequestContactChangePayload, sent=False)],
        description="Send a code to a new address; it replaces the old one once confirmed. "
        "Needs a recent re-authentication.",
    )
    async def request_contact_change(
        self, info: Info, input: RequestContactChangeInput
    ) -> RequestContactChangePayload:
        ctx = info.context
        session = await ctx.require_session()
        _, errors = await attempt(
            account_changes.request_contact_change(
                ctx.services, session, input.channel, input.new_address, ctx.client
            )
        )
        return RequestContactChangePayload(sent=not errors, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(ConfirmContactChangePayload)],
        description="Make the new address yours; the old one is told.",
    )
    async def confirm_contact_change(
        self, info: Info, input: ConfirmContactChangeInput
    ) -> ConfirmContactChangePayload:
        ctx = info.context
        session = await ctx.require_session()
        changed, errors = await attempt(
            account_changes.confirm_contact_change(
                ctx.services,
                session,
                input.channel,
                input.code,
                input.revoke_other_sessions,
                ctx.client,
            )
        )
        if changed is None:
            return ConfirmContactChangePayload(user_errors=errors)
        return ConfirmContactChangePayload(
            user=User.from_model(session.user),
            other_sessions_revoked=changed.other_sessions_revoked,
            user_errors=[],
        )

    @strawberry.mutation(
        extensions=[public("the code proves the address")],
        description="Set a new password with a RESET_PASSWORD code. Signs out every session.",
    )
    async def reset_password(self, info: Info, input: ResetPasswordInput) -> ResetPasswordPayload:
        ctx = info.context
        _, errors = await attempt(
            account_changes.reset_password(
                ctx.services,
                input.channel,
                input.target,
                input.code,
                input.new_password,
                ctx.client,
            )
        )
        return ResetPasswordPayload(reset=not errors, user_errors=errors)
