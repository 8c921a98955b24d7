"""Sign-in with Gitee (gitee.com or a private instance at GITEE_BASE_URL).

Gitee speaks plain OAuth2: the generic provider does the work, this module is data plus the
mapping of two API answers. Tokens last a day and are renewed with `grant_type=refresh_token`.
The address list (`/api/v5/emails`) is optional: refused (401/403) or absent (404), the
sign-in goes on without an address (`OAuth2Provider.optional_statuses`).
"""

from __future__ import annotations

from typing import Any

from providers.base import ProviderUnavailable
from providers.http import HttpClient
from providers.oauth2 import ExternalProfile, OAuth2Provider
from settings import Settings

# A confirmed address in one of these scopes is one the person uses on Gitee.
USABLE_EMAIL_SCOPES = frozenset({"primary", "committed"})


def _usable_email(emails: Any) -> str | None:
    if not isinstance(emails, list):
        return None
    for entry in emails:
        if (
            isinstance(entry, dict)
            and entry.get("state") == "confirmed"
            and USABLE_EMAIL_SCOPES & set(entry.get("scope") or [])
        ):
            address = entry.get("email")
            return address if isinstance(address, str) else None
    return None


class GiteeProvider(OAuth2Provider):
    name = "gitee"
    display_name = "Gitee"
    authorize_path = "/oauth/authorize"
    token_path = "/oauth/token"
    scopes = ("user_info", "emails")
    token_in_query = True

    async def profile(self, access_token: str) -> ExternalProfile:
        user = await self.get_json("/api/v5/user", access_token)
        if not isinstance(user, dict) or "id" not in user:
            raise ProviderUnavailable("gitee /api/v5/user answered without an id")
        # The emails scope may be refused or the address list hidden: not a reason to fail.
        emails = await self.get_json("/api/v5/emails", access_token, optional=True)
        return ExternalProfile(
            subject=str(user["id"]),
            login=user.get("login"),
            nickname=user.get("name"),
            avatar_url=user.get("avatar_url"),
            email=(address := _usable_email(emails)),
            # Gitee lists only confirmed addresses as usable (see _usable_email).
            email_verified=address is not None,
        )


def from_settings(settings: Settings, http: HttpClient) -> GiteeProvider | None:
    """Enabled when GITEE_CLIENT_ID and GITEE_CLIENT_SECRET are set."""
    if not (settings.gitee_client_id and settings.gitee_client_secret):
        return None
    return GiteeProvider(
        http, settings.gitee_base_url, settings.gitee_client_id, settings.gitee_client_secret
    )
