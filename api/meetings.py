"""Plain HTTP routes of meetings: `GET /meetings/{id}.ics` and the recordings webhook.

`POST /hooks/recordings` is how the meeting platform says a recording is ready: a JSON body
`{"meetingId": "<Meeting global id>", "sourceUrl": "...", "coverUrl": "..."}` signed with
HMAC-SHA256 under RECORDINGS_WEBHOOK_SECRET, hex in `X-Commons-Signature` (a `sha256=`
prefix is accepted). Answers 202 when registered, 400 with `{"errors": [...]}` when refused,
401 for a bad signature, 404 when no secret is configured.
"""

from __future__ import annotations

import hashlib
import hmac
import json

from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response

from api.auth import session_token
from resolvers.ids import from_global_id
from services.community import invitations, recordings
from services.identity.container import Services
from services.kernel.errors import DomainError, DomainErrors

BODY_MAX = 16 * 1024


def _meeting_id(value: str) -> int | None:
    key = from_global_id("Meeting", value)
    return int(key) if key is not None and key.isdigit() else None


async def meeting_calendar(request: Request) -> Response:
    """The event of one meeting, for calendar programs. The join link is in it only for a
    signed-in member, as in the API."""
    services: Services = request.app.state.services
    meeting_id = _meeting_id(request.path_params["id"])
    token = session_token(request, services.settings)
    session = await services.sessions.resolve(token) if token else None
    data = await invitations.calendar_file(meeting_id, session is not None) if meeting_id else None
    if data is None:
        return PlainTextResponse("Not found.", status_code=404)
    return Response(
        data,
        media_type="text/calendar",
        headers={"content-disposition": 'attachment; filename="meeting.ics"'},
    )


def _signed(secret: str, body: bytes, signature: str) -> bool:
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature.strip().removeprefix("sha256="))


async def recordings_hook(request: Request) -> Response:
    services: Services = request.app.state.services
    secret = services.settings.recordings_webhook_secret
    if not secret:
        return PlainTextResponse("Not found.", status_code=404)
    body = b""
    async for piece in request.stream():
        body += piece
        if len(body) > BODY_MAX:
            return PlainTextResponse("Body too large.", status_code=413)
    if not _signed(secret, body, request.headers.get("x-commons-signature", "")):
        return PlainTextResponse("Bad signature.", status_code=401)
    try:
        found = json.loads(body)
        meeting = str(found["meetingId"])
        source = str(found["sourceUrl"])
        cover = found.get("coverUrl")
    except (ValueError, KeyError, TypeError):
        return JSONResponse({"errors": ["meetingId and sourceUrl are required"]}, 400)
    meeting_id = _meeting_id(meeting[:200])
    if meeting_id is None:
        return JSONResponse({"errors": ["No such meeting."]}, 400)
    assert services.outbound is not None, "the lifespan opens the outbound client"
    try:
        recording = await recordings.register(
            services.queue, services.settings, services.outbound, meeting_id, source,
            str(cover) if cover else None, None,
        )  # fmt: skip
    except DomainError as error:
        return JSONResponse({"errors": [error.message]}, 400)
    except DomainErrors as errors:
        return JSONResponse({"errors": [e.message for e in errors.errors]}, 400)
    return JSONResponse({"status": recording.status.value}, 202)
