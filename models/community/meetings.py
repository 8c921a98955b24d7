"""Meetings of SIGs and the people invited to them.

A meeting belongs to a SIG and is organised by a member who maintains it. Invitees are
e-mail addresses: personal data of the people invited, kept until 30 days after the
meeting ends (then purged by retention), exported to and erased with the account that has
the address when the meeting is scheduled.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    SYSTEM,
    Annotation,
    Basis,
    Category,
    Erasure,
    Purpose,
    Retention,
    account_data,
    annotated,
)
from models.community.sigs import Sig
from models.identity.users import User

INVITEE_RETENTION = Retention(
    "until 30 days after the meeting ends (invitations, updates and cancellations)",
    after=timedelta(0),  # timed by `forget_after`, which is the meeting's end plus 30 days
)
INVITEE_EMAIL = Annotation(
    Category.EMAIL,
    Purpose.OPERATIONS,
    Basis.LEGITIMATE_INTEREST,
    INVITEE_RETENTION,
    Erasure.DELETE,
    True,
)
ORGANIZER = account_data(Category.UNIQUE_ID, purpose=Purpose.OPERATIONS, erasure=Erasure.NULL)


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"


class Meeting(Model):
    id: int
    sig_id: int
    sig: fields.ForeignKeyRelation[Sig] = annotated(
        fields.ForeignKeyField("models.Sig", related_name="meetings", on_delete=fields.RESTRICT),
        SYSTEM,
    )
    organizer_id: int | None
    # The member who scheduled it; nulled when that account is erased.
    organizer: fields.ForeignKeyNullableRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="meetings", null=True, on_delete=fields.SET_NULL
        ),
        ORGANIZER,
    )
    topic = annotated(fields.CharField(max_length=120), SYSTEM)
    agenda = annotated(fields.TextField(default=""), SYSTEM)
    starts_at = annotated(fields.DatetimeField(db_index=True), SYSTEM)
    ends_at = annotated(fields.DatetimeField(), SYSTEM)
    # IANA zone the times are shown in (invitations carry it).
    timezone = annotated(fields.CharField(max_length=64), SYSTEM)
    join_url = annotated(fields.CharField(max_length=2000), SYSTEM)
    record_automatically = annotated(fields.BooleanField(default=False), SYSTEM)
    status = annotated(
        fields.CharEnumField(MeetingStatus, max_length=16, default=MeetingStatus.SCHEDULED),
        SYSTEM,
    )
    cancel_reason = annotated(fields.CharField(max_length=500, null=True), SYSTEM)
    # The iCalendar UID and SEQUENCE: every invitation of one meeting names the same event.
    uid = annotated(fields.CharField(max_length=100, unique=True), SYSTEM)
    sequence = annotated(fields.IntField(default=0), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    invitees: fields.ReverseRelation[MeetingInvitee]

    class Meta:
        table = "meetings"


class MeetingInvitee(Model):
    id: int
    meeting_id: int
    meeting: fields.ForeignKeyRelation[Meeting] = annotated(
        fields.ForeignKeyField("models.Meeting", related_name="invitees", on_delete=fields.CASCADE),
        SYSTEM,
    )
    user_id: int | None
    # The account that had this address when the meeting was scheduled, if any: its owner
    # gets the row in an access package and loses it on erasure.
    user: fields.ForeignKeyNullableRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="meeting_invitations", null=True, on_delete=fields.CASCADE
        ),
        account_data(Category.UNIQUE_ID, purpose=Purpose.OPERATIONS, erasure=Erasure.DELETE),
    )
    email = annotated(fields.CharField(max_length=254), INVITEE_EMAIL)
    forget_after = annotated(fields.DatetimeField(db_index=True), SYSTEM)
    # Dropped from the list: waits for its CANCEL, then the row goes.
    removed = annotated(fields.BooleanField(default=False), SYSTEM)
    # The meeting's SEQUENCE this invitee last got (or was decided not to get) a mail for;
    # behind the meeting's: the invitations sweep queues the mail again.
    notified_sequence = annotated(fields.IntField(null=True), SYSTEM)

    retention_clock = "forget_after"

    class Meta:
        table = "meeting_invitees"
        unique_together = (("meeting", "email"),)
