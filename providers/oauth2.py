"""A generic OAuth2 authorization-code provider: subclasses are mostly data.

A subclass names its endpoints and scopes and turns the provider's profile answer into an
`ExternalProfile`. Exchanging the code, refreshing tokens, telling a bad code (the person's
problem) from an outage (ours) and counting linked identities are done here once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlencode

import aiohttp

from models.identity.identities import ExternalIdentity
from providers.base import (
    InvalidCredentials,
    ProviderKind,
    ProviderUnavailable,
    TokenSet,
    VerifiedIdentity,
)
from providers.http import HttpClient, ServiceUnavailable

TIMEOUT = aiohttp.ClientTimeout(total=10)


@dataclass(frozen=True, slots=True)
class ExternalProfile:
    """The few facts the privacy statement lets us keep from the outside account."""

    subject: str
    login: str | None = None
    nickname: str | None = None
    avatar_url: str | None = None
    email: str | None = None


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

    def __init__(self, http: HttpClient, base_url: str, client_id: str, client_secret: str) -> None:
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret

    async def profile(self, access_token: str) -> ExternalProfile:
        """Read who the token belongs to. Subclasses implement this with `get_json`."""
        raise NotImplementedError

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
        status, answer = await self._request("POST", self.token_path, data=body)
        if status in (400, 401, 403):
            # invalid_grant and friends: a bad, used or expired code; the person's to retry.
            raise InvalidCredentials
        token = answer.get("access_token") if isinstance(answer, dict) else None
        if status != 200 or not isinstance(token, str):
            raise ProviderUnavailable(f"{self.name} token endpoint answered {status}")
        refresh = answer.get("refresh_token")
        # Some servers send the lifetime as a string; anything odd means "unknown".
        lifetime = str(answer.get("expires_in", ""))
        return TokenSet(
            token,
            refresh if isinstance(refresh, str) else None,
            int(lifetime) if lifetime.isdigit() else None,
        )

    async def get_json(self, path: str, access_token: str, *, optional: bool = False) -> Any:
        """GET an API path with the token. With `optional`, a 401/403 answers None."""
        if self.token_in_query:
            auth: dict[str, Any] = {"params": {"access_token": access_token}}
        else:
            auth = {"headers": {"Authorization": f"Bearer {access_token}"}}
        status, answer = await self._request("GET", path, **auth)
        if optional and status in (401, 403):
            return None
        if status in (401, 403):
            raise InvalidCredentials
        if status != 200:
            raise ProviderUnavailable(f"{self.name} {path} answered {status}")
        return answer

    async def _request(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        try:
            async with self.http.request(
                method, f"{self.base_url}{path}", timeout=TIMEOUT, **kwargs
            ) as response:
                try:
                    return response.status, await response.json(content_type=None)
                except ValueError:
                    return response.status, None
        except ServiceUnavailable as exc:
            raise ProviderUnavailable(exc.detail, service=self.name) from exc
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ProviderUnavailable(type(exc).__name__, service=self.name) from exc
