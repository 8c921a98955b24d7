"""Opaque global IDs: base64 of `Type:key`. Clients must not parse them."""

from __future__ import annotations

import base64
import binascii

import strawberry


def to_global_id(type_name: str, key: object) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode())


def from_global_id(expected_type: str, global_id: str) -> str | None:
    """The key inside `global_id` if it names an object of `expected_type`, else None."""
    try:
        decoded = base64.urlsafe_b64decode(global_id.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    type_name, _, key = decoded.partition(":")
    return key if type_name == expected_type and key else None


# Primary keys are the ORM's default IntField: a 32-bit SERIAL on PostgreSQL.
MAX_ROW_ID = 2**31 - 1


def from_global_row_id(expected_type: str, global_id: str) -> int | None:
    """The row id inside `global_id` if it names an `expected_type` row that could exist.

    A key no row can have is None like a wrong type: not ASCII digits ("²" and "١٢" are
    digits to `str.isdigit`), zero, or past the column's range, which the database would
    refuse with an overflow error.
    """
    key = from_global_id(expected_type, global_id)
    if key is None or not key.isascii() or not key.isdigit() or len(key) > 10:
        return None
    row_id = int(key)
    return row_id if 1 <= row_id <= MAX_ROW_ID else None
