"""A generic OAuth2 authorization-code provider: subclasses are mostly data.

A subclass names its endpoints and scopes and turns the provider's profile answer into an
`ExternalProfile`. Exchanging the code, refreshing tokens, telling a bad code (the person's
problem) from an outage (ours) and counting linked identities are done here once.

The public hooks, all optional (docs/plugins.md):

- `api_base_url` (constructor argument): where `get_json` goes, when the API lives on
  another host than the OAuth endpoints (GitHub: api.github.com apart from github.com);
- `token_request_headers`: sent with every token request (default asks for JSON);
- `token_error(status, answer)`: the error a token answer carries, also one sent with 200;
- `optional_statuses`: what `get_json(..., optional=True)` treats as "not available";
- `timeout_seconds`: how long one request to the provider may take;
- `suggest_username(identity)` and `revoke(identity)`: see `providers.base`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlencode, urlsplit

import aiohttp

from models.identity.identities import ExternalIdentity
from providers.base import (
    InvalidCredentials,
    LinkedIdentity,
    ProviderKind,
    ProviderUnavailable,
    TokenSet,
    VerifiedIdentity,
)
from providers.http import HttpClient, ServiceUnavailable

# Token errors that blame the client (RFC 6749 §5.2; GitHub's names), not the person's code.
CLIENT_ERRORS = frozenset({"invalid_client", "unauthorized_client", "incorrect_client_credentials"})


@dataclass(frozen=True, slots=True)
class ExternalProfile:
    """The few facts the privacy statement lets us keep from the outside account.

    `subject` is the provider's stable, never reused id of the account (not the login, which
    can be renamed). `email` only with `email_verified=True` when the provider verified it."""

    subject: str
    login: str | None = None
    nickname: str | None = None
    avatar_url: str | None = None
    email: str | None = None
    email_verified: bool = False


class OAuth2Provider:
    """Sign-in with the authorization-code grant; the client secret travels in the POST body."""

    kind: ProviderKind = ProviderKind.OAUTH
    name: str
    display_name: str
    authorize_path: ClassVar[str] = "/oauth/authorize"
    token_path: ClassVar[str] = "/oauth/token"
    scopes: ClassVar[tuple[str, ...]] = ()
    # Some APIs (Gitee's v5) document the token as a query parameter rather than a header.
    token_in_query: ClassVar[bool] = False
    # Sent with every token request. Without the Accept header some servers (GitHub) answer
    # form-encoded rather than JSON.
    token_request_headers: ClassVar[Mapping[str, str]] = {"Accept": "application/json"}
    # Statuses of an optional API endpoint that mean "not for you": no scope, hidden, absent.
    optional_statuses: ClassVar[frozenset[int]] = frozenset({401, 403, 404})
    # Seconds one request to the provider may take before it counts as unavailable.
    timeout_seconds: float = 10.0
    # RFC 7009 token revocation endpoint (below base_url), when the server has one.
    revocation_path: ClassVar[str | None] = None

    def __init__(
        self,
        http: HttpClient,
        base_url: str,
        client_id: str,
        client_secret: str,
        *,
        api_base_url: str | None = None,
    ) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.api_base_url = (api_base_url or base_url).rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret

    async def profile(self, access_token: str) -> ExternalProfile:
        """Read who the token belongs to. Subclasses implement this with `get_json`."""
        raise NotImplementedError

    def token_error(self, status: int, answer: Any) -> str | None:
        """The OAuth2 error a token answer carries, or None (RFC 6749 §5.2: an `error`
        member). Some servers send it with HTTP 200 (GitHub's `bad_verification_code`), so
        the default looks whatever the status. Any error means the code or refresh token
        proves nothing: `InvalidCredentials`."""
        error = answer.get("error") if isinstance(answer, dict) else None
        return error if isinstance(error, str) and error else None

    def suggest_username(self, identity: VerifiedIdentity) -> str | None:
        """What a new account's user name should look like; the core sanitises it and adds a
        suffix when taken. Default: the login at the provider."""
        return identity.login

    async def revoke(self, identity: LinkedIdentity) -> None:
        """Ask the provider to forget the grant when the identity is unbound or the account
        erased. Default: with a `revocation_path`, RFC 7009 for the refresh token (which
        revokes the grant) or else the access token; without one, nothing."""
        token, hint = (
            (identity.refresh_token, "refresh_token")
            if identity.refresh_token
            else (identity.access_token, "access_token")
        )
        if self.revocation_path is None or not token:
            return
        form = {
            "token": token,
            "token_type_hint": hint,
            "client_id": self.client_id,
            "client_secret": self.client_secret,
        }
        status, _ = await self._request("POST", f"{self.base_url}{self.revocation_path}", data=form)
        # 200: revoked; 400 (e.g. unsupported_token_type, already gone): nothing left to do.
        if status >= 500:
            raise ProviderUnavailable(
                f"revocation answered {status}",
                service=self.name,
                endpoint=self.revocation_path,
                status=status,
            )

    async def authorize_url(self, redirect_uri: str, state: str) -> str:
        query = {
            "client_id": self.client_id,
            "redirect_uri": redirect_uri,
            "response_type": "code",
            "scope": " ".join(self.scopes),
            "state": state,
        }
        return f"{self.base_url}{self.authorize_path}?{urlencode(query)}"

    async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity:
        code = credentials.get("code", "")
        if not code:
            raise InvalidCredentials
        form = {
            "grant_type": "authorization_code",
            "code": code,
            "redirect_uri": credentials.get("redirect_uri", ""),
        }
        if credentials.get("code_verifier"):
            form["code_verifier"] = credentials["code_verifier"]  # PKCE, when the core sent one
        tokens = await self._token(form)
        found = await self.profile(tokens.access_token)
        return VerifiedIdentity(
            provider=self.name,
            subject=found.subject,
            login=found.login,
            nickname=found.nickname,
            avatar_url=found.avatar_url,
            email=found.email,
            email_verified=found.email_verified and found.email is not None,
            access_token=tokens.access_token,
            refresh_token=tokens.refresh_token,
            expires_in=tokens.expires_in,
        )

    async def refresh(self, refresh_token: str) -> TokenSet:
        return await self._token({"grant_type": "refresh_token", "refresh_token": refresh_token})

    async def active_credentials(self, user_id: int) -> int:
        return await ExternalIdentity.filter(user_id=user_id, provider=self.name).count()

    async def _token(self, form: dict[str, str]) -> TokenSet:
        body = {**form, "client_id": self.client_id, "client_secret": self.client_secret}
        headers = dict(self.token_request_headers)
        status, answer = await self._request(
            "POST", f"{self.base_url}{self.token_path}", data=body, headers=headers
        )
        error = self.token_error(status, answer)
        if error in CLIENT_ERRORS:
            # Our client id, secret or registration is wrong: the operator's to fix, and no
            # code the person brings will help.
            raise ProviderUnavailable(
                f"token endpoint refused the client: {error}",
                service=self.name,
                endpoint=self.token_path,
                status=status,
            )
        if status in (400, 401, 403) or error is not None:
            # invalid_grant and friends: a bad, used or expired code; the person's to retry.
            raise InvalidCredentials
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if status != 200 or not isinstance(token, str) or not token:
            raise ProviderUnavailable(
                f"token endpoint answered {status} without a token",
                service=self.name,
                endpoint=self.token_path,
                status=status,
            )
        refresh = answer.get("refresh_token")
        # Some servers send the lifetime as a string; anything odd means "unknown".
        lifetime = str(answer.get("expires_in", ""))
        return TokenSet(
            token,
            refresh if isinstance(refresh, str) else None,
            int(lifetime) if lifetime.isdigit() else None,
        )

    async def get_json(self, path: str, access_token: str, *, optional: bool = False) -> Any:
        """GET an API path (below `api_base_url`) with the token.

        With `optional`, a status in `optional_statuses` answers None: the sign-in goes on
        without that piece. Otherwise 401/403 mean the token proves nothing
        (`InvalidCredentials`) and anything but 200 is an outage (`ProviderUnavailable`)."""
        if self.token_in_query:
            auth: dict[str, Any] = {"params": {"access_token": access_token}}
        else:
            auth = {"headers": {"Authorization": f"Bearer {access_token}"}}
        auth.setdefault("headers", {})["Accept"] = "application/json"
        status, answer = await self._request("GET", f"{self.api_base_url}{path}", **auth)
        if optional and status in self.optional_statuses:
            return None
        if status in (401, 403):
            raise InvalidCredentials
        if status != 200:
            raise ProviderUnavailable(
                f"{path} answered {status}", service=self.name, endpoint=path, status=status
            )
        return answer

    async def _request(self, method: str, url: str, **kwargs: Any) -> tuple[int, Any]:
        endpoint = urlsplit(url).path
        timeout = aiohttp.ClientTimeout(total=self.timeout_seconds)
        try:
            async with self.http.request(method, url, timeout=timeout, **kwargs) as response:
                try:
                    return response.status, await response.json(content_type=None)
                except ValueError:
                    # Not JSON: a form-encoded token answer (GitHub without the Accept
                    # header), an HTML error page. Nothing this provider can read.
                    return response.status, None
        except ServiceUnavailable as exc:
            # The outbound client ends its detail with "status 502" after a 5xx answer.
            found = re.search(r"status (\d{3})$", exc.detail)
            status = int(found.group(1)) if found else None
            raise ProviderUnavailable(
                exc.detail, service=self.name, endpoint=endpoint, status=status
            ) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ProviderUnavailable(
                type(exc).__name__, service=self.name, endpoint=endpoint
            ) from exc
