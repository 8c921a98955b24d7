"""A meeting's recording and its way to Bilibili: status, upload session, audit trail.

The upload session (Bilibili's upload host, auth, upload id, the parts already sent) is
kept here, so a worker killed mid-upload continues where it stopped. `lease_until` says a
worker is at it; a lapsed lease on an UPLOADING recording means the worker died.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, Category, Erasure, Purpose, account_data, annotated
from models.community.meetings import Meeting
from models.identity.users import User


class RecordingStatus(StrEnum):
    PENDING = "PENDING"
    UPLOADING = "UPLOADING"
    UPLOADED = "UPLOADED"
    REMOVAL_REQUESTED = "REMOVAL_REQUESTED"
    REMOVED = "REMOVED"
    MANUAL_REMOVAL_NEEDED = "MANUAL_REMOVAL_NEEDED"
    FAILED = "FAILED"


class Recording(Model):
    """The recording of one meeting. Its video shows participants: published on Bilibili
    only with the organizer's consent (MEETING_RECORDINGS), taken down on request."""

    id: int
    meeting_id: int
    meeting: fields.OneToOneRelation[Meeting] = annotated(
        fields.OneToOneField("models.Meeting", related_name="recording", on_delete=fields.CASCADE),
        SYSTEM,
    )
    status = annotated(
        fields.CharEnumField(RecordingStatus, max_length=24, default=RecordingStatus.PENDING),
        SYSTEM,
    )
    source_url = annotated(fields.CharField(max_length=2000), SYSTEM)
    cover_url = annotated(fields.CharField(max_length=2000, null=True), SYSTEM)
    size = annotated(fields.BigIntField(null=True), SYSTEM)
    title = annotated(fields.CharField(max_length=80, default=""), SYSTEM)
    # Bilibili's upload session: host + path, X-Upos-Auth, upload id, biz_id (the cid).
    upload_url = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    upload_auth = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    upload_id = annotated(fields.CharField(max_length=200, null=True), SYSTEM)
    biz_id = annotated(fields.BigIntField(null=True), SYSTEM)
    filename = annotated(fields.CharField(max_length=200, null=True), SYSTEM)
    chunk_size = annotated(fields.IntField(null=True), SYSTEM)
    threads = annotated(fields.IntField(default=1), SYSTEM)
    # Part numbers Bilibili acknowledged in the current session.
    parts_done: fields.Field[list[int]] = annotated(fields.JSONField(default=list), SYSTEM)
    parts_completed = annotated(fields.BooleanField(default=False), SYSTEM)
    cover = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    # Set before the submit request goes out: a second try looks the title up first.
    submit_attempted_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    aid = annotated(fields.BigIntField(null=True), SYSTEM)
    bvid = annotated(fields.CharField(max_length=20, null=True), SYSTEM)
    error = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    removal_reason = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    removal_attempts = annotated(fields.IntField(default=0), SYSTEM)
    lease_until = annotated(fields.DatetimeField(null=True, db_index=True), SYSTEM)
    # Bumped each time an interrupted upload is queued again (the job key's last part).
    resumes = annotated(fields.IntField(default=0), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    events: fields.ReverseRelation[RecordingEvent]

    class Meta:
        table = "recordings"


class RecordingEvent(Model):
    """The audit trail of a recording: every state change and who (or what) caused it."""

    id: int
    recording_id: int
    recording: fields.ForeignKeyRelation[Recording] = annotated(
        fields.ForeignKeyField("models.Recording", related_name="events", on_delete=fields.CASCADE),
        SYSTEM,
    )
    actor_id: int | None
    # The member who asked (null for the worker and the webhook); nulled on erasure.
    actor: fields.ForeignKeyNullableRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="recording_events", null=True, on_delete=fields.SET_NULL
        ),
        account_data(Category.UNIQUE_ID, purpose=Purpose.OPERATIONS, erasure=Erasure.NULL),
    )
    kind = annotated(fields.CharField(max_length=40), SYSTEM)
    status = annotated(fields.CharField(max_length=24), SYSTEM)
    detail = annotated(fields.CharField(max_length=500, default=""), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True, db_index=True), SYSTEM)

    class Meta:
        table = "recording_events"
