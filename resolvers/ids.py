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
