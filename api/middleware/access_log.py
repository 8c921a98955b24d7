"""The access log of statement §1c: time, address, path, status, size, referer, user agent.

Only the path is kept: query strings and bodies can carry personal data and are never
logged. Rows are deleted after 10 days by the retention purge. A finished request only hands
its row (`record_access`, called by `api/middleware/edge.py`) to the in-memory buffer
(`app.state.access_log`); a background task writes rows in batches
(`services/privacy/access_log.py`).
"""

from __future__ import annotations

from datetime import datetime

import structlog
from starlette.types import Scope

from api.client_address import client_address
from api.headers import first_values
from services.privacy.access_log import AccessLogBuffer, AccessLogRow
from settings import Settings

log = structlog.get_logger(__name__)

# Paths whose last segment is a secret (a download token) are logged without it.
SECRET_PATHS = ("/exports/",)


def loggable_path(path: str) -> str:
    for prefix in SECRET_PATHS:
        if path.startswith(prefix):
            return prefix + "{token}"
    return path[:512]


def record_access(scope: Scope, at: datetime, status: int, size: int) -> None:
    """Hand a finished request's row to the buffer the application's lifespan made."""
    state = scope["app"].state
    buffer: AccessLogBuffer | None = getattr(state, "access_log", None)
    if buffer is None:  # the lifespan has not run: nothing to write with
        return
    settings: Settings = state.settings
    try:
        # Straight from the ASGI scope: Starlette's Request/URL/Headers objects cost more
        # than the row itself, on every request.
        found = first_values(scope, _WANTED_HEADERS)
        buffer.add(
            AccessLogRow(
                at=at,
                ip_address=_bounded(
                    client_address(scope, settings.trusted_proxy_networks), IP_ADDRESS_MAX
                ),
                path=loggable_path(scope["path"]),
                method=scope.get("method", "")[:8],
                status=status,
                response_size=size,
                referer=found.get(b"referer", "")[:512] or None,
                user_agent=found.get(b"user-agent", "")[:512] or None,
            )
        )
    except Exception:
        # Losing a log line must never break the answer itself.
        log.exception("access log record failed")


_WANTED_HEADERS = frozenset((b"referer", b"user-agent"))
# The column's length. Behind a trusted proxy the address is the header's last untrusted hop,
# which a client writes: over-long text would fail the whole batch it is written in.
IP_ADDRESS_MAX = 45


def _bounded(value: str | None, length: int) -> str | None:
    return value[:length] if value else value
