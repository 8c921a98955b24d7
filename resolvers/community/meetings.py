"""Meetings and their recordings in the schema (the frontend's names; docs/api.md).

A list of meetings loads its SIGs, organizers and recordings with one prefetch each, so
`meetings(first: 100)` costs the same few SQL statements as `meetings(first: 1)`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import Enum
from typing import TypeVar

import strawberry
from tortoise.queryset import QuerySet

from models.community.meetings import Meeting as MeetingModel
from models.community.recordings import Recording as RecordingModel
from models.community.recordings import RecordingEvent as RecordingEventModel
from models.community.recordings import RecordingStatus as RecordingStatusModel
from models.community.sigs import Sig as SigModel
from models.identity.roles import Role
from models.identity.users import User as UserModel
from resolvers.community.sigs import Sig
from resolvers.context import Info
from resolvers.errors import PublicError, UserError, attempt, user_errors
from resolvers.identity.users import User
from resolvers.ids import from_global_id, to_global_id
from resolvers.pagination import Connection, Edge, paginate
from resolvers.permissions import has_role, maintains_sig, public, signed_in
from services.community import meeting_fields, meetings, recording_removal, recordings, sigs
from services.kernel.errors import DomainError, ErrorCode

RecordingStatus = strawberry.enum(RecordingStatusModel, name="RecordingStatus")


@strawberry.enum(description="Whether a meeting takes place.")
class MeetingStatus(Enum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


@strawberry.type(description="One step in a recording's audit trail.")
class RecordingStep:
    kind: str = strawberry.field(description="e.g. registered, upload_resumed, removed.")
    status: RecordingStatus  # type: ignore[valid-type]
    detail: str
    at: datetime


@strawberry.type(description="A meeting's recording and where it stands on Bilibili.")
class MeetingRecording:
    # Plain values are filled in once (`of`), not resolved per field: a method per field cost
    # more than the rest of a page of 100 meetings (docs/performance.md).
    _model: strawberry.Private[RecordingModel]
    _sig: strawberry.Private[SigModel]
    status: RecordingStatus  # type: ignore[valid-type]
    bvid: str | None = strawberry.field(description="Bilibili's BV id, once uploaded.")
    aid: str | None = strawberry.field(description="Bilibili's 64-bit aid, as a string.")
    url: str | None = strawberry.field(description="The video's page while it is on Bilibili.")
    updated_at: datetime

    @classmethod
    def of(cls, model: RecordingModel, sig: SigModel) -> MeetingRecording:
        return cls(
            _model=model,
            _sig=sig,
            status=model.status,
            bvid=model.bvid,
            aid=str(model.aid) if model.aid is not None else None,
            url=recordings.video_url(model),
            updated_at=model.updated_at,
        )

    async def _may_manage(self, info: Info) -> bool:
        return await sigs.is_maintainer(await info.context.viewer(), self._sig)

    @strawberry.field(
        extensions=[public("the SIG's maintainers and admins see it; null for everyone else")],
        description="Why the upload failed or the removal needs a person "
        "(the SIG's maintainers and admins; null for others).",
    )
    async def error(self, info: Info) -> str | None:
        if self._model.error is None or not await self._may_manage(info):
            return None
        return self._model.error

    @strawberry.field(
        extensions=[public("the SIG's maintainers and admins see it; null for everyone else")],
        description="Every step so far, oldest first (the SIG's maintainers and admins).",
    )
    async def history(self, info: Info) -> list[RecordingStep] | None:
        if not await self._may_manage(info):
            return None
        events = await RecordingEventModel.filter(recording_id=self._model.id).order_by("id")
        return [
            RecordingStep(
                kind=e.kind, status=RecordingStatusModel(e.status), detail=e.detail, at=e.created_at
            )
            for e in events
        ]


def _meeting_key(global_id: str) -> int | None:
    key = from_global_id("Meeting", global_id[:200])
    return int(key) if key is not None and key.isdigit() else None


def _meeting_query() -> QuerySet[MeetingModel]:
    return MeetingModel.all().prefetch_related("sig", "organizer")


async def _with_recordings(found: Sequence[MeetingModel]) -> list[Meeting]:
    """The meetings as GraphQL objects, their recordings loaded in one statement."""
    ids = [m.id for m in found]
    loaded = (
        {r.meeting_id: r for r in await RecordingModel.filter(meeting_id__in=ids)} if ids else {}
    )
    return [Meeting.of(m, loaded.get(m.id)) for m in found]


@strawberry.type(description="A SIG meeting.")
class Meeting:
    # Plain values are filled in once (`of`); only joinUrl, which depends on the viewer,
    # is resolved per request.
    _model: strawberry.Private[MeetingModel]
    id: strawberry.ID
    sig: Sig
    organizer: User | None = strawberry.field(
        description="Who scheduled it; null once that account is erased."
    )
    topic: str
    agenda: str
    starts_at: datetime
    ends_at: datetime
    timezone: str = strawberry.field(description="The IANA time zone the meeting is planned in.")
    record_automatically: bool
    recording_notice: str | None = strawberry.field(
        description="Shown to participants when the meeting is recorded; null otherwise."
    )
    status: MeetingStatus
    cancel_reason: str | None
    calendar_path: str = strawberry.field(
        description="Path of the iCalendar file: GET it from the API's origin."
    )
    recording: MeetingRecording | None

    @classmethod
    def of(cls, model: MeetingModel, recording: RecordingModel | None) -> Meeting:
        """`model` with its SIG and organizer loaded; `recording` loaded with the page."""
        global_id = to_global_id("Meeting", model.id)
        organizer: UserModel | None = model.organizer
        return cls(
            _model=model,
            id=strawberry.ID(global_id),
            sig=Sig.of(model.sig),
            organizer=User.from_model(organizer) if organizer is not None else None,
            topic=model.topic,
            agenda=model.agenda,
            starts_at=model.starts_at,
            ends_at=model.ends_at,
            timezone=model.timezone,
            record_automatically=model.record_automatically,
            recording_notice=meetings.RECORDING_NOTICE if model.record_automatically else None,
            status=MeetingStatus(model.status.value),
            cancel_reason=model.cancel_reason,
            calendar_path=f"/meetings/{global_id}.ics",
            recording=MeetingRecording.of(recording, model.sig) if recording else None,
        )

    @strawberry.field(
        extensions=[signed_in()],
        description="The link to join; null unless signed in.",
    )
    def join_url(self, info: Info) -> str | None:
        return self._model.join_url if info.context.known_viewer() is not None else None


@strawberry.type(description="A recording an admin must delete on Bilibili by hand.")
class RecordingAttention:
    meeting: Meeting
    recording: MeetingRecording
    manager_url: str = strawberry.field(description="Bilibili's video manager page.")


@strawberry.input
class MeetingFilter:
    sig: str | None = None
    from_: datetime | None = strawberry.field(
        default=None, name="from", description="Meetings not ended by then (default: now)."
    )
    to: datetime | None = strawberry.field(default=None, description="Starting before then.")


@strawberry.input
class ScheduleMeetingInput:
    sig: str = strawberry.field(description="The SIG's name.")
    topic: str = strawberry.field(description="1 to 120 characters.")
    starts_at: datetime = strawberry.field(description="Without an offset: in `timezone`.")
    ends_at: datetime
    timezone: str = strawberry.field(description="IANA name, e.g. Asia/Shanghai.")
    join_url: str = strawberry.field(description="http or https, at most 2000 characters.")
    agenda: str = ""
    invitees: list[str] = strawberry.field(
        default_factory=list, description="E-mail addresses; each gets an invitation."
    )
    record_automatically: bool = False


@strawberry.input
class UpdateMeetingInput:
    id: strawberry.ID
    topic: str | None = None
    agenda: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    timezone: str | None = None
    join_url: str | None = None
    invitees: list[str] | None = strawberry.field(
        default=None, description="Replaces the list; removed addresses get a cancellation."
    )
    record_automatically: bool | None = None


@strawberry.input
class CancelMeetingInput:
    id: strawberry.ID
    reason: str = ""


@strawberry.input
class AddMeetingRecordingInput:
    meeting_id: strawberry.ID
    source_url: str = strawberry.field(description="Under one of RECORDING_SOURCE_ORIGINS.")
    cover_url: str | None = None


@strawberry.input
class RemoveMeetingRecordingInput:
    meeting_id: strawberry.ID
    reason: str = ""


@strawberry.input
class ConfirmRecordingRemovedInput:
    meeting_id: strawberry.ID


@strawberry.type
class MeetingPayload:
    meeting: Meeting | None = None
    user_errors: list[UserError]


@strawberry.type
class ScheduleMeetingPayload(MeetingPayload):
    pass


@strawberry.type
class UpdateMeetingPayload(MeetingPayload):
    pass


@strawberry.type
class CancelMeetingPayload(MeetingPayload):
    pass


@strawberry.type
class RecordingPayload:
    meeting: Meeting | None = None
    recording: MeetingRecording | None = None
    user_errors: list[UserError]


@strawberry.type
class AddMeetingRecordingPayload(RecordingPayload):
    pass


@strawberry.type
class RemoveMeetingRecordingPayload(RecordingPayload):
    pass


@strawberry.type
class ConfirmRecordingRemovedPayload(RecordingPayload):
    pass


NO_SUCH_MEETING = DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["id"])


async def _load(meeting_id: int) -> Meeting:
    return (await _with_recordings([await _meeting_query().get(id=meeting_id)]))[0]


@strawberry.type
class MeetingQueries:
    @strawberry.field(
        extensions=[public("joinUrl only for signed-in members")],
        description="Meetings not yet ended (or since `filter.from`), soonest first.",
    )
    async def meetings(
        self,
        filter: MeetingFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Meeting]:
        wanted = filter or MeetingFilter()
        if wanted.sig is not None and len(wanted.sig) > 40:
            raise PublicError("A SIG name is at most 40 characters.")
        query = meetings.listing(wanted.sig, wanted.from_, wanted.to)
        query = query.prefetch_related("sig", "organizer")
        page = await paginate(query, lambda m: m, first, after, last, before)
        nodes = await _with_recordings([edge.node for edge in page.edges])
        edges = [Edge(node=n, cursor=e.cursor) for n, e in zip(nodes, page.edges, strict=True)]
        return Connection(edges=edges, page_info=page.page_info, total_count=page.total_count)

    @strawberry.field(
        extensions=[public("joinUrl only for signed-in members")],
        description="One meeting, or null.",
    )
    async def meeting(self, id: strawberry.ID) -> Meeting | None:
        key = _meeting_key(id)
        found = await _meeting_query().get_or_none(id=key) if key is not None else None
        return (await _with_recordings([found]))[0] if found is not None else None

    @strawberry.field(
        extensions=[has_role(Role.ADMIN)],
        description="Recordings Bilibili would not delete: admins only.",
    )
    async def recordings_needing_attention(self, info: Info) -> list[RecordingAttention] | None:
        viewer = await info.context.require_viewer()
        found, errors = await attempt(recording_removal.needing_attention(viewer))
        if found is None:
            raise PublicError(errors[0].message)
        manager = recording_removal.manager_url(info.context.services.settings)
        loaded = {
            m.id: m for m in await _meeting_query().filter(id__in=[r.meeting_id for r in found])
        }
        return [
            RecordingAttention(
                meeting=Meeting.of(loaded[r.meeting_id], r),
                recording=MeetingRecording.of(r, loaded[r.meeting_id].sig),
                manager_url=manager,
            )
            for r in found
        ]


def _fields(input: ScheduleMeetingInput | UpdateMeetingInput) -> meeting_fields.MeetingFields:
    return meeting_fields.MeetingFields(
        topic=input.topic,
        agenda=input.agenda,
        starts_at=input.starts_at,
        ends_at=input.ends_at,
        timezone=input.timezone,
        join_url=input.join_url,
        invitees=input.invitees,
        record_automatically=input.record_automatically,
    )


@strawberry.type
class MeetingMutations:
    @strawberry.mutation(
        extensions=[maintains_sig(lambda args: args["input"].sig, ScheduleMeetingPayload)],
        description="Schedule a SIG meeting: the SIG's maintainers only.",
    )
    async def schedule_meeting(
        self, info: Info, input: ScheduleMeetingInput
    ) -> ScheduleMeetingPayload:
        viewer = await info.context.require_viewer()
        queue = info.context.services.queue
        found, errors = await attempt(meetings.schedule(queue, viewer, input.sig, _fields(input)))
        meeting = await _load(found.id) if found else None
        return ScheduleMeetingPayload(meeting=meeting, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(UpdateMeetingPayload)],
        description="Change a meeting; invitees get the new invitation.",
    )
    async def update_meeting(self, info: Info, input: UpdateMeetingInput) -> UpdateMeetingPayload:
        viewer = await info.context.require_viewer()
        key = _meeting_key(input.id)
        if key is None:
            return UpdateMeetingPayload(user_errors=user_errors(NO_SUCH_MEETING))
        queue = info.context.services.queue
        found, errors = await attempt(meetings.update(queue, viewer, key, _fields(input)))
        meeting = await _load(found.id) if found else None
        return UpdateMeetingPayload(meeting=meeting, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(CancelMeetingPayload)],
        description="Cancel a meeting; invitees get a cancellation.",
    )
    async def cancel_meeting(self, info: Info, input: CancelMeetingInput) -> CancelMeetingPayload:
        viewer = await info.context.require_viewer()
        key = _meeting_key(input.id)
        if key is None:
            return CancelMeetingPayload(user_errors=user_errors(NO_SUCH_MEETING))
        queue = info.context.services.queue
        found, errors = await attempt(meetings.cancel(queue, viewer, key, input.reason))
        meeting = await _load(found.id) if found else None
        return CancelMeetingPayload(meeting=meeting, user_errors=errors)

    @strawberry.mutation(
        extensions=[signed_in(AddMeetingRecordingPayload)],
        description="Register a meeting's recording and upload it to Bilibili.",
    )
    async def add_meeting_recording(
        self, info: Info, input: AddMeetingRecordingInput
    ) -> AddMeetingRecordingPayload:
        viewer = await info.context.require_viewer()
        key = _meeting_key(input.meeting_id)
        if key is None:
            missing = DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["meetingId"])
            return AddMeetingRecordingPayload(user_errors=user_errors(missing))
        services = info.context.services
        assert services.outbound is not None, "the lifespan opens the outbound client"
        work = recordings.register(
            services.queue, services.settings, services.outbound, key, input.source_url,
            input.cover_url, viewer,
        )  # fmt: skip
        found, errors = await attempt(work)
        return await _recording_payload(AddMeetingRecordingPayload, found, errors)

    @strawberry.mutation(
        extensions=[signed_in(RemoveMeetingRecordingPayload)],
        description="Take a recording off Bilibili: maintainers and admins.",
    )
    async def remove_meeting_recording(
        self, info: Info, input: RemoveMeetingRecordingInput
    ) -> RemoveMeetingRecordingPayload:
        viewer = await info.context.require_viewer()
        key = _meeting_key(input.meeting_id)
        if key is None:
            missing = DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["meetingId"])
            return RemoveMeetingRecordingPayload(user_errors=user_errors(missing))
        work = recording_removal.request_removal(
            info.context.services.queue, viewer, key, input.reason
        )
        found, errors = await attempt(work)
        return await _recording_payload(RemoveMeetingRecordingPayload, found, errors)

    @strawberry.mutation(
        extensions=[has_role(Role.ADMIN, ConfirmRecordingRemovedPayload)],
        description="An admin confirms a recording was deleted by hand.",
    )
    async def confirm_recording_removed(
        self, info: Info, input: ConfirmRecordingRemovedInput
    ) -> ConfirmRecordingRemovedPayload:
        viewer = await info.context.require_viewer()
        key = _meeting_key(input.meeting_id)
        if key is None:
            missing = DomainError(ErrorCode.NOT_FOUND, "No such meeting.", ["meetingId"])
            return ConfirmRecordingRemovedPayload(user_errors=user_errors(missing))
        found, errors = await attempt(recording_removal.confirm_removed(viewer, key))
        return await _recording_payload(ConfirmRecordingRemovedPayload, found, errors)


P = TypeVar("P", bound=RecordingPayload)


async def _recording_payload(
    kind: type[P], found: RecordingModel | None, errors: list[UserError]
) -> P:
    if found is None:
        return kind(user_errors=errors)
    meeting = await _load(found.meeting_id)
    fresh = await RecordingModel.get(id=found.id)
    recording = MeetingRecording.of(fresh, meeting._model.sig)
    return kind(meeting=meeting, recording=recording, user_errors=errors)
