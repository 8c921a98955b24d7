"""The guardian's step for a child's account (statement §9)."""

from __future__ import annotations

import strawberry

from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.gate.consent import ConsentPurpose
from resolvers.permissions import public
from services.identity import guardians


@strawberry.input
class ConfirmGuardianConsentInput:
    username: str = strawberry.field(description="The child's user name.")
    code: str = strawberry.field(description="The code sent to the guardian.")
    consents: list[ConsentPurpose] = strawberry.field(
        default_factory=list,
        description="Optional purposes the guardian agrees to; the account purpose is implied.",
    )


@strawberry.type
class ConfirmGuardianConsentPayload:
    confirmed: bool
    user_errors: list[UserError]


@strawberry.input
class ResendGuardianCodeInput:
    username: str = strawberry.field(description="The child's user name.")


@strawberry.type
class ResendGuardianCodePayload:
    sent: bool
    user_errors: list[UserError]


@strawberry.type
class PrivacyGuardianMutations:
    @strawberry.mutation(
        extensions=[public("limited per child and address")],
        description="Send the guardian of a waiting child's account a fresh code. The answer "
        "never tells whether such an account exists.",
    )
    async def resend_guardian_code(
        self, info: Info, input: ResendGuardianCodeInput
    ) -> ResendGuardianCodePayload:
        _, errors = await attempt(
            guardians.resend(info.context.services, input.username, info.context.client)
        )
        return ResendGuardianCodePayload(sent=not errors, user_errors=errors)

    @strawberry.mutation(
        extensions=[public("the code proves the guardian")],
        description="A guardian consents for a child's account; the child may then sign in.",
    )
    async def confirm_guardian_consent(
        self, info: Info, input: ConfirmGuardianConsentInput
    ) -> ConfirmGuardianConsentPayload:
        ctx = info.context
        user, errors = await attempt(
            guardians.confirm(ctx.services, input.username, input.code, input.consents, ctx.client)
        )
        return ConfirmGuardianConsentPayload(confirmed=user is not None, user_errors=errors)
