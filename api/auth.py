"""The one reader of the session credential: an `Authorization: Bearer` header, else the
session cookie. GraphQL and the plain HTTP routes (exports, calendar files) both use it."""

from __future__ import annotations

from starlette.requests import HTTPConnection

from settings import Settings


def session_token(
    request: HTTPConnection, settings: Settings, authorization: str | None = None
) -> str | None:
    """The bearer token, else the session cookie. `authorization`: the header, when the
    caller has read it already (the GraphQL view reads its headers in one pass)."""
    if authorization is None:
        authorization = request.headers.get("authorization")
    scheme, _, value = (authorization or "").partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(settings.session_cookie_name)
