"""GraphQL's part in the logs and metrics: the operation, its outcome, its errors.

Two hooks on every operation's result, handed to the schema's pipeline (`resolvers/pipeline.py`):
`log_unexpected_errors` runs before masking: it logs each unexpected error once, with its
type and traceback as one field but without the exception's text or the query's variables
(both can carry personal data). `observe_operation` runs last: it names the operation for the
request line and the metrics, and adds the request id to masked errors (`extensions.requestId`),
so a person reporting "Unexpected error." can be matched to the one log line about it.
"""

from __future__ import annotations

import re
import traceback
from typing import Any

import structlog
from graphql import GraphQLError, OperationDefinitionNode
from strawberry.types import ExecutionContext

from api.middleware.request_id import current_request
from resolvers.client_errors import is_unexpected

log = structlog.get_logger("commons.graphql")

MASKED = "Unexpected error."
_NAME = re.compile(r"[^A-Za-z0-9_]")


def _operation(document: Any, wanted: str | None) -> str:
    """`mutation:signUp`: the type and first root field, names the schema bounds."""
    if document is None:
        return "invalid"
    for definition in document.definitions:
        if not isinstance(definition, OperationDefinitionNode):
            continue
        name = definition.name.value if definition.name else None
        if wanted is not None and name != wanted:
            continue
        selections = definition.selection_set.selections
        first = getattr(selections[0], "name", None) if selections else None
        field = first.value if first is not None else "-"
        return f"{definition.operation.value}:{field}"[:80]
    return "invalid"


def observe_operation(context: ExecutionContext) -> None:
    info = current_request.get()
    if info is None:
        return
    wanted = context.operation_name
    info.operation_name = _NAME.sub("", wanted)[:64] if wanted else None
    result = context.result
    errors: list[GraphQLError] = list(getattr(result, "errors", None) or [])
    valid = not errors or getattr(result, "data", None) is not None
    info.operation = _operation(context.graphql_document, wanted) if valid else "invalid"
    info.outcome = "error" if errors else "ok"
    for error in errors:
        if error.message == MASKED:
            error.extensions = {**(error.extensions or {}), "requestId": info.request_id}


def log_unexpected_errors(context: ExecutionContext) -> None:
    for error in getattr(context.result, "errors", None) or []:
        original = error.original_error
        if original is None or not is_unexpected(error):
            # The client's mistake or a deliberate refusal, answered as such: what masking
            # lets through is not logged as a fault either.
            continue
        log.error(
            "unexpected error",
            error=type(original).__name__,
            path=".".join(str(p) for p in error.path or []),
            exception="".join(traceback.format_tb(original.__traceback__))[-4000:],
        )
