"""The HttpOnly cookie that binds an OAuth flow to the browser that started it."""

from __future__ import annotations

from resolvers.context import Context
from services.identity.oauth_state import STATE_COOKIE, StartedFlow


def remember_flow(ctx: Context, flow: StartedFlow) -> None:
    ctx.response.set_cookie(
        STATE_COOKIE,
        flow.cookie,
        max_age=flow.max_age_seconds,
        httponly=True,
        secure=ctx.services.settings.session_cookie_secure,
        # Lax by default: the frontend's request after the provider's redirect is same-site;
        # a frontend on another site sets SESSION_COOKIE_SAMESITE=none (docs/frontend.md).
        samesite=ctx.services.settings.session_cookie_samesite,
        path="/",
    )


def flow_cookie(ctx: Context) -> str | None:
    return ctx.request.cookies.get(STATE_COOKIE)


def forget_flow(ctx: Context) -> None:
    """A state is good for one callback; whatever happened, the next sign-in starts afresh."""
    ctx.response.delete_cookie(
        STATE_COOKIE,
        httponly=True,
        secure=ctx.services.settings.session_cookie_secure,
        samesite=ctx.services.settings.session_cookie_samesite,
        path="/",
    )
