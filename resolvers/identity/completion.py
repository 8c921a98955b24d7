"""`completeAccount`: the step after a first sign-in through an outside provider."""

from __future__ import annotations

from datetime import date

import strawberry

from resolvers.context import Info
from resolvers.errors import attempt
from resolvers.gate.consent import ConsentPurpose
from resolvers.identity.accounts import AuthPayload, _auth_payload
from resolvers.permissions import public
from services.identity import completion, guardians


@strawberry.input
class CompleteAccountInput:
    ticket: str = strawberry.field(description="`completionTicket` from `logIn`.")
    date_of_birth: date = strawberry.field(
        description="Statement §9: under GUARDIAN_CONSENT_AGE (14) a guardian must consent first."
    )
    consents: list[ConsentPurpose] = strawberry.field(
        default_factory=list,
        description="Optional purposes the person chose; the account purpose is implied.",
    )
    guardian_email: str | None = None
    guardian_phone: str | None = None


@strawberry.type
class CompletionMutations:
    @strawberry.mutation(
        extensions=[public("the ticket proves the outside identity")],
        description="Complete an account an outside provider created: date of birth, guardian "
        "where needed, consents. An adult is then signed in; a child waits for the guardian.",
    )
    async def complete_account(self, info: Info, input: CompleteAccountInput) -> AuthPayload:
        ctx = info.context
        request = completion.Completion(
            ticket=input.ticket,
            date_of_birth=input.date_of_birth,
            consents=tuple(input.consents),
            guardian_email=input.guardian_email,
            guardian_phone=input.guardian_phone,
        )
        result, errors = await attempt(
            completion.complete_account(ctx.services, request, ctx.client)
        )
        waiting = result is not None and await guardians.awaiting(result.user.id)
        return _auth_payload(ctx, result, errors, awaiting_guardian=waiting)
