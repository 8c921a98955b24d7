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
from urllib.parse import urlencode, urlsplit

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
    # PKCE (RFC 7636, S256) for providers that support it: the verifier stays in the cookie.
    code_challenge: str = ""


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
    verifier = secrets.token_urlsafe(48)
    max_age = settings.oauth_state_minutes * 60
    expires = int((clock.now() + timedelta(seconds=max_age)).timestamp())
    payload = {"p": provider, "s": state, "r": redirect_uri, "e": expires, "v": verifier}
    body = base64.urlsafe_b64encode(json.dumps(payload).encode()).decode().rstrip("=")
    cookie = f"{body}.{_signature(settings, body)}"
    return StartedFlow(state, cookie, max_age, pkce_challenge(verifier))


def pkce_challenge(verifier: str) -> str:
    digest = hashlib.sha256(verifier.encode()).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


def with_pkce(authorize_url: str, challenge: str) -> str:
    """The provider's authorize URL asking it to bind the code to `challenge`."""
    extra = urlencode({"code_challenge": challenge, "code_challenge_method": "S256"})
    return f"{authorize_url}{'&' if '?' in authorize_url else '?'}{extra}"


def code_verifier(cookie: str | None) -> str | None:
    """The PKCE verifier in a flow cookie `finish_flow` has already accepted."""
    body = (cookie or "").partition(".")[0]
    try:
        payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except ValueError:
        return None
    verifier = payload.get("v") if isinstance(payload, dict) else None
    return verifier if isinstance(verifier, str) else None


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
