"""A fake Mailman 3 core REST API (`/3.1`): mailing lists, subscribing, finding, unsubscribing.

HTTP basic auth `restadmin:restpass` on every call, else 401. Errors are Falcon's JSON
`{"title": "409 Conflict", "description": "Member already subscribed"}`.

- `GET /3.1/lists[?count=N&page=P]` -> `{"start", "total_size", "entries": [...]}`; each
  entry has `list_id` (`dev.lists.example.org`), `fqdn_listname`, `list_name`, `mail_host`,
  `display_name`, `description`, `member_count`, `self_link`. As everywhere in Mailman, there is
  no `entries` key when there is nothing to list.
- `POST /3.1/members`, form-encoded or JSON: `list_id` (or the fqdn listname) and
  `subscriber` required; `display_name`, `pre_verified`, `pre_confirmed`, `pre_approved`
  (booleans: true/false, yes/no, 1/0), `delivery_mode`, `role`, `send_welcome_message` optional;
  any other field is 400 `Unexpected parameters: ...`. As the core decides: not
  `pre_verified`, or not `pre_confirmed` on a list whose `subscription_policy` asks for
  confirmation (`confirm`, the default, or `confirm_then_moderate`) -> 202
  `{"token": ..., "token_owner": "subscriber"}`; not `pre_approved` on a `moderate` or
  `confirm_then_moderate` list -> 202 with `"token_owner": "moderator"`; otherwise 201, empty
  body, `Location: .../3.1/members/{member_id}`. A member already -> 409
  `Member already subscribed`; a request already pending -> 409
  `Subscription request already pending`; unknown list -> 400 `No such list`; a subscriber
  without `@` -> 400 `Invalid email address`; a missing field -> 400 `Missing parameters: ...`.
- `GET /3.1/members/find?subscriber=&list_id=&role=` (all optional filters) and
  `GET /3.1/members/{member_id}`; `DELETE /3.1/members/{member_id}` -> 204, unknown -> 404.

Addresses are compared and reported lower-cased, as the core does. Switch:
`fail_next_5xx = N` answers the next N calls 503, as a restarting core does. `calls` counts
every call, `requests` keeps (method, path) of each.
"""

from __future__ import annotations

import base64
import itertools
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from aiohttp import web

from tests.fakes.base import FakeServer

USERNAME = "restadmin"
PASSWORD = "restpass"
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
ALLOWED = {"list_id", "subscriber", "display_name", "delivery_mode", "role", "invitation"}
ALLOWED |= {"pre_verified", "pre_confirmed", "pre_approved", "send_welcome_message"}
TRUE, FALSE = {"true", "yes", "1", "on"}, {"false", "no", "0", "off"}


@dataclass
class MailingList:
    list_id: str
    fqdn_listname: str
    display_name: str
    description: str = ""
    subscription_policy: str = "confirm"  # open | confirm | moderate | confirm_then_moderate


@dataclass
class Member:
    member_id: str
    email: str
    list_id: str
    display_name: str = ""
    role: str = "member"


def error(status: int, reason: str, description: str | None = None) -> web.Response:
    body = {"title": f"{status} {reason}"}
    if description is not None:
        body["description"] = description
    return web.json_response(body, status=status)


