"""Account mutations: codes, sign-up, sign-in, sign-out, sessions, profile, password."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import date
from typing import Annotated

import strawberry

from resolvers.context import Context, Info
from resolvers.errors import UserError, attempt, user_errors
from resolvers.gate.consent import ConsentPurpose
from resolvers.identity.identities import OAuthCallbackInput
from resolvers.identity.oauth_cookie import flow_cookie, forget_flow
from resolvers.identity.outcome import SignInOutcome, outcome_of
from resolvers.identity.users import Profile, User
from resolvers.ids import from_global_int_id
from resolvers.permissions import public, signed_in
from services.identity import accounts, code_signin, guardians, oauth_signin, password_signin
from services.identity import sign_up as signing_up
from services.identity.codes import Channel as DomainChannel
from services.identity.codes import CodePurpose as DomainCodePurpose
from services.identity.completion import AccountToComplete
from services.identity.signin import SignInResult
from services.kernel.errors import DomainError, ErrorCode

Channel = Annotated[DomainChannel, strawberry.enum(name="VerificationChannel")]
CodePurpose = Annotated[DomainCodePurpose, strawberry.enum(name="VerificationPurpose")]


@strawberry.input
class SendVerificationCodeInput:
    channel: Channel
    target: str = strawberry.field(description="An e-mail address or a phone number.")
    purpose: CodePurpose


@strawberry.type
class SendVerificationCodePayload:
    sent: bool
    user_errors: list[UserError]


@strawberry.input
class SignUpInput:
    username: str
    email: str | None = None
    phone: str | None = None
    password: str
    verification_code: str
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
class AuthPayload:
    """Carries the new session. Browsers get it as an HttpOnly cookie and should not select
    `sessionToken`; other clients send it back as `Authorization: Bearer <token>`."""

    user: User | None = None
    session_token: str | None = None
    awaiting_guardian: bool = strawberry.field(
        default=False,
        description="True when a child's account waits for a guardian: no session is "
        "started until the guardian consents (confirmGuardianConsent).",
    )
    mfa_required: bool = strawberry.field(
        default=False,
        description="True when the password (or code) was right and a second factor is due: "
        "send `mfaTicket` with a TOTP or recovery code to `completeLogIn`.",
    )
    mfa_ticket: str | None = None
    outcome: SignInOutcome = strawberry.field(
        description="The next step in one field: SIGNED_IN, MFA_REQUIRED, AWAITING_GUARDIAN "
        "or FAILED (then see userErrors)."
    )
    account_incomplete: bool = strawberry.field(
        default=False,
        description="True after a first sign-in through an outside provider: send "
        "`completionTicket` with the date of birth and consents to `completeAccount` first.",
    )
    completion_ticket: str | None = None
    user_errors: list[UserError]


@strawberry.input
class PasswordLogInInput:
    identifier: str = strawberry.field(description="User name, e-mail address or phone number.")
    password: str


@strawberry.input
class CodeLogInInput:
    target: str = strawberry.field(
        description="The e-mail address or phone number a LOG_IN code was sent to."
    )
    code: str


@strawberry.input(one_of=True, description="Exactly one way of signing in.")
class LogInInput:
    password: strawberry.Maybe[PasswordLogInInput]
    code: strawberry.Maybe[CodeLogInInput]
    oauth: strawberry.Maybe[OAuthCallbackInput] = strawberry.field(
        description="The `code` and `state` an OAuth provider sent back after `startOAuth`."
    )


@strawberry.type
class LogOutPayload:
    user_errors: list[UserError]


@strawberry.input
class RevokeSessionInput:
    id: strawberry.ID


@strawberry.type
class RevokeSessionPayload:
    revoked_session_id: strawberry.ID | None = None
    user_errors: list[UserError]


@strawberry.input
class UpdateProfileInput:
    """Omitted fields stay as they are; an empty string clears a field."""

    nickname: str | None = None
    avatar_url: str | None = None
    company: str | None = None


@strawberry.type
class UpdateProfilePayload:
    profile: Profile | None = None
    user_errors: list[UserError]


@strawberry.input
class ChangePasswordInput:
    current_password: str
    new_password: str


@strawberry.type
class ChangePasswordPayload:
    other_sessions_revoked: int | None = None
    user_errors: list[UserError]


def _auth_payload(
    ctx: Context,
    result: SignInResult | AccountToComplete | None,
    errors: list[UserError],
    awaiting_guardian: bool = False,
) -> AuthPayload:
    """Every sign-in mutation answers alike: the session as cookie and token, or the errors."""
    if result is None:
        return AuthPayload(outcome=SignInOutcome.FAILED, user_errors=errors)
    if isinstance(result, AccountToComplete):
        return AuthPayload(
            outcome=SignInOutcome.ACCOUNT_INCOMPLETE,
            account_incomplete=True,
            completion_ticket=result.ticket,
            user_errors=[],
        )
    if result.mfa_ticket is not None:
        # Nothing about the account until the second factor passed.
        return AuthPayload(
            mfa_required=True,
            mfa_ticket=result.mfa_ticket,
            outcome=SignInOutcome.MFA_REQUIRED,
            user_errors=[],
        )
    token = result.session.token if result.session else None
    if result.session is not None:
        ctx.start_session(result.session)
    return AuthPayload(
        user=User.from_model(result.user),
        session_token=token,
        awaiting_guardian=awaiting_guardian,
        outcome=outcome_of(awaiting_guardian=awaiting_guardian, signed_in=token is not None),
        user_errors=[],
    )


@strawberry.type
class AccountMutations:
    @strawberry.mutation(
        extensions=[public()],
        description="Send a 6-digit code. The answer never tells whether an account exists.",
    )
    async def send_verification_code(
        self, info: Info, input: SendVerificationCodeInput
    ) -> SendVerificationCodePayload:
        ctx = info.context
        _, errors = await attempt(
            accounts.send_verification_code(
                ctx.services, input.channel, input.target, input.purpose, ctx.client
            )
        )
        return SendVerificationCodePayload(sent=not errors, user_errors=errors)

    @strawberry.mutation(extensions=[public()])
    async def sign_up(self, info: Info, input: SignUpInput) -> AuthPayload:
        ctx = info.context
        request = signing_up.SignUpRequest(
            username=input.username,
            email=input.email,
            phone=input.phone,
            password=input.password,
            verification_code=input.verification_code,
            consents=tuple(input.consents),
            date_of_birth=input.date_of_birth,
            guardian_email=input.guardian_email,
            guardian_phone=input.guardian_phone,
        )
        result, errors = await attempt(signing_up.sign_up(ctx.services, request, ctx.client))
        waiting = result is not None and await guardians.awaiting(result.user.id)
        return _auth_payload(ctx, result, errors, awaiting_guardian=waiting)

    @strawberry.mutation(extensions=[public()])
    async def log_in(self, info: Info, input: LogInInput) -> AuthPayload:
        ctx = info.context
        work: Awaitable[SignInResult | AccountToComplete]
        if input.code is not None:
            by_code = input.code.value
            work = code_signin.log_in_with_code(
                ctx.services, by_code.target, by_code.code, ctx.client
            )
        elif input.oauth is not None:
            oauth = input.oauth.value
            cookie = flow_cookie(ctx)
            forget_flow(ctx)
            work = oauth_signin.log_in_with_oauth(
                ctx.services, oauth.provider, oauth.code, oauth.state, cookie, ctx.client
            )
        else:
            assert input.password is not None  # @oneOf: exactly one member is set
            credentials = input.password.value
            work = password_signin.log_in_with_password(
                ctx.services, credentials.identifier, credentials.password, ctx.client
            )
        result, errors = await attempt(work)
        return _auth_payload(ctx, result, errors)

    @strawberry.mutation(extensions=[signed_in(LogOutPayload)])
    async def log_out(self, info: Info) -> LogOutPayload:
        ctx = info.context
        session = await ctx.require_session()
        await password_signin.log_out(ctx.services, session, ctx.client)
        ctx.end_session()
        return LogOutPayload(user_errors=[])

    @strawberry.mutation(extensions=[signed_in(RevokeSessionPayload)])
    async def revoke_session(self, info: Info, input: RevokeSessionInput) -> RevokeSessionPayload:
        ctx = info.context
        session = await ctx.require_session()
        key = from_global_int_id("Session", input.id)
        if key is None:
            return RevokeSessionPayload(
                user_errors=user_errors(
                    DomainError(ErrorCode.NOT_FOUND, "No such session.", ["id"])
                )
            )
        _, errors = await attempt(
            password_signin.revoke_session(ctx.services, session, key, ctx.client)
        )
        return RevokeSessionPayload(
            revoked_session_id=None if errors else input.id, user_errors=errors
        )

    @strawberry.mutation(extensions=[signed_in(UpdateProfilePayload)])
    async def update_profile(self, info: Info, input: UpdateProfileInput) -> UpdateProfilePayload:
        ctx = info.context
        viewer = await ctx.require_viewer()
        changes = accounts.ProfileChanges(
            nickname=input.nickname, avatar_url=input.avatar_url, company=input.company
        )
        profile, errors = await attempt(accounts.update_profile(viewer, changes, ctx.client))
        if profile is not None:  # later fields of this request (`me { profile }`) see the change
            ctx.viewer_profile = profile
        return UpdateProfilePayload(
            profile=Profile.from_model(profile) if profile else None, user_errors=errors
        )

    @strawberry.mutation(
        extensions=[signed_in(ChangePasswordPayload)],
        description="Signs out every other session of the account.",
    )
    async def change_password(
        self, info: Info, input: ChangePasswordInput
    ) -> ChangePasswordPayload:
        ctx = info.context
        session = await ctx.require_session()
        revoked, errors = await attempt(
            accounts.change_password(
                ctx.services, session, input.current_password, input.new_password, ctx.client
            )
        )
        return ChangePasswordPayload(other_sessions_revoked=revoked, user_errors=errors)
