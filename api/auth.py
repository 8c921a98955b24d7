"""The one reader of the session credential: an `Authorization: Bearer` header, else the
session cookie. GraphQL and the plain HTTP routes (exports, calendar files) both use it."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from settings import Settings


def session_token(request: HTTPConnection, settings: Settings) -> str | None:
    return token_from(request.headers.get("authorization"), request, settings)


def token_from(
    authorization: str | None, request: HTTPConnection, settings: Settings
) -> str | None:
    """The bearer token of an `Authorization` header already read, else the session cookie
    (the GraphQL view reads its headers in one pass)."""
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(settings.session_cookie_name)
