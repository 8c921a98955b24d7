"""Trusted documents: register a frontend's GraphQL operations by SHA-256, find them by id.

The id is `sha256:` plus the hex SHA-256 of the document's exact text (UTF-8), as in the
GraphQL-over-HTTP trusted documents convention; Apollo's automatic persisted queries send
the same hash without the prefix.
"""

from __future__ import annotations

import hashlib
import re

from tortoise.exceptions import IntegrityError

from models.kernel.documents import TrustedDocument

PREFIX = "sha256:"
_HEX_DIGEST = re.compile(r"[0-9a-f]{64}")


def document_id(text: str) -> str:
    return PREFIX + hashlib.sha256(text.encode()).hexdigest()


def normalise_id(value: str) -> str | None:
    """`sha256:<64 hex>` (or the bare hash an APQ client sends) in one form, else None."""
    digest = value.removeprefix(PREFIX).lower()
    # One match, not a test per character: every request naming a document asks this.
    if len(digest) != 64 or _HEX_DIGEST.fullmatch(digest) is None:
        return None
    return PREFIX + digest


async def add(text: str, operations: list[str]) -> tuple[TrustedDocument, bool]:
    """Store `text` under its id; adding the same text again changes nothing."""
    identifier = document_id(text)
    existing = await TrustedDocument.get_or_none(id=identifier)
    if existing is not None:
        return existing, False
    try:
        created = await TrustedDocument.create(
            id=identifier, text=text, operations=",".join(operations)[:512]
        )
    except IntegrityError:  # added concurrently
        return await TrustedDocument.get(id=identifier), False
    return created, True


async def find(identifier: str) -> TrustedDocument | None:
    return await TrustedDocument.get_or_none(id=identifier)


async def listed() -> list[TrustedDocument]:
    return await TrustedDocument.all().order_by("added_at", "id")
