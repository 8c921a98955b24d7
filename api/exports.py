"""`GET /exports/{token}`: an access package, for its owner's session only, for 7 days."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from api.auth import session_token
from services.identity.container import Services
from services.privacy import exports

HTML_POLICY = (
    "sandbox; default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
)


async def download_export(request: Request) -> Response:
    services: Services = request.app.state.services
    token = session_token(request, services.settings)
    session = await services.sessions.resolve(token) if token else None
    owner = session.user if session else None
    fmt = "html" if request.query_params.get("format") == "html" else "json"
    try:
        found = await exports.open_download(owner, request.path_params["token"], fmt)
    except exports.ExportGone:
        return PlainTextResponse("This download link has expired.", status_code=410)
    if found is None:
        # The same answer for "not yours", "not signed in" and "no such export".
        return PlainTextResponse("Not found.", status_code=404)
    if fmt == "html":
        # A readable page opened in the browser: inline, but sandboxed (no scripts, no
        # same-origin access, nothing loaded) although every value on it is escaped.
        return Response(
            found.body,
            media_type=found.media_type,
            headers={
                "content-disposition": f'inline; filename="{found.filename}"',
                "content-security-policy": HTML_POLICY,
            },
        )
    return Response(
        found.body,
        media_type=found.media_type,
        headers={"content-disposition": f'attachment; filename="{found.filename}"'},
    )
