"""Data-subject requests over GraphQL: the requester's side, the officer's queue, deleteAccount."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Annotated

import strawberry

from models.annotations import Purpose
from models.identity.roles import Role
from models.identity.users import User as UserModel
from models.privacy.privacy_requests import CLOSED_STATES, PrivacyExport, RequestKind, RequestState
from models.privacy.privacy_requests import PrivacyRequest as PrivacyRequestModel
from models.privacy.privacy_requests import PrivacyRequestEvent as PrivacyRequestEventModel
from resolvers.context import Info
from resolvers.errors import NOT_SIGNED_IN, UserError, attempt, user_errors
from resolvers.ids import from_global_row_id, to_global_id
from resolvers.pagination import Connection, paginate
from services.identity import roles
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.privacy import exports, officers, privacy_requests

PrivacyRequestKind = Annotated[RequestKind, strawberry.enum(name="PrivacyRequestKind")]
PrivacyRequestState = Annotated[RequestState, strawberry.enum(name="PrivacyRequestState")]


@strawberry.type
class PrivacyExportLink:
    url: str = strawberry.field(description="Download while signed in; add ?format=html to read.")
    expires_at: datetime


@strawberry.type
class PrivacyRequestEvent:
    action: str = strawberry.field(
        description="received, verified, extended, refused, completed, ..."
    )
    state: PrivacyRequestState
    actor: str = strawberry.field(description="requester, officer or system")
    note: str | None = strawberry.field(description="Reasons, or what was changed.")
    at: datetime

    @classmethod
    def from_model(cls, event: PrivacyRequestEventModel) -> PrivacyRequestEvent:
        return cls(
            action=event.action,
            state=event.state,
            actor=event.actor,
            note=event.note,
            at=event.created_at,
        )


@strawberry.type
class PrivacyRequest:
    """A request under statement §6. Seen only by its requester and by privacy officers."""

    _model: strawberry.Private[PrivacyRequestModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return to_global_id("PrivacyRequest", self._model.id)

    @strawberry.field
    def kind(self) -> PrivacyRequestKind:
        return self._model.kind

    @strawberry.field
    def state(self) -> PrivacyRequestState:
        return self._model.state

    @strawberry.field
    def details(self) -> str | None:
        return self._model.details

    @strawberry.field(description="For OBJECTION: the purpose objected to.")
    def purpose(self) -> str | None:
        return self._model.purpose

    @strawberry.field
    def received_at(self) -> datetime:
        return self._model.received_at

    @strawberry.field(description="One calendar month after receipt, unless extended.")
    def due_at(self) -> datetime:
        return self._model.due_at

    @strawberry.field
    def extended_at(self) -> datetime | None:
        return self._model.extended_at

    @strawberry.field
    def closed_at(self) -> datetime | None:
        return self._model.closed_at

    @strawberry.field(description="ERASURE: when the account's data will be erased.")
    def erase_after(self) -> datetime | None:
        return self._model.erase_after

    @strawberry.field(description="ACCESS: the package, to its requester only, until it expires.")
    async def export(self, info: Info) -> PrivacyExportLink | None:
        viewer = await info.context.viewer()
        if viewer is None or viewer.id != self._model.user_id:
            return None
        found = (
            await PrivacyExport.filter(request_id=self._model.id, expires_at__gt=clock.now())
            .order_by("-id")
            .first()
        )
        if found is None:
            return None
        settings = info.context.services.settings
        return PrivacyExportLink(
            url=exports.download_url(settings, found), expires_at=found.expires_at
        )

    @strawberry.field(description="Every step, oldest first: the request's audit trail.")
    async def events(
        self,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[PrivacyRequestEvent]:
        query = PrivacyRequestEventModel.filter(request_id=self._model.id).order_by("id")
        return await paginate(query, PrivacyRequestEvent.from_model, first, after, last, before)


@strawberry.type
class UserPrivacyRequests:
    """`User.privacyRequests`, mixed into `User`: the member's own requests."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(description="The member's privacy requests, newest first. Owner only.")
    async def privacy_requests(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[PrivacyRequest] | None:
        viewer = await info.context.viewer()
        if viewer is None or viewer.id != self._model.id:
            return None
        query = PrivacyRequestModel.filter(user_id=self._model.id).order_by("-id")
        return await paginate(query, lambda r: PrivacyRequest(_model=r), first, after, last, before)


@strawberry.input
class PrivacyRequestFilter:
    state: PrivacyRequestState | None = None
    kind: PrivacyRequestKind | None = None
    open: bool | None = strawberry.field(
        default=None, description="True: not completed, refused or withdrawn."
    )


@strawberry.type
class PrivacyRequestQueries:
    @strawberry.field(
        description="The privacy officer's queue, soonest due first. Null for everyone else."
    )
    async def privacy_requests(
        self,
        info: Info,
        filter: PrivacyRequestFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[PrivacyRequest] | None:
        if not await roles.has_role(await info.context.viewer(), Role.PRIVACY_OFFICER):
            return None
        query = PrivacyRequestModel.all()
        if filter is not None:
            if filter.state is not None:
                query = query.filter(state=filter.state)
            if filter.kind is not None:
                query = query.filter(kind=filter.kind)
            closed = [s.value for s in CLOSED_STATES]
            if filter.open is True:
                query = query.filter(state__not_in=closed)
            elif filter.open is False:
                query = query.filter(state__in=closed)
        query = query.order_by("due_at", "id")
        return await paginate(query, lambda r: PrivacyRequest(_model=r), first, after, last, before)


@strawberry.type
class PrivacyRequestPayload:
    privacy_request: PrivacyRequest | None = None
    user_errors: list[UserError]


@strawberry.input
class SubmitPrivacyRequestInput:
    kind: PrivacyRequestKind
    details: str | None = None
    purpose: str | None = strawberry.field(
        default=None,
        description="OBJECTION only: the purpose objected to, e.g. analytics_sharing.",
    )


@strawberry.type
class SubmitPrivacyRequestPayload:
    privacy_request: PrivacyRequest | None = None
    code_sent: bool = strawberry.field(
        default=False,
        description="True when a code was sent: confirm with verifyPrivacyRequest.",
    )
    user_errors: list[UserError]


@strawberry.input
class VerifyPrivacyRequestInput:
    id: strawberry.ID
    code: str


@strawberry.input
class WithdrawPrivacyRequestInput:
    id: strawberry.ID


@strawberry.input
class ExtendPrivacyRequestInput:
    id: strawberry.ID
    months: int = strawberry.field(description="1 or 2 further months.")
    reason: str


@strawberry.input
class RefusePrivacyRequestInput:
    id: strawberry.ID
    reasons: str


@strawberry.input
class CompletePrivacyRequestInput:
    id: strawberry.ID
    note: str | None = strawberry.field(
        default=None, description="RECTIFICATION: what was corrected (required)."
    )


@strawberry.input
class DeleteAccountInput:
    reason: str | None = None


@strawberry.type
class DeleteAccountPayload:
    privacy_request: PrivacyRequest | None = None
    user_errors: list[UserError]


def _request_id(global_id: str) -> int:
    key = from_global_row_id("PrivacyRequest", global_id)
    if key is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such request.", ["id"])
    return key


def _purpose(value: str | None) -> Purpose | None:
    if value is None or not value.strip():
        return None
    try:
        return Purpose(value.strip())
    except ValueError:
        raise DomainError(ErrorCode.INVALID, "Not a purpose we process for.", ["purpose"]) from None


async def _payload(
    work: Callable[[], Awaitable[PrivacyRequestModel]],
) -> PrivacyRequestPayload:
    async def run() -> PrivacyRequestModel:
        return await work()

    request, errors = await attempt(run())
    return PrivacyRequestPayload(
        privacy_request=PrivacyRequest(_model=request) if request else None, user_errors=errors
    )


@strawberry.type
class PrivacyRequestMutations:
    @strawberry.mutation(
        description="Ask to access, correct, erase, restrict or object (statement §6). "
        "A sign-in within 10 minutes confirms it; otherwise a code is sent."
    )
    async def submit_privacy_request(
        self, info: Info, input: SubmitPrivacyRequestInput
    ) -> SubmitPrivacyRequestPayload:
        ctx = info.context
        session = await ctx.session()
        if session is None:
            return SubmitPrivacyRequestPayload(user_errors=user_errors(NOT_SIGNED_IN))

        async def run() -> privacy_requests.Submitted:
            purpose = _purpose(input.purpose)
            return await privacy_requests.submit(
                ctx.services, session, input.kind, input.details, purpose
            )

        submitted, errors = await attempt(run())
        if submitted is None:
            return SubmitPrivacyRequestPayload(user_errors=errors)
        return SubmitPrivacyRequestPayload(
            privacy_request=PrivacyRequest(_model=submitted.request),
            code_sent=submitted.code_sent,
            user_errors=[],
        )

    @strawberry.mutation(description="Confirm a request with the code sent for it.")
    async def verify_privacy_request(
        self, info: Info, input: VerifyPrivacyRequestInput
    ) -> PrivacyRequestPayload:
        ctx = info.context
        viewer = await ctx.viewer()
        if viewer is None:
            return PrivacyRequestPayload(user_errors=user_errors(NOT_SIGNED_IN))
        return await _payload(
            lambda: privacy_requests.verify(ctx.services, viewer, _request_id(input.id), input.code)
        )

    @strawberry.mutation
    async def withdraw_privacy_request(
        self, info: Info, input: WithdrawPrivacyRequestInput
    ) -> PrivacyRequestPayload:
        viewer = await info.context.viewer()
        if viewer is None:
            return PrivacyRequestPayload(user_errors=user_errors(NOT_SIGNED_IN))
        return await _payload(lambda: privacy_requests.withdraw(viewer, _request_id(input.id)))

    @strawberry.mutation(
        description="Privacy officer: one extension of 1-2 months, before the due date."
    )
    async def extend_privacy_request(
        self, info: Info, input: ExtendPrivacyRequestInput
    ) -> PrivacyRequestPayload:
        ctx = info.context
        viewer = await ctx.viewer()
        return await _payload(
            lambda: officers.extend(
                ctx.services, viewer, _request_id(input.id), input.months, input.reason
            )
        )

    @strawberry.mutation(description="Privacy officer: refuse, with written reasons.")
    async def refuse_privacy_request(
        self, info: Info, input: RefusePrivacyRequestInput
    ) -> PrivacyRequestPayload:
        ctx = info.context
        viewer = await ctx.viewer()
        return await _payload(
            lambda: officers.refuse(ctx.services, viewer, _request_id(input.id), input.reasons)
        )

    @strawberry.mutation(
        description="Privacy officer: close a rectification, restriction or objection."
    )
    async def complete_privacy_request(
        self, info: Info, input: CompletePrivacyRequestInput
    ) -> PrivacyRequestPayload:
        ctx = info.context
        viewer = await ctx.viewer()
        return await _payload(
            lambda: officers.complete(ctx.services, viewer, _request_id(input.id), input.note)
        )

    @strawberry.mutation(
        description="Erase the account: needs a sign-in within 10 minutes. Deactivates at "
        "once; the data is erased after the grace period (at most one month)."
    )
    async def delete_account(self, info: Info, input: DeleteAccountInput) -> DeleteAccountPayload:
        ctx = info.context
        session = await ctx.session()
        if session is None:
            return DeleteAccountPayload(user_errors=user_errors(NOT_SIGNED_IN))
        request, errors = await attempt(
            privacy_requests.delete_account(ctx.services, session, input.reason)
        )
        if request is None:
            return DeleteAccountPayload(user_errors=errors)
        ctx.end_session()
        return DeleteAccountPayload(privacy_request=PrivacyRequest(_model=request), user_errors=[])
