"""One row per job that must happen (mail, SMS, uploads, erasure steps).

A service writes the row in the same transaction as the change that causes the job; the
dispatcher hands due rows to the queue (arq, or tasks of this process) and hands them again
until a run acknowledges them (`DONE`) or gives up (`FAILED`, the dead-letter list). Redis
may lose its queue: the database remembers.

The payload holds the job's arguments (a recipient's address, a message with a code), so it
is cleared as soon as the job is done, and a row goes 7 days after it was written.
"""

from __future__ import annotations

from datetime import timedelta
from enum import StrEnum
from typing import Any

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

OUTBOX_RETENTION = Retention(
    "arguments cleared when the job is done; the row deleted 7 days after it was written",
    timedelta(days=7),
)

PAYLOAD = Annotation(
    Category.EMAIL,
    Purpose.OPERATIONS,
    Basis.CONTRACT,
    OUTBOX_RETENTION,
    Erasure.DELETE,
    False,
)


class JobState(StrEnum):
    PENDING = "pending"  # waits for `available_at`, then for the dispatcher
    DISPATCHED = "dispatched"  # handed to the queue; handed again when `lease_until` passes
    RUNNING = "running"  # a worker runs it and renews `lease_until` while it does
    DONE = "done"
    FAILED = "failed"  # the dead-letter list: `commons jobs failed`, `commons jobs retry ID`


class OutboxJob(Model):
    id: int
    name = annotated(fields.CharField(max_length=64), SYSTEM)
    queue = annotated(fields.CharField(max_length=64), SYSTEM)
    # `enqueue(..., _key=...)`: a second job with the same key while one is open is dropped.
    # Keys name things by id, never by a person's data.
    key = annotated(fields.CharField(max_length=128, null=True, db_index=True), SYSTEM)
    payload: fields.JSONField[dict[str, Any]] = annotated(fields.JSONField(default=dict), PAYLOAD)
    state = annotated(
        fields.CharEnumField(JobState, max_length=16, default=JobState.PENDING), SYSTEM
    )
    tries = annotated(fields.IntField(default=0), SYSTEM)
    dispatches = annotated(fields.IntField(default=0), SYSTEM)
    available_at = annotated(fields.DatetimeField(), SYSTEM)
    lease_until = annotated(fields.DatetimeField(null=True), SYSTEM)
    useful_until = annotated(fields.DatetimeField(), SYSTEM)
    claimed_by = annotated(fields.CharField(max_length=128, null=True), SYSTEM)
    # The error's type (and service), never its text: messages can carry addresses.
    last_error = annotated(fields.CharField(max_length=200, null=True), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    finished_at = annotated(fields.DatetimeField(null=True), SYSTEM)

    not_linked_to_a_person = (
        "job arguments in transit; cleared when the job is done, the row deleted after 7 days"
    )

    class Meta:
        table = "outbox_jobs"
        indexes = (("state", "available_at"),)
