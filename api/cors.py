"""A browser frontend on its own origin: CORS, and an Origin check for cookie requests.

CORS (Starlette's `CORSMiddleware`) lets the origins in `CORS_ALLOWED_ORIGINS` read answers
and send the session cookie; the list is exact origins, never `*`, and preflights are cached
for `CORS_MAX_AGE_SECONDS`. CORS only decides what a browser lets a page *read*; the request
itself may still arrive. So every state-changing request that carries the session cookie
(and no bearer token) must also come from a known origin: `PUBLIC_URL`'s, `API_URL`'s, the
API's own, or one of the allowed origins. `Origin` is read, or `Referer` when a browser left
`Origin` out; a request with neither is not a browser's cross-site request (browsers send
`Origin` on every cross-origin POST), so it passes.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.requests import cookie_parser
from starlette.types import ASGIApp, Receive, Scope, Send

from api.headers import first_values
from settings import Settings, exact_origin

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Read in one pass over the raw headers: every POST asks (api/headers.py).
_WANTED = frozenset((b"authorization", b"cookie", b"origin", b"referer", b"host"))
# What a GraphQL client sends besides the body: JSON, a bearer token, Apollo's client name.
ALLOWED_HEADERS = [
    "content-type",
    "authorization",
    "apollographql-client-name",
    "apollographql-client-version",
]
FORBIDDEN_ORIGIN = {
    "errors": [
        {
            "message": "Requests with the session cookie must come from an allowed origin.",
            "extensions": {"code": "FORBIDDEN_ORIGIN"},
        }
    ]
}


def cross_origin_middleware(settings: Settings) -> list[Middleware]:
    """CORS for the allowed origins (none configured: no CORS headers at all), then the check."""
    middleware = [Middleware(OriginCheckMiddleware, settings=settings)]
    if settings.cors_origins:
        cors = Middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_credentials=True,
            allow_methods=["GET", "POST"],
            allow_headers=ALLOWED_HEADERS,
            expose_headers=["x-request-id"],
            max_age=settings.cors_max_age_seconds,
        )
        middleware.insert(0, cors)
    return middleware


def trusted_origins(settings: Settings) -> frozenset[str]:
    """The origins whose pages may send the session cookie with a state-changing request."""
    origins = set(settings.cors_origins)
    for url in (settings.public_url, settings.api_base_url):
        try:
            origins.add(exact_origin(_origin_of(url) or ""))
        except ValueError:
            continue
    return frozenset(origins)


def _origin_of(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc.lower()}"


def _has_session_cookie(raw: str, name: str) -> bool:
    return name in raw and name in cookie_parser(raw)


def _is_bearer(authorization: str) -> bool:
    scheme, _, value = authorization.partition(" ")
    return scheme.lower() == "bearer" and bool(value.strip())


class OriginCheckMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.cookie_name = settings.session_cookie_name
        self.trusted = trusted_origins(settings)

    def allows(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] in SAFE_METHODS:
            return True
        headers = first_values(scope, _WANTED)
        if _is_bearer(headers.get(b"authorization", "")) or not _has_session_cookie(
            headers.get(b"cookie", ""), self.cookie_name
        ):
            return True
        origin = headers.get(b"origin")
        if origin is None:
            referer = headers.get(b"referer")
            if referer is None:
                return True
            origin = _origin_of(referer) or "null"
        origin = origin.strip().lower()
        if origin in self.trusted:
            return True
        # The API's own origin (GraphiQL served by DEBUG) is same-origin by definition.
        host = headers.get(b"host", "").lower()
        return bool(host) and origin == f"{scope.get('scheme', 'http')}://{host}"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allows(scope):
            await self.app(scope, receive, send)
            return
        body = json.dumps(FORBIDDEN_ORIGIN).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 403,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})
