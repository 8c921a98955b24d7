"""`{"documentId": "sha256:..."}` in a request body: carried to the schema in `extensions`."""

from __future__ import annotations


def carry_document_id(data: object) -> object:
    """Strawberry reads only query, variables, operationName and extensions from a body."""
    if isinstance(data, dict) and "documentId" in data:
        extensions = data.get("extensions")
        extensions = dict(extensions) if isinstance(extensions, dict) else {}
        extensions["documentId"] = data.pop("documentId")
        data["extensions"] = extensions
    return data
