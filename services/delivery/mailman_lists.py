"""Mailing lists through the Mailman 3 core REST API (statement §1b).

`GET /3.1/lists`; `POST /3.1/members` (201 subscribed, 202 pending with a `token_owner` of
`subscriber` (confirmation mail) or `moderator`, 409 already a member or already pending,
400 no such list / bad address); `GET /3.1/members/find`; `DELETE /3.1/members/{id}`.
Subscribing is flagged `pre_verified`, `pre_confirmed` and `pre_approved` only for an
address Commons verified as the member's: Mailman answers 201 only with all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import aiohttp

from models.annotations import Purpose
from providers.http import ServiceUnavailable
from services.gate.outbound import OutboundClient
from settings import Settings

SERVICE = "MAILMAN"


@dataclass(frozen=True, slots=True)
class MailingList:
    list_id: str
    address: str
    display_name: str
    description: str


class Outcome(StrEnum):
    SUBSCRIBED = "SUBSCRIBED"
    PENDING_CONFIRMATION = "PENDING_CONFIRMATION"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    ALREADY_SUBSCRIBED = "ALREADY_SUBSCRIBED"
    NO_SUCH_LIST = "NO_SUCH_LIST"
    REJECTED = "REJECTED"  # a 400 other than an unknown list (e.g. the address)


class MailmanLists:
    def __init__(self, settings: Settings, outbound: OutboundClient) -> None:
        assert settings.mailman_base_url and settings.mailman_password
        self.base = settings.mailman_base_url.rstrip("/") + "/3.1"
        self.auth = aiohttp.BasicAuth(settings.mailman_username, settings.mailman_password)
        self.outbound = outbound

    async def _call(
        self, method: str, path: str, user_id: int | None = None, **kwargs: Any
    ) -> tuple[int, Any]:
        async with self.outbound.request(
            SERVICE,
            method,
            f"{self.base}{path}",
            user_id=user_id,
            purpose=Purpose.MAIL_SUBSCRIPTION,
            auth=self.auth,
            **kwargs,
        ) as response:
            try:
                body = await response.json(content_type=None) if response.content_length else None
            except ValueError:
                body = None
            if response.status in (401, 403):
                raise ServiceUnavailable(SERVICE, f"{method} {path} answered {response.status}")
            return response.status, body

    async def lists(self) -> list[MailingList]:
        status, body = await self._call("GET", "/lists")
        if status != 200:
            raise ServiceUnavailable(SERVICE, f"lists answered {status}")
        return [
            MailingList(
                str(e.get("list_id", "")),
                str(e.get("fqdn_listname", "")),
                str(e.get("display_name", "")),
                str(e.get("description", "")),
            )
            for e in (body or {}).get("entries", [])
        ]

    async def subscribe(
        self, user_id: int, list_id: str, email: str, display_name: str, verified: bool
    ) -> Outcome:
        fields: dict[str, str] = {"list_id": list_id, "subscriber": email}
        if display_name:
            fields["display_name"] = display_name
        if verified:
            fields |= {"pre_verified": "true", "pre_confirmed": "true", "pre_approved": "true"}
        # Not retried: a POST that reached Mailman and timed out must not subscribe twice.
        status, body = await self._call("POST", "/members", user_id, data=fields, retry=False)
        description = str((body or {}).get("description", "")) if isinstance(body, dict) else ""
        if status == 201:
            return Outcome.SUBSCRIBED
        if status == 202:
            owner = (body or {}).get("token_owner") if isinstance(body, dict) else None
            if owner == "moderator":
                return Outcome.PENDING_APPROVAL
            return Outcome.PENDING_CONFIRMATION
        if status == 409:
            if "pending" in description.lower():
                return Outcome.PENDING_CONFIRMATION
            return Outcome.ALREADY_SUBSCRIBED
        if status == 400:
            if "no such list" in description.lower():
                return Outcome.NO_SUCH_LIST
            return Outcome.REJECTED
        raise ServiceUnavailable(SERVICE, f"subscribe answered {status}")

    # Ending a membership names no person to the gate: stopping is owed whatever the limits.

    async def memberships(self, email: str, list_id: str) -> list[str]:
        """Member ids of `email` on `list_id`."""
        status, body = await self._call(
            "GET", "/members/find", params={"subscriber": email, "list_id": list_id}
        )
        if status != 200:
            raise ServiceUnavailable(SERVICE, f"find answered {status}")
        return [str(e["member_id"]) for e in (body or {}).get("entries", [])]

    async def unsubscribe(self, member_id: str) -> bool:
        status, _ = await self._call("DELETE", f"/members/{member_id}")
        if status not in (204, 404):
            raise ServiceUnavailable(SERVICE, f"delete answered {status}")
        return status == 204


def mailman_lists(settings: Settings, outbound: OutboundClient) -> MailmanLists | None:
    if not (settings.mailman_base_url and settings.mailman_password):
        return None
    return MailmanLists(settings, outbound)