def as_bool(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    text = str(value).lower()
    return True if text in TRUE else False if text in FALSE else None


class FakeMailmanCore(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.app.middlewares.append(self._gatekeeper)
        self.app.router.add_get("/3.1/lists", self._lists)
        self.app.router.add_post("/3.1/members", self._subscribe)
        self.app.router.add_get("/3.1/members/find", self._find)
        self.app.router.add_get("/3.1/members/{member_id}", self._member)
        self.app.router.add_delete("/3.1/members/{member_id}", self._delete)
        self.reset()

    def reset(self) -> None:
        self.lists: dict[str, MailingList] = {}
        self.members: dict[str, Member] = {}
        # token -> (member-to-be, token owner)
        self.pending: dict[str, tuple[Member, str]] = {}
        self.requests: list[tuple[str, str]] = []
        self.calls = 0
        self.fail_next_5xx = 0
        self._ids = itertools.count(1)

    def add_list(
        self,
        fqdn_listname: str,
        display_name: str | None = None,
        description: str = "",
        subscription_policy: str = "confirm",
    ) -> MailingList:
        """A list from its posting address, e.g. `dev@lists.example.org`."""
        name, host = fqdn_listname.split("@")
        title = display_name if display_name is not None else name.title()
        mailing_list = MailingList(f"{name}.{host}", fqdn_listname, title, description)
        mailing_list.subscription_policy = subscription_policy
        self.lists[mailing_list.list_id] = mailing_list
        return mailing_list

    def subscribe(self, address: str, list_id: str, display_name: str = "") -> str:
        """Subscribe directly, as an admin would; returns the member id."""
        member = Member(f"{next(self._ids):032x}", address.lower(), list_id, display_name)
        self.members[member.member_id] = member
        return member.member_id

    def confirm(self, token: str) -> str:
        """The subscriber (or moderator) acts on a pending request; returns the member id."""
        member, _owner = self.pending.pop(token)
        return self.subscribe(member.email, member.list_id, member.display_name)

    def members_of(self, list_id: str) -> list[str]:
        return sorted(m.email for m in self.members.values() if m.list_id == list_id)

    def lists_of(self, address: str) -> list[str]:
        return sorted(m.list_id for m in self.members.values() if m.email == address.lower())

    def _find_list(self, name: str) -> MailingList | None:
        found = [m for m in self.lists.values() if name in (m.list_id, m.fqdn_listname)]
        return found[0] if found else None

    def _member_json(self, member: Member) -> dict[str, Any]:
        link = f"{self.url}/3.1/members/{member.member_id}"
        out = {"member_id": member.member_id, "email": member.email, "list_id": member.list_id}
        out |= {"role": member.role, "display_name": member.display_name, "self_link": link}
        out |= {"delivery_mode": "regular", "subscription_mode": "as_address"}
        return out | {"address": f"{self.url}/3.1/addresses/{member.email}", "http_etag": '"m"'}

    @staticmethod
    def _collection(entries: list[dict[str, Any]], start: int = 0, total: int = -1) -> web.Response:
        size = len(entries) if total < 0 else total
        body: dict[str, Any] = {"start": start, "total_size": size, "http_etag": '"c"'}
        if entries:
            body["entries"] = entries
        return web.json_response(body)

    @web.middleware
    async def _gatekeeper(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        self.calls += 1
        self.requests.append((request.method, request.path))
        if self.fail_next_5xx > 0:
            self.fail_next_5xx -= 1
            return error(503, "Service Unavailable")
        expected = base64.b64encode(f"{USERNAME}:{PASSWORD}".encode()).decode()
        if request.headers.get("Authorization") != f"Basic {expected}":
            return error(401, "Unauthorized", "REST API authorization failed")
        return await handler(request)

    async def _lists(self, request: web.Request) -> web.Response:
        everything = sorted(self.lists.values(), key=lambda m: m.list_id)
        start, chosen = 0, everything
        if "count" in request.query:
            count, page = int(request.query["count"]), int(request.query.get("page", "1"))
            start = (page - 1) * count
            chosen = everything[start : start + count]
        entries = []
        for m in chosen:
            name, host = m.fqdn_listname.split("@")
            entry: dict[str, Any] = {
                "list_id": m.list_id,
                "fqdn_listname": m.fqdn_listname,
                "list_name": name,
            }
            entry |= {"mail_host": host, "display_name": m.display_name, "volume": 1}
            entry |= {"description": m.description, "member_count": len(self.members_of(m.list_id))}
            entry |= {"self_link": f"{self.url}/3.1/lists/{m.list_id}", "http_etag": '"l"'}
            entries.append(entry)
        return self._collection(entries, start, len(everything))

    async def _subscribe(self, request: web.Request) -> web.Response:
        if request.content_type == "application/json":
            try:
                fields: dict[str, Any] = dict(await request.json())
            except (ValueError, TypeError):
                return error(400, "Bad Request", "Invalid JSON")
        else:
            fields = dict(await request.post())
        if unexpected := sorted(set(fields) - ALLOWED):
            return error(400, "Bad Request", f"Unexpected parameters: {', '.join(unexpected)}")
        if missing := [f for f in ("list_id", "subscriber") if not fields.get(f)]:
            return error(400, "Bad Request", f"Missing parameters: {', '.join(missing)}")
        flags: dict[str, bool] = {}
        for flag in ("pre_verified", "pre_confirmed", "pre_approved"):
            value = as_bool(fields.get(flag, False))
            if value is None:
                return error(400, "Bad Request", f"Invalid boolean value: {fields[flag]}")
            flags[flag] = value
        mailing_list = self._find_list(str(fields["list_id"]))
        if mailing_list is None:
            return error(400, "Bad Request", "No such list")
        address = str(fields["subscriber"]).lower()
        if "@" not in address:
            return error(400, "Bad Request", "Invalid email address")
        if address in self.members_of(mailing_list.list_id):
            return error(409, "Conflict", "Member already subscribed")
        waiting = [m.email for m, _ in self.pending.values() if m.list_id == mailing_list.list_id]
        if address in waiting:
            return error(409, "Conflict", "Subscription request already pending")
        display_name = str(fields.get("display_name", ""))
        policy = mailing_list.subscription_policy
        owner = None
        if not flags["pre_verified"] or (
            policy in ("confirm", "confirm_then_moderate") and not flags["pre_confirmed"]
        ):
            owner = "subscriber"
        elif policy in ("moderate", "confirm_then_moderate") and not flags["pre_approved"]:
            owner = "moderator"
        if owner is not None:
            token = f"{next(self._ids):040x}"
            member = Member("", address, mailing_list.list_id, display_name)
            self.pending[token] = (member, owner)
            body = {"token": token, "token_owner": owner, "http_etag": '"t"'}
            return web.json_response(body, status=202)
        member_id = self.subscribe(address, mailing_list.list_id, display_name)
        location = f"{self.url}/3.1/members/{member_id}"
        return web.Response(status=201, headers={"Location": location})

    async def _find(self, request: web.Request) -> web.Response:
        query = request.query
        found = list(self.members.values())
        if "subscriber" in query:
            found = [m for m in found if m.email == query["subscriber"].lower()]
        if "list_id" in query:
            wanted = self._find_list(query["list_id"])
            found = [m for m in found if wanted is not None and m.list_id == wanted.list_id]
        if "role" in query:
            found = [m for m in found if m.role == query["role"]]
        return self._collection([self._member_json(m) for m in found])

    async def _member(self, request: web.Request) -> web.Response:
        member = self.members.get(request.match_info["member_id"])
        if member is None:
            return error(404, "Not Found")
        return web.json_response(self._member_json(member))

    async def _delete(self, request: web.Request) -> web.Response:
        if self.members.pop(request.match_info["member_id"], None) is None:
            return error(404, "Not Found")
        return web.Response(status=204)
