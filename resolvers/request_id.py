"""The id of the current request, shared by the masked error and the log line.

The edge may have set one (`request.state.request_id`, e.g. from an X-Request-ID middleware);
otherwise one is made here and kept on the request, so every reader sees the same.
"""

from __future__ import annotations

import secrets

from starlette.requests import HTTPConnection


def request_id(connection: HTTPConnection) -> str:
    found = getattr(connection.state, "request_id", None)
    if isinstance(found, str) and found:
        return found
    made = secrets.token_hex(8)
    connection.state.request_id = made
    return made
