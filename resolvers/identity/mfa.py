"""Two-step sign-in (TOTP), its second step, re-authentication and signing out elsewhere."""

from __future__ import annotations

from datetime import datetime

import strawberry

from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.identity.accounts import AuthPayload, Channel, _auth_payload
from resolvers.permissions import public, signed_in
from services.identity import mfa, reauthentication, signin


@strawberry.type
class EnrolTotpPayload:
    """Show the secret (or the URI as a QR code) once; it is in force after `confirmTotp`."""

    secret: str | None = None
    otpauth_uri: str | None = None
    user_errors: list[UserError]


@strawberry.input
class ConfirmTotpInput:
    code: str = strawberry.field(description="The 6-digit code the authenticator shows now.")


@strawberry.type
class ConfirmTotpPayload:
    recovery_codes: list[str] | None = strawberry.field(
        default=None, description="Ten single-use codes, shown this once only."
    )
    user_errors: list[UserError]


@strawberry.type
class RegenerateRecoveryCodesPayload:
    recovery_codes: list[str] | None = strawberry.field(
        default=None, description="Ten new single-use codes, shown this once only."
    )
    user_errors: list[UserError]


@strawberry.type
class DisableTotpPayload:
    mfa_enabled: bool | None = None
    user_errors: list[UserError]


@strawberry.input(one_of=True, description="Exactly one second factor.")
class SecondFactorInput:
    totp_code: strawberry.Maybe[str]
    recovery_code: strawberry.Maybe[str]


@strawberry.input
class CompleteLogInInput:
    ticket: str = strawberry.field(description="`mfaTicket` from the first step.")
    second_factor: SecondFactorInput


@strawberry.input
class ReauthenticationCodeInput:
    channel: Channel
    code: str = strawberry.field(description="From sendReauthenticationCode.")


@strawberry.input(one_of=True, description="Exactly one proof of who you are.")
class ReauthenticateInput:
    password: strawberry.Maybe[str]
    totp_code: strawberry.Maybe[str]
    recovery_code: strawberry.Maybe[str]
    code: strawberry.Maybe[ReauthenticationCodeInput]


@strawberry.input
class SendReauthenticationCodeInput:
    channel: Channel


@strawberry.type
class SendReauthenticationCodePayload:
    sent: bool
    user_errors: list[UserError]


@strawberry.type
class ReauthenticatePayload:
    authenticated_at: datetime | None = None
    user_errors: list[UserError]


@strawberry.type
class RevokeOtherSessionsPayload:
    revoked_count: int | None = None
    user_errors: list[UserError]


def _value(member: strawberry.Maybe[str]) -> str | None:
    return member.value if member is not None else None


@strawberry.type
class MfaMutations:
    @strawberry.mutation(
        extensions=[signed_in(EnrolTotpPayload)],
        description="Start TOTP enrolment. Needs a recent re-authentication.",
    )
    async def enrol_totp(self, info: Info) -> EnrolTotpPayload:
        ctx = info.context
        session = await ctx.require_session()
        enrolment, errors = await attempt(mfa.enrol(ctx.services, session))
        if enrolment is None:
            return EnrolTotpPayload(user_errors=errors)
        return EnrolTotpPayload(
            secret=enrolment.secret, otpauth_uri=enrolment.otpauth_uri, user_errors=[]
        )

    @strawberry.mutation(
        extensions=[signed_in(ConfirmTotpPayload)],
        description="Turn TOTP on with a first code; answers recovery codes.",
    )
    async def confirm_totp(self, info: Info, input: ConfirmTotpInput) -> ConfirmTotpPayload:
        ctx = info.context
        session = await ctx.require_session()
        codes, errors = await attempt(mfa.confirm(ctx.services, session, input.code, ctx.client))
        return ConfirmTotpPayload(recovery_codes=codes, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(DisableTotpPayload)],
        description="Turn TOTP off. Needs a recent re-authentication.",
    )
    async def disable_totp(self, info: Info) -> DisableTotpPayload:
        ctx = info.context
        session = await ctx.require_session()
        _, errors = await attempt(mfa.disable(ctx.services, session, ctx.client))
        return DisableTotpPayload(mfa_enabled=None if errors else False, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(RegenerateRecoveryCodesPayload)],
        description="Replace all recovery codes; the old ones stop working. "
        "Needs TOTP on and a recent re-authentication.",
    )
    async def regenerate_recovery_codes(self, info: Info) -> RegenerateRecoveryCodesPayload:
        ctx = info.context
        session = await ctx.require_session()
        codes, errors = await attempt(
            mfa.regenerate_recovery_codes(ctx.services, session, ctx.client)
        )
        return RegenerateRecoveryCodesPayload(recovery_codes=codes, user_errors=errors)

    @strawberry.mutation(
        extensions=[public("the ticket proves the first factor")],
        description="The second step of a sign-in that answered mfaRequired.",
    )
    async def complete_log_in(self, info: Info, input: CompleteLogInInput) -> AuthPayload:
        ctx = info.context
        factor = input.second_factor
        result, errors = await attempt(
            signin.complete_sign_in(
                ctx.services,
                input.ticket,
                ctx.client,
                totp_code=_value(factor.totp_code),
                recovery_code=_value(factor.recovery_code),
            )
        )
        return _auth_payload(ctx, result, errors)

    @strawberry.mutation(
        extensions=[signed_in(SendReauthenticationCodePayload, sent=False)],
        description="Send a code to your own e-mail or phone to reauthenticate.",
    )
    async def send_reauthentication_code(
        self, info: Info, input: SendReauthenticationCodeInput
    ) -> SendReauthenticationCodePayload:
        ctx = info.context
        session = await ctx.require_session()
        _, errors = await attempt(
            reauthentication.send_reauthentication_code(ctx.services, session, input.channel)
        )
        return SendReauthenticationCodePayload(sent=not errors, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(ReauthenticatePayload)],
        description="Prove again who you are; sensitive changes are allowed for 10 minutes.",
    )
    async def reauthenticate(self, info: Info, input: ReauthenticateInput) -> ReauthenticatePayload:
        ctx = info.context
        session = await ctx.require_session()
        code = input.code.value if input.code is not None else None
        proof = reauthentication.Proof(
            password=_value(input.password),
            totp_code=_value(input.totp_code),
            recovery_code=_value(input.recovery_code),
            code=code.code if code else None,
            code_channel=code.channel if code else None,
        )
        _, errors = await attempt(
            reauthentication.reauthenticate(ctx.services, session, proof, ctx.client)
        )
        return ReauthenticatePayload(
            authenticated_at=None if errors else session.authenticated_at, user_errors=errors
        )

    @strawberry.mutation(
        extensions=[signed_in(RevokeOtherSessionsPayload)],
        description="Sign out every session but this one. Needs a recent re-authentication.",
    )
    async def revoke_other_sessions(self, info: Info) -> RevokeOtherSessionsPayload:
        ctx = info.context
        session = await ctx.require_session()
        count, errors = await attempt(
            reauthentication.revoke_other_sessions(ctx.services, session, ctx.client)
        )
        return RevokeOtherSessionsPayload(revoked_count=count, user_errors=errors)
