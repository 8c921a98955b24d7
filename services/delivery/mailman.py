"""Mailing-list unsubscription through the Mailman 3 REST API, an erasure hook.

`GET /3.1/members/find?subscriber=ADDRESS` lists the address's memberships on every list;
`DELETE /3.1/members/{member_id}` ends one. Calls go through the outbound client (Mailman is
in the recipients register), which retries 5xx answers and network failures; if Mailman
stays down the erasure is postponed to the next purge run.
"""

from __future__ import annotations

from typing import Any

import aiohttp

from models.identity.users import User
from providers.http import ServiceUnavailable
from services.gate.outbound import OutboundClient
from settings import Settings

SERVICE = "MAILMAN"


class MailmanUnsubscriber:
    name = "mailman"

    def __init__(self, base_url: str, username: str, password: str, outbound: OutboundClient):
        self.base_url = base_url.rstrip("/")
        self.auth = aiohttp.BasicAuth(username, password)
        self.outbound = outbound

    async def _call(self, method: str, path: str, **kwargs: Any) -> tuple[int, Any]:
        # No person is named: erasure is owed whatever their limits or consents.
        async with self.outbound.request(
            SERVICE, method, f"{self.base_url}{path}", auth=self.auth, **kwargs
        ) as response:
            body = await response.json(content_type=None) if response.content_length else None
            return response.status, body

    async def erase(self, user: User) -> None:
        """End every mailing-list membership of the person's address."""
        if not user.email:
            return
        status, body = await self._call(
            "GET", "/3.1/members/find", params={"subscriber": user.email}
        )
        if status != 200:
            raise ServiceUnavailable(SERVICE, f"find answered {status}")
        for entry in (body or {}).get("entries", []):
            member_id = str(entry["member_id"])
            status, _ = await self._call("DELETE", f"/3.1/members/{member_id}")
            # 404: the membership ended meanwhile, which is what we want.
            if status not in (204, 404):
                raise ServiceUnavailable(SERVICE, f"delete answered {status}")


def mailman_hooks(settings: Settings, outbound: OutboundClient) -> list[MailmanUnsubscriber]:
    """The Mailman erasure hook, when this deployment has Mailman configured."""
    if not (settings.mailman_base_url and settings.mailman_password):
        return []
    return [
        MailmanUnsubscriber(
            settings.mailman_base_url,
            settings.mailman_username,
            settings.mailman_password,
            outbound,
        )
    ]
