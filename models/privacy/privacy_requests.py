"""Data-subject requests (statement §6) and their append-only audit trail."""

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
from models.identity.users import User

# Evidence that a request was answered lawfully outlives the account (GDPR art. 5(2)),
# but not for ever.
REQUEST_EVIDENCE = Retention("three years after the request was received", timedelta(days=3 * 365))
_EVIDENCE = Annotation(
    Category.ACCOUNT_ACTIVITY,
    Purpose.OPERATIONS,
    Basis.LEGAL_OBLIGATION,
    REQUEST_EVIDENCE,
    Erasure.RETAIN,
    True,
    "proof that the request was handled within the legal deadline (accountability)",
)


class RequestKind(StrEnum):
    ACCESS = "ACCESS"
    RECTIFICATION = "RECTIFICATION"
    ERASURE = "ERASURE"
    OBJECTION = "OBJECTION"
    RESTRICTION = "RESTRICTION"


class RequestState(StrEnum):
    RECEIVED = "RECEIVED"
    VERIFIED = "VERIFIED"
    IN_PROGRESS = "IN_PROGRESS"
    EXTENDED = "EXTENDED"
    COMPLETED = "COMPLETED"
    REFUSED = "REFUSED"
    WITHDRAWN = "WITHDRAWN"


CLOSED_STATES = frozenset({RequestState.COMPLETED, RequestState.REFUSED, RequestState.WITHDRAWN})


class PrivacyRequest(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="privacy_requests", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    kind = annotated(fields.CharEnumField(RequestKind, max_length=16), SYSTEM)
    state = annotated(fields.CharEnumField(RequestState, max_length=16), SYSTEM)
    # Free text from the requester: may hold anything, so erasure clears it.
    details = annotated(
        fields.TextField(null=True),
        account_data(
            Category.ACCOUNT_ACTIVITY, purpose=Purpose.OPERATIONS, basis=Basis.LEGAL_OBLIGATION
        ),
    )
    # For OBJECTION: the purpose objected to (a `Purpose` value).
    purpose = annotated(fields.CharField(max_length=32, null=True), SYSTEM)
    received_at = annotated(fields.DatetimeField(), _EVIDENCE)
    due_at = annotated(fields.DatetimeField(), _EVIDENCE)
    verified_at = annotated(fields.DatetimeField(null=True), _EVIDENCE)
    extended_at = annotated(fields.DatetimeField(null=True), _EVIDENCE)
    closed_at = annotated(fields.DatetimeField(null=True), _EVIDENCE)
    # ERASURE: when the grace period ends and the purge erases the account.
    erase_after = annotated(fields.DatetimeField(null=True), SYSTEM)
    reminded_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), _EVIDENCE)

    events: fields.ReverseRelation[PrivacyRequestEvent]

    class Meta:
        table = "privacy_requests"


class PrivacyRequestEvent(Model):
    """One step of a request: appended, never updated."""

    id: int
    request_id: int
    request: fields.ForeignKeyRelation[PrivacyRequest] = annotated(
        fields.ForeignKeyField(
            "models.PrivacyRequest", related_name="events", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    action = annotated(fields.CharField(max_length=32), SYSTEM)
    state = annotated(fields.CharEnumField(RequestState, max_length=16), SYSTEM)
    # "requester", "officer" or "system"; the officer's account id for officer steps.
    actor = annotated(fields.CharField(max_length=16), SYSTEM)
    actor_user_id = annotated(fields.IntField(null=True), SYSTEM)
    # Reasons for an extension or refusal, what a rectification changed: the evidence itself.
    note = annotated(fields.TextField(null=True), _EVIDENCE)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), _EVIDENCE)

    class Meta:
        table = "privacy_request_events"
        ordering = ["id"]


EXPORT_LIFETIME = Retention("7 days, then deleted", timedelta(days=7))


def _export_part(category: Category) -> Annotation:
    """A piece of an access package: kept for its requester until the link expires."""
    return account_data(
        category,
        purpose=Purpose.OPERATIONS,
        basis=Basis.LEGAL_OBLIGATION,
        erasure=Erasure.DELETE,
        retention=EXPORT_LIFETIME,
        exported=False,
    )


class PrivacyExport(Model):
    """The package an ACCESS request produced, downloadable by its owner for 7 days."""

    id: int
    user_id: int
    request_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField("models.User", related_name="exports", on_delete=fields.CASCADE),
        SYSTEM,
    )
    request: fields.ForeignKeyRelation[PrivacyRequest] = annotated(
        fields.ForeignKeyField(
            "models.PrivacyRequest", related_name="exports", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    token = annotated(
        fields.CharField(max_length=64, unique=True),
        _export_part(Category.CREDENTIALS),
    )
    document = annotated(
        fields.TextField(),
        _export_part(Category.ACCOUNT_ACTIVITY),
    )
    page = annotated(
        fields.TextField(),
        _export_part(Category.ACCOUNT_ACTIVITY),
    )
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    expires_at = annotated(fields.DatetimeField(), SYSTEM)

    class Meta:
        table = "privacy_exports"
