"""Meetup applications (statement §1g): who wants to hold or join a meetup, and how to reach them.

The contact data (name, company, phone, e-mail) serves that meetup only: it is cleared
30 days after the meetup's date (`retention_clock = "event_at"`); the rest of the row (city,
date, topic, decision) stays for the member's own history until the account goes.
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
    annotated,
)
from models.identity.users import User

CONTACT_AFTER_EVENT = timedelta(days=30)
CONTACT_RETENTION = Retention(
    "used for this meetup only; cleared 30 days after the meetup's date", CONTACT_AFTER_EVENT
)
APPLICATION_RETENTION = Retention("while the account exists; erased with it")


def _contact(category: Category) -> Annotation:
    return Annotation(
        category, Purpose.MEETUP_CONTACT, Basis.CONSENT, CONTACT_RETENTION, Erasure.NULL, True
    )


def _application(category: Category = Category.ACCOUNT_ACTIVITY) -> Annotation:
    return Annotation(
        category,
        Purpose.MEETUP_CONTACT,
        Basis.CONSENT,
        APPLICATION_RETENTION,
        Erasure.DELETE,
        True,
    )


class ApplicationState(StrEnum):
    PENDING = "PENDING"
    ACCEPTED = "ACCEPTED"
    DECLINED = "DECLINED"


class MeetupApplication(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="meetup_applications", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    city = annotated(fields.CharField(max_length=64), _application())
    # The meetup's day, at 00:00 UTC: the contact data's retention counts from it.
    event_at = annotated(fields.DatetimeField(db_index=True), _application())
    topic = annotated(fields.CharField(max_length=200), _application())
    name = annotated(fields.CharField(max_length=64, null=True), _contact(Category.NAME))
    company = annotated(fields.CharField(max_length=128, null=True), _contact(Category.WORKPLACE))
    phone = annotated(fields.CharField(max_length=20, null=True), _contact(Category.PHONE))
    email = annotated(fields.CharField(max_length=254, null=True), _contact(Category.EMAIL))
    state = annotated(
        fields.CharEnumField(ApplicationState, max_length=16, default=ApplicationState.PENDING),
        SYSTEM,
    )
    decided_at = annotated(fields.DatetimeField(null=True), _application())
    created_at = annotated(fields.DatetimeField(auto_now_add=True), _application())

    retention_clock = "event_at"

    class Meta:
        table = "meetup_applications"
