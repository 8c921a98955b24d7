"""The one reader of the session credential: an `Authorization: Bearer` header, else the
session cookie. GraphQL and the plain HTTP routes (exports, calendar files) both use it."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from settings import Settings


def session_token(request: HTTPConnection, settings: Settings) -> str | None:
    scheme, _, value = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(settings.session_cookie_name)
