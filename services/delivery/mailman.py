"""Mailing-list unsubscription through the Mailman 3 REST API, an erasure hook.

`GET /3.1/members/find?subscriber=ADDRESS` lists the address's memberships on every list;
`DELETE /3.1/members/{member_id}` ends one. 5xx answers and network failures are retried
a few times; if Mailman stays down the erasure is postponed to the next purge run.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import structlog

from models.identity.users import User
from services.kernel.errors_outbound import OutsideServiceUnavailable

log = structlog.get_logger(__name__)
ATTEMPTS = 3


class MailmanUnsubscriber:
    name = "mailman"

    def __init__(self, base_url: str, username: str, password: str, http: aiohttp.ClientSession):
        self.base_url = base_url.rstrip("/")
        self.auth = aiohttp.BasicAuth(username, password)
        self.http = http

    async def _call(self, method: str, url: str, **kwargs: Any) -> tuple[int, Any]:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                async with self.http.request(
                    method, url, auth=self.auth, timeout=aiohttp.ClientTimeout(total=15), **kwargs
                ) as response:
                    if response.status >= 500:
                        log.warning("mailman unavailable", status=response.status, attempt=attempt)
                        continue
                    body = (
                        await response.json(content_type=None) if response.content_length else None
                    )
                    return response.status, body
            except (aiohttp.ClientError, TimeoutError):
                log.warning("mailman unreachable", attempt=attempt)
        raise OutsideServiceUnavailable(self.name)

    async def erase(self, user: User) -> None:
        """End every mailing-list membership of the person's address."""
        if not user.email:
            return
        status, body = await self._call(
            "GET", f"{self.base_url}/3.1/members/find", params={"subscriber": user.email}
        )
        if status != 200:
            raise OutsideServiceUnavailable(f"{self.name}: find answered {status}")
        for entry in (body or {}).get("entries", []):
            member_id = str(entry["member_id"])
            status, _ = await self._call("DELETE", f"{self.base_url}/3.1/members/{member_id}")
            # 404: the membership ended meanwhile, which is what we want.
            if status not in (204, 404):
                raise OutsideServiceUnavailable(f"{self.name}: delete answered {status}")
