"""Trusted documents at request time: run registered operations by id, refuse others if asked.

A request names a registered document in one of two ways:
- `{"documentId": "sha256:<hex>", "variables": ...}` (the trusted-documents convention; the
  view moves `documentId` into the request's `extensions`), or
- Apollo's automatic persisted queries: `extensions.persistedQuery.sha256Hash`, with or
  without the query text.

A registered document is parsed once, when first used, and never validated again: it was
validated against the schema when `commons documents add` registered it. With
`TRUSTED_DOCUMENTS_ONLY=true` any other document is refused before it is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graphql import DocumentNode, GraphQLError, parse
from strawberry.types import ExecutionContext

from services.kernel import documents

NOT_FOUND = "PERSISTED_QUERY_NOT_FOUND"
REQUIRED = "TRUSTED_DOCUMENT_REQUIRED"


@dataclass(frozen=True, slots=True)
class Registered:
    text: str
    document: DocumentNode


class DocumentRegistry:
    """Registered documents met so far, parsed once; shared by requests, immutable entries."""

    def __init__(self) -> None:
        self._entries: dict[str, Registered] = {}

    async def get(self, identifier: str) -> Registered | None:
        entry = self._entries.get(identifier)
        if entry is None:
            # Not cached when missing: a document added while the server runs works at once.
            stored = await documents.find(identifier)
            if stored is None:
                return None
            entry = self._entries[identifier] = Registered(stored.text, parse(stored.text))
        return entry


def _refusal(message: str, code: str) -> GraphQLError:
    return GraphQLError(message, extensions={"code": code})


def requested_id(extensions: dict[str, Any] | None) -> tuple[str | None, bool]:
    """The document id the request names (normalised), and whether it named one at all."""
    if not extensions:
        return None, False
    if "documentId" in extensions:
        value = extensions["documentId"]
        return (documents.normalise_id(value) if isinstance(value, str) else None), True
    persisted = extensions.get("persistedQuery")
    if isinstance(persisted, dict) and "sha256Hash" in persisted:
        value = persisted["sha256Hash"]
        return (documents.normalise_id(value) if isinstance(value, str) else None), True
    return None, False


async def apply_trusted_document(
    context: ExecutionContext, registry: DocumentRegistry, only_trusted: bool
) -> None:
    """Swap in the registered document the request names, or refuse (raises GraphQLError).

    Runs after the validation rules are set: a registered document drops every rule."""
    identifier, named = requested_id(context.operation_extensions)
    if named:
        if identifier is None:
            raise _refusal("A document id is sha256: and 64 hex digits.", NOT_FOUND)
        if context.query and documents.document_id(context.query) != identifier:
            raise _refusal("The document id is not the SHA-256 of the query.", NOT_FOUND)
    elif context.query and only_trusted:
        identifier = documents.document_id(context.query)
    entry = await registry.get(identifier) if identifier else None
    if entry is not None:
        context.query = entry.text
        context.graphql_document = entry.document
        context.validation_rules = ()  # validated when registered
    elif named and not context.query:
        # Apollo clients recognise this message and resend with the query text.
        raise _refusal("PersistedQueryNotFound", NOT_FOUND)
    elif only_trusted:
        raise _refusal(
            "Only registered documents run here: send a documentId "
            "(commons documents add, docs/frontend.md).",
            REQUIRED,
        )
