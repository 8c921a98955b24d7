"""The OAuth `state`, bound to the browser that started the sign-in.

`startOAuth` hands the browser an HttpOnly cookie holding the state, the provider, the
redirect URI and an expiry, signed with SECRET_KEY. The callback must bring both the state
the provider echoed and that cookie: a code and state stolen from someone else's callback
are useless in another browser (RFC 6749 §10.12, login CSRF).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.ratelimit import Counter
from settings import Settings

STATE_COOKIE = "commons_oauth_state"


@dataclass(frozen=True, slots=True)
class StartedFlow:
    state: str
    cookie: str
    max_age_seconds: int


def _origin(url: str) -> str | None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def check_redirect_uri(settings: Settings, redirect_uri: str, field: Sequence[str]) -> str:
    """Only our own frontends may receive a provider's code."""
    configured = [o.strip() for o in settings.oauth_redirect_origins.split(",") if o.strip()]
    allowed = {_origin(o) for o in configured or [settings.public_url]}
    if _origin(redirect_uri) not in allowed - {None}:
        raise DomainError(
            ErrorCode.INVALID_REDIRECT_URI, "This redirect URI is not allowed.", field
        )
    return redirect_uri


def _signature(settings: Settings, body: str) -> str:
    key = settings.secret_key.encode()
    return hmac.new(key, b"oauth-state\x1f" + body.encode(), hashlib.sha256).hexdigest()


def _same(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode(), b.encode())


def start_flow(settings: Settings, provider: str, redirect_uri: str) -> StartedFlow:
    state = secrets.token_urlsafe(24)
    max_age = settings.oauth_state_minutes * 60
    expires = int((clock.now() + timedelta(seconds=max_age)).timestamp())
    payload = {"p": provider, "s": state, "r": redirect_uri, "e": expires}
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    return StartedFlow(state, f"{body}.{_signature(settings, body)}", max_age)


def finish_flow(
    settings: Settings, provider: str, state: str, cookie: str | None, field: Sequence[str]
) -> str:
    """The redirect URI of the flow this browser started, if `state` is that flow's."""
    mismatch = DomainError(
        ErrorCode.OAUTH_STATE_MISMATCH,
        "This sign-in was not started in this browser or has expired. Start again.",
        field,
    )
    body, _, signature = (cookie or "").partition(".")
    if not body or not _same(signature, _signature(settings, body)):
        raise mismatch
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        raise mismatch from None
    if (
        payload.get("p") != provider
        or not _same(str(payload.get("s")), state)
        or int(payload.get("e", 0)) < clock.now().timestamp()
    ):
        raise mismatch
    return str(payload["r"])


async def spend_state(
    counter: Counter, settings: Settings, state: str, field: Sequence[str]
) -> None:
    """A state is good for one callback: remembered as spent until it would expire anyway,
    so a second provider code with the same state and cookie is refused."""
    digest = _signature(settings, f"spent\x1f{state}")
    if await counter.hit(f"oauth-state:{digest}", settings.oauth_state_minutes * 60) > 1:
        raise DomainError(
            ErrorCode.OAUTH_STATE_MISMATCH,
            "This sign-in was already used or has expired. Start again.",
            field,
        )
