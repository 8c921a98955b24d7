"""Top-level errors a frontend can program against: a code on each, a request id on masked ones.

- The client's mistakes keep GraphQL's own message: syntax (`GRAPHQL_PARSE_FAILED`), the
  document against the schema (`GRAPHQL_VALIDATION_FAILED`), and values, inline or in
  `variables` (`BAD_USER_INPUT`: a missing field, a malformed date, an unknown enum value,
  a string over its maximum length).
- Anything unexpected is masked as "Unexpected error." with `INTERNAL_SERVER_ERROR` and a
  `requestId`; an outage of Redis, the database or an outside service says so instead, with
  `SERVICE_UNAVAILABLE` (`resolvers/masking.py`). The same id is logged with the exception
  and sent as `X-Request-Id`, so an operator can find the trace a user reports.

Applied per request by `resolvers/pipeline.py`, with nothing kept between requests
(DESIGN §11).
"""

from __future__ import annotations

import secrets
from typing import Any

from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.http import GraphQLHTTPResponse

from resolvers.errors import PublicError
from resolvers.masking import UNEXPECTED, masked, should_mask
from resolvers.request_id import request_id

# Messages of graphql-core's ValuesOfCorrectTypeRule and friends: a value, not the document.
_VALUE_MESSAGES = (
    "Expected value of type",
    "Expected a value of",
    "of required type",
    "is not defined by type",
    "does not exist in",
    "cannot represent",
    "OneOf Input Object",
    "must specify exactly one field",
)


def is_variable_error(error: GraphQLError) -> bool:
    """graphql-core's message for a bad value in `variables`: the client's, not ours.

    Variables are coerced before any field runs, so these errors have no path; the cause
    (a scalar's parse error) is kept as `original_error`, which would otherwise be masked.
    """
    return error.path is None and error.message.startswith("Variable '$")


def code_for(error: GraphQLError) -> str:
    if error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    if is_variable_error(error) or isinstance(error.original_error, PublicError):
        return "BAD_USER_INPUT"
    if error.original_error is None:
        if any(text in error.message for text in _VALUE_MESSAGES):
            return "BAD_USER_INPUT"
        return "GRAPHQL_VALIDATION_FAILED"
    return "INTERNAL_SERVER_ERROR"


def _request_id(context: Any) -> str:
    """The request's id, also sent as `X-Request-ID` once something was masked."""
    request = getattr(context, "request", None)
    rid = request_id(request) if request is not None else secrets.token_hex(8)
    response = getattr(context, "response", None)
    if response is not None:
        response.headers["x-request-id"] = rid
    return rid


def is_unexpected(error: GraphQLError) -> bool:
    """Not the client's mistake (a bad variable, a validation error) nor a deliberate
    `PublicError`: what is masked in the answer and logged as unexpected."""
    return not is_variable_error(error) and should_mask(error)


def process_errors(errors: list[GraphQLError], context: Any) -> list[GraphQLError]:
    """Mask the unexpected, then give every error its code (`context`: the request's)."""
    rid: str | None = None
    processed: list[GraphQLError] = []
    for error in errors:
        if is_unexpected(error):
            rid = rid or _request_id(context)
            error = masked(error, rid)
        extensions = dict(error.extensions or {})
        extensions.setdefault("code", code_for(error))
        error.extensions = extensions
        processed.append(error)
    return processed


class ClientErrors(MaskErrors):
    """`process_errors` as an extension of its own, for a schema without the production
    pipeline (`resolvers/pipeline.py` calls the function directly)."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=is_unexpected, error_message=UNEXPECTED)

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        return process_errors(errors, self.execution_context.context)


def with_error_codes(response: GraphQLHTTPResponse) -> GraphQLHTTPResponse:
    """Errors no extension saw (a syntax error is raised before any runs) get their code too."""
    for error in response.get("errors") or ():
        if not isinstance(error, dict):
            continue
        extensions = error.setdefault("extensions", {})
        if isinstance(extensions, dict) and "code" not in extensions:
            syntax = str(error.get("message", "")).startswith("Syntax Error")
            extensions["code"] = "GRAPHQL_PARSE_FAILED" if syntax else "GRAPHQL_VALIDATION_FAILED"
    return response
