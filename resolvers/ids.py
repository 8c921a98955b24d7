"""Opaque global IDs: base64 of `Type:key`. Clients must not parse them."""

from __future__ import annotations

import base64
import binascii
from functools import lru_cache

import strawberry

# Longer than any ID we hand out; a longer one is refused before it is decoded.
MAX_GLOBAL_ID_LENGTH = 128
# Primary keys are 32-bit integer columns: a larger number cannot name a row, and would make
# the database raise instead of answering "not found".
MAX_INT_KEY = 2**31 - 1


# Every answer names its objects, and most name the same few (the viewer, a page's SIGs).
@lru_cache(maxsize=8192)
def to_global_id(type_name: str, key: object) -> strawberry.ID:
    return strawberry.ID(base64.urlsafe_b64encode(f"{type_name}:{key}".encode()).decode())


def from_global_id(expected_type: str, global_id: str) -> str | None:
    """The key inside `global_id` if it names an object of `expected_type`, else None."""
    if len(global_id) > MAX_GLOBAL_ID_LENGTH:
        return None
    try:
        decoded = base64.urlsafe_b64decode(global_id.encode()).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    type_name, _, key = decoded.partition(":")
    return key if type_name == expected_type and key else None


def from_global_int_id(expected_type: str, global_id: str) -> int | None:
    """The integer key inside `global_id`, or None when it is not one a row can have."""
    key = from_global_id(expected_type, global_id)
    if key is None or not key.isascii() or not key.isdigit() or len(key) > 10:
        return None
    value = int(key)
    return value if 0 < value <= MAX_INT_KEY else None
