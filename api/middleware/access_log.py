"""The access log of statement §1c: time, address, path, status, size, referer, user agent.

Only the path is kept: query strings and bodies can carry personal data and are never
logged. Rows are deleted after 10 days by the retention purge. The request only hands its row
to the in-memory buffer (`app.state.access_log`); a background task writes rows in batches
(`services/privacy/access_log.py`).
"""

from __future__ import annotations

from datetime import datetime

import structlog
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.client_address import address_from
from services.kernel import clock
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


class AccessLogMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        at = clock.now()
        status = 500
        size = 0
        recorded = False

        async def counting_send(message: Message) -> None:
            nonlocal status, size, recorded
            if message["type"] == "http.response.start":
                status = message["status"]
            elif message["type"] == "http.response.body":
                size += len(message.get("body", b""))
                if not message.get("more_body", False):
                    # Buffered before the last byte goes out, so a finished request is logged.
                    recorded = True
                    self._record(scope, at, status, size)
            await send(message)

        try:
            await self.app(scope, receive, counting_send)
        finally:
            if not recorded:
                self._record(scope, at, status, size)

    def _record(self, scope: Scope, at: datetime, status: int, size: int) -> None:
        state = scope["app"].state
        buffer: AccessLogBuffer | None = getattr(state, "access_log", None)
        if buffer is None:  # the lifespan has not run: nothing to write with
            return
        settings: Settings = state.settings
        try:
            # Straight from the ASGI scope: Starlette's Request/URL/Headers objects cost more
            # than the row itself, on every request.
            wanted = _WANTED_HEADERS
            found: dict[bytes, str] = {}
            for name, value in scope["headers"]:
                if name in wanted:
                    found[name] = value.decode("latin-1")
            client = scope.get("client")
            buffer.add(
                AccessLogRow(
                    at=at,
                    ip_address=address_from(
                        client[0] if client else None,
                        found.get(b"x-forwarded-for"),
                        settings.trusted_proxy_networks,
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


_WANTED_HEADERS = frozenset((b"referer", b"user-agent", b"x-forwarded-for"))
