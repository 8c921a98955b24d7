"""Meetups in the schema: `applyForMeetup`, `me { meetupApplications }`, and for organisers
`meetupApplications`, `acceptMeetupApplication`, `declineMeetupApplication`."""

from __future__ import annotations

from datetime import date, datetime

import strawberry

from models.community.meetups import ApplicationState as DomainState
from models.community.meetups import MeetupApplication as ApplicationModel
from models.identity.roles import Role
from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.ids import from_global_id, to_global_id
from resolvers.pagination import Connection, paginate
from resolvers.permissions import has_role, owner_only, signed_in, user_is_owner
from services.community import meetups
from services.kernel.errors import DomainError

MeetupApplicationState = strawberry.enum(DomainState, name="MeetupApplicationState")


@strawberry.type(description="An application for a meetup. Its applicant and organisers see it.")
class MeetupApplication:
    _model: strawberry.Private[ApplicationModel]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return to_global_id("MeetupApplication", self._model.id)

    @strawberry.field
    def city(self) -> str:
        return self._model.city

    @strawberry.field
    def date(self) -> date:
        return self._model.event_at.date()

    @strawberry.field
    def topic(self) -> str:
        return self._model.topic

    @strawberry.field(description="Null once the contact data was cleared after the meetup.")
    def name(self) -> str | None:
        return self._model.name

    @strawberry.field
    def company(self) -> str | None:
        return self._model.company

    @strawberry.field
    def phone(self) -> str | None:
        return self._model.phone

    @strawberry.field
    def email(self) -> str | None:
        return self._model.email

    @strawberry.field
    def state(self) -> MeetupApplicationState:  # type: ignore[valid-type]
        return self._model.state

    @strawberry.field
    def applied_at(self) -> datetime:
        return self._model.created_at

    @strawberry.field
    def decided_at(self) -> datetime | None:
        return self._model.decided_at


@strawberry.type
class UserMeetupApplications:
    """`User.meetupApplications`, mixed into `User`."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="The member's meetup applications, latest date first.",
    )
    async def meetup_applications(self, info: Info) -> list[MeetupApplication] | None:
        # owner_only let only the member themself through.
        return [MeetupApplication(_model=a) for a in await meetups.of_member(self._model.id)]


def _max(length: int) -> dict[str, int]:
    """The edge's ceiling for a string input (the service applies the exact rule)."""
    return {"max_length": length}


@strawberry.input
class ApplyForMeetupInput:
    city: str = strawberry.field(description="At most 64 characters.", metadata=_max(128))
    date: date
    topic: str = strawberry.field(description="At most 200 characters.", metadata=_max(400))
    name: str = strawberry.field(
        description="For sign-in and the name plate; at most 64.", metadata=_max(128)
    )
    company: str = strawberry.field(description="At most 128 characters.", metadata=_max(256))
    phone: str | None = strawberry.field(
        metadata=_max(32), default=None, description="The account's verified number (the default)."
    )
    email: str | None = strawberry.field(
        metadata=_max(320),
        default=None,
        description="The account's verified address (the default).",
    )


@strawberry.type
class MeetupApplicationPayload:
    application: MeetupApplication | None = None
    user_errors: list[UserError]


@strawberry.input
class DecideMeetupApplicationInput:
    id: strawberry.ID


@strawberry.input
class MeetupApplicationFilter:
    state: MeetupApplicationState | None = None  # type: ignore[valid-type]
    city: str | None = strawberry.field(default=None, metadata=_max(128))


def _key(global_id: str) -> int | None:
    key = from_global_id("MeetupApplication", global_id)
    return int(key) if key is not None and key.isdigit() and len(key) < 19 else None


@strawberry.type
class MeetupQueries:
    @strawberry.field(
        extensions=[has_role(Role.MEETUP_ORGANIZER, any_scope=True)],
        description="Applications by meetup date, for admins and meetup organisers (of "
        "their cities); null for anyone else.",
    )
    async def meetup_applications(
        self,
        info: Info,
        filter: MeetupApplicationFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[MeetupApplication] | None:
        viewer = await info.context.require_viewer()
        chosen = filter or MeetupApplicationFilter()
        try:
            query = await meetups.for_organiser(viewer, chosen.state, chosen.city)
        except DomainError:
            return None
        return await paginate(
            query, lambda a: MeetupApplication(_model=a), first, after, last, before
        )


@strawberry.type
class MeetupMutations:
    @strawberry.mutation(
        extensions=[signed_in(MeetupApplicationPayload)],
        description="Apply to hold or join a meetup (statement §1g).",
    )
    async def apply_for_meetup(
        self, info: Info, input: ApplyForMeetupInput
    ) -> MeetupApplicationPayload:
        viewer = await info.context.require_viewer()
        application = meetups.Application(
            input.city, input.date, input.topic, input.name, input.company, input.phone, input.email
        )
        made, errors = await attempt(meetups.apply(viewer, application, info.context.client))
        return MeetupApplicationPayload(
            application=MeetupApplication(_model=made) if made else None, user_errors=errors
        )

    @strawberry.mutation(
        extensions=[has_role(Role.MEETUP_ORGANIZER, MeetupApplicationPayload, any_scope=True)],
        description="Accept an application; the applicant is told by mail.",
    )
    async def accept_meetup_application(
        self, info: Info, input: DecideMeetupApplicationInput
    ) -> MeetupApplicationPayload:
        return await _decide(info, input, accept=True)

    @strawberry.mutation(
        extensions=[has_role(Role.MEETUP_ORGANIZER, MeetupApplicationPayload, any_scope=True)],
        description="Decline an application; the applicant is told by mail.",
    )
    async def decline_meetup_application(
        self, info: Info, input: DecideMeetupApplicationInput
    ) -> MeetupApplicationPayload:
        return await _decide(info, input, accept=False)


async def _decide(
    info: Info, input: DecideMeetupApplicationInput, accept: bool
) -> MeetupApplicationPayload:
    viewer = await info.context.require_viewer()
    queue = info.context.services.queue
    done, errors = await attempt(meetups.decide(queue, viewer, _key(input.id), accept))
    return MeetupApplicationPayload(
        application=MeetupApplication(_model=done) if done else None, user_errors=errors
    )
