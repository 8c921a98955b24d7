"""Erasure tombstones: keyed hashes of an erased person's identifiers, never the identifiers.

After a backup restore brings erased rows back, `commons erasure replay` finds them by these
hashes and erases them again.
"""

from __future__ import annotations

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

TOMBSTONE = Annotation(
    Category.UNIQUE_ID,
    Purpose.OPERATIONS,
    Basis.LEGAL_OBLIGATION,
    Retention("as long as backups made before the erasure exist"),
    Erasure.RETAIN,
    False,
    "a keyed hash lets an erasure be re-applied after a backup restore; it reveals nothing",
)


class ErasureTombstone(Model):
    id: int
    # Which identifier was hashed: public_id, username, email, phone.
    kind = annotated(fields.CharField(max_length=16), SYSTEM)
    digest = annotated(fields.CharField(max_length=64, unique=True), TOMBSTONE)
    erased_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    # Not linked to a person by design: that is the point of a tombstone.
    not_linked_to_a_person = "holds only keyed hashes of identifiers of erased accounts"

    class Meta:
        table = "erasure_tombstones"
