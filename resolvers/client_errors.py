"""Top-level errors a frontend can program against: a code on each, a request id on masked ones.

- The client's mistakes keep GraphQL's own message: syntax (`GRAPHQL_PARSE_FAILED`), the
  document against the schema (`GRAPHQL_VALIDATION_FAILED`), and values, inline or in
  `variables` (`BAD_USER_INPUT`: a missing field, a malformed date, an unknown enum value,
  a string over its maximum length).
- Anything unexpected is masked as "Unexpected error." with `INTERNAL_SERVER_ERROR` and a
  `requestId`; the same id is logged with the exception and sent as `X-Request-Id`, so an
  operator can find the trace a user reports.

One instance per request (the schema is given a factory), so nothing leaks between requests.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

import structlog
from graphql import GraphQLError
from strawberry.extensions import MaskErrors
from strawberry.http import GraphQLHTTPResponse

from resolvers.errors import PublicError

log = structlog.get_logger(__name__)

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


class ClientErrors(MaskErrors):
    def __init__(self, should_mask_error: Callable[[GraphQLError], bool]) -> None:
        super().__init__(
            should_mask_error=lambda e: not is_variable_error(e) and should_mask_error(e)
        )
        self._request_id: str | None = None

    @property
    def request_id(self) -> str:
        if self._request_id is None:
            self._request_id = secrets.token_hex(8)
            response = getattr(self.execution_context.context, "response", None)
            if response is not None:
                response.headers["x-request-id"] = self._request_id
        return self._request_id

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        log.error(
            "unexpected error",
            request_id=self.request_id,
            path=error.path,
            exc_info=(type(original), original, original.__traceback__) if original else None,
        )
        masked = super().anonymise_error(error)
        masked.extensions = {"code": "INTERNAL_SERVER_ERROR", "requestId": self.request_id}
        return masked

    def _process_errors(self, errors: list[GraphQLError]) -> list[GraphQLError]:
        processed = super()._process_errors(errors)
        for error in processed:
            extensions = dict(error.extensions or {})
            extensions.setdefault("code", code_for(error))
            error.extensions = extensions
        return processed


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
