"""Reading repositories, pull requests, issues and comments from the Gitee API v5.

Every call goes through the outbound client (service `GITEE`, ungated: the import sends no
one's personal data, only the operator's token and public repository names). Lists are paged
with `per_page=100` and `page` until a short or empty page. Gitee's quirks, handled here:
- a deleted repository answers 404 `Not Found Project`, a private one 403 `Forbidden`:
  `RepositoryUnreadable`, the import skips it;
- rate limiting is 429, or 403 with `Retry-After` or a "Rate Limit" message: `RateLimited`
  carrying how long to wait;
- a 5xx is nginx's HTML page, retried by the outbound client, then `ServiceUnavailable`;
- times carry +08:00; `since` takes ISO 8601 with an offset.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import datetime
from typing import Any

from providers.http import ServiceUnavailable
from services.gate.outbound import OutboundClient
from settings import Settings

SERVICE = "GITEE"
PER_PAGE = 100
# A listing longer than this many pages is cut off; the next run goes on from the cursor.
MAX_PAGES = 200

Item = dict[str, Any]


class RepositoryUnreadable(Exception):
    """404 (deleted or never existed) or 403 (private to the token)."""

    def __init__(self, repository: str, status: int) -> None:
        super().__init__(f"{repository}: {status}")
        self.repository = repository
        self.status = status

    @property
    def reason(self) -> str:
        return "not_found" if self.status == 404 else "forbidden"


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"rate limited for {retry_after} s")
        self.retry_after = retry_after


def gitee_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None


def _retry_after(value: str | None) -> int:
    try:
        return max(1, min(int(value or "60"), 3600))
    except ValueError:
        return 60


class GiteeApi:
    def __init__(self, settings: Settings, outbound: OutboundClient) -> None:
        self.base = settings.gitee_api_base
        self.token = settings.gitee_api_token or ""
        self.outbound = outbound

    async def _page(self, path: str, params: dict[str, str], what: str) -> list[Item]:
        query = {**params, "access_token": self.token}
        # Not gated: the call carries no one's personal data (the operator's token and public
        # repository names), like sign-in with Gitee; the rest of the outbound rule applies.
        async with self.outbound.request(
            SERVICE, "GET", f"{self.base}{path}", params=query, gated=False
        ) as response:
            status = response.status
            try:
                body: Any = await response.json(content_type=None)
            except ValueError:
                body = None
            message = str(body.get("message", "")) if isinstance(body, dict) else ""
            if status == 429 or (
                status == 403
                and ("Retry-After" in response.headers or "rate limit" in message.lower())
            ):
                raise RateLimited(_retry_after(response.headers.get("Retry-After")))
            if status in (403, 404):
                raise RepositoryUnreadable(what, status)
            if status != 200 or not isinstance(body, list):
                raise ServiceUnavailable(SERVICE, f"{path} answered {status}")
            return [item for item in body if isinstance(item, dict)]

    async def pages(
        self,
        path: str,
        params: dict[str, str],
        what: str,
        stop: Callable[[Item], bool] | None = None,
    ) -> AsyncIterator[list[Item]]:
        """Each page of a listing; with `stop`, the listing ends at the first item it
        accepts (for listings sorted newest first that have no `since`)."""
        for page in range(1, MAX_PAGES + 1):
            items = await self._page(path, {**params, "page": str(page), "per_page": "100"}, what)
            if stop is not None:
                kept: list[Item] = []
                for item in items:
                    if stop(item):
                        if kept:
                            yield kept
                        return
                    kept.append(item)
                items = kept
            if items:
                yield items
            if len(items) < PER_PAGE:
                return

    async def org_repositories(self, org: str) -> list[str]:
        """`owner/repo` of every repository of `org` the token sees; [] for an unknown org."""
        found: list[str] = []
        try:
            async for items in self.pages(f"/orgs/{org}/repos", {"type": "all"}, org):
                found.extend(str(i["full_name"]) for i in items if i.get("full_name"))
        except RepositoryUnreadable:
            return []
        return found
