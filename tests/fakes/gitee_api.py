"""A fake Gitee API v5 (`/api/v5`): org repositories, pull requests, issues and their comments.

Every call carries `access_token` in the query; a missing or wrong one is 401 `{"message":
"401 Unauthorized: Access token does not exist"}`. Lists are paged as Gitee pages them: `page`
(from 1), `per_page` (default 20, at most 100), headers `total_count` and `total_page`; a page
past the end is `[]`. Times are Gitee's `2024-05-01T10:00:00+08:00`.

- `GET /orgs/{org}/repos?type=all|public|private` (unknown org: 404 `Not Found`).
- `GET /repos/{owner}/{repo}/pulls?state=open|closed|merged|all&sort=created|updated`
  `&direction=asc|desc` (defaults: open, created, desc).
- `GET /repos/{owner}/{repo}/issues?state=open|progressing|closed|rejected|all&sort&direction`
  `&since=ISO8601` (`since` keeps `updated_at >= since`; a time without offset is +08:00).
- `GET /repos/{owner}/{repo}/pulls/comments` and `.../issues/comments`, both with `since`,
  `sort` and `direction` (default: created, asc).

Errors, each a switch: `delete_repo()` makes the repository answer 404 `Not Found Project`
(as does one that never existed); `make_private()` 403 `Forbidden`; both leave it out of the
org listing. `rate_limit_next = N` answers the next N calls 403 `Rate Limit Exceeded` with
`Retry-After: retry_after` (`rate_limit_status = 429` for the other flavour);
`fail_next_5xx = N` answers the next N calls 502 with nginx's HTML page.

Every call is kept in `requests` (method, path, query, status, items answered): a test can
check that an incremental run reads less. `clock` is the fake's time (`now()` moves it on).
"""

from __future__ import annotations

import itertools
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from aiohttp import web

from tests.fakes.base import FakeServer

CST = timezone(timedelta(hours=8))
NGINX_502 = "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway"
NGINX_502 += "</h1></center><hr><center>nginx</center></body></html>"


def gitee_time(moment: datetime | None) -> str | None:
    return None if moment is None else moment.astimezone(CST).isoformat(timespec="seconds")


@dataclass
class ApiUser:
    id: int
    login: str
    name: str

    def json(self) -> dict[str, Any]:
        url = f"https://gitee.com/{self.login}"
        return {"id": self.id, "login": self.login, "name": self.name, "html_url": url}


@dataclass
class Item:
    """A pull request, issue or comment; `number` is an int for PRs, "I8ABCD" for issues."""

    id: int
    user: ApiUser
    html_url: str
    created_at: datetime
    updated_at: datetime
    title: str = ""
    body: str = ""
    number: int | str = 0
    state: str = "open"
    merged_at: datetime | None = None

    def json(self, kind: str) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "html_url": self.html_url, "body": self.body}
        out |= {
            "created_at": gitee_time(self.created_at),
            "updated_at": gitee_time(self.updated_at),
        }
        if kind != "comment":
            out |= {"number": self.number, "title": self.title, "state": self.state}
        if kind == "pull":
            out["merged_at"] = gitee_time(self.merged_at)
        return out | {"user": self.user.json()}


@dataclass
class Repo:
    id: int
    org: str
    name: str
    created_at: datetime
    private: bool = False
    deleted: bool = False
    pulls: list[Item] = field(default_factory=list)
    issues: list[Item] = field(default_factory=list)
    pull_comments: list[Item] = field(default_factory=list)
    issue_comments: list[Item] = field(default_factory=list)

    @property
    def full_name(self) -> str:
        return f"{self.org}/{self.name}"

    def json(self) -> dict[str, Any]:
        when, url = gitee_time(self.created_at), f"https://gitee.com/{self.full_name}"
        out = dict(id=self.id, full_name=self.full_name, human_name=self.full_name, path=self.name)
        out.update(name=self.name, html_url=url, created_at=when, updated_at=when)
        namespace = {"path": self.org, "type": "group"}
        return out | {"namespace": namespace, "private": False, "public": True, "fork": False}


ITEMS = web.RequestKey("items", int)  # how many items the handler answered with
Who = ApiUser | str  # a user, or the login of one (added on first use)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@dataclass
class ApiRequest:
    method: str
    path: str
    query: dict[str, str]
    status: int = 0
    items: int = 0


class FakeGiteeApi(FakeServer):
    def __init__(self, token: str = "gitee-api-token") -> None:
        super().__init__()
        self.token = token
        self.app.middlewares.append(self._gatekeeper)
        route = self.app.router.add_get
        route("/api/v5/orgs/{org}/repos", self._org_repos)
        route("/api/v5/repos/{org}/{repo}/pulls", self._list("pulls", "pull"))
        route("/api/v5/repos/{org}/{repo}/issues", self._list("issues", "issue"))
        route("/api/v5/repos/{org}/{repo}/pulls/comments", self._list("pull_comments", "comment"))
        route("/api/v5/repos/{org}/{repo}/issues/comments", self._list("issue_comments", "comment"))
        self.reset()

    def reset(self) -> None:
        self.orgs: dict[str, dict[str, Repo]] = {}
        self.users: dict[str, ApiUser] = {}
        self.requests: list[ApiRequest] = []
        self.clock = datetime(2024, 5, 1, 10, 0, tzinfo=CST)
        self.fail_next_5xx = 0
        self.rate_limit_next = 0
        self.rate_limit_status = 403
        self.retry_after = 1
        self._ids = itertools.count(1001)
        self._issue_seq = itertools.count(0x8ABCD)

    @property
    def api_url(self) -> str:
        return f"{self.url}/api/v5"

    def now(self) -> datetime:
        """The next timestamp: each call (and each item added) moves `clock` on a minute."""
        self.clock += timedelta(minutes=1)
        return self.clock

    def add_user(self, login: str, name: str | None = None) -> ApiUser:
        user = ApiUser(next(self._ids), login, name if name is not None else login.title())
        self.users[login] = user
        return user

    def _user(self, user: Who) -> ApiUser:
        return user if isinstance(user, ApiUser) else self.users.get(user) or self.add_user(user)

    def add_org(self, org: str) -> None:
        self.orgs.setdefault(org, {})

    def add_repo(self, org: str, name: str) -> Repo:
        repo = Repo(next(self._ids), org, name, self.now())
        self.orgs.setdefault(org, {})[name] = repo
        return repo

    def repo(self, org: str, name: str) -> Repo:
        return self.orgs[org][name]

    def delete_repo(self, org: str, name: str) -> None:
        self.repo(org, name).deleted = True

    def make_private(self, org: str, name: str, private: bool = True) -> None:
        self.repo(org, name).private = private

    def _item(self, repo: Repo, user: Who, url: str) -> Item:
        when = self.now()
        base = f"https://gitee.com/{repo.full_name}/"
        return Item(next(self._ids), self._user(user), base + url, when, when)

    def add_pull(self, repo: Repo, user: Who, title: str = "A change", state: str = "open") -> Item:
        item = self._item(repo, user, f"pulls/{len(repo.pulls) + 1}")
        item.number, item.title, item.state = len(repo.pulls) + 1, title, state
        item.merged_at = item.created_at if state == "merged" else None
        repo.pulls.append(item)
        return item

    def add_issue(self, repo: Repo, user: Who, title: str = "A bug", state: str = "open") -> Item:
        number = f"I{next(self._issue_seq):05X}"
        item = self._item(repo, user, f"issues/{number}")
        item.number, item.title, item.state = number, title, state
        repo.issues.append(item)
        return item

    def add_comment(self, repo: Repo, on: Item, user: Who, body: str = "LGTM") -> Item:
        """A comment on pull request or issue `on`, listed under pulls/ or issues/comments."""
        is_pull = isinstance(on.number, int)
        item = self._item(repo, user, "")
        item.body = body
        item.html_url = f"{on.html_url}#note_{item.id}"
        (repo.pull_comments if is_pull else repo.issue_comments).append(item)
        return item

    def touch(self, item: Item, at: datetime | None = None, **changes: Any) -> Item:
        """Change fields of an item (title, body, state...) and move its updated_at on."""
        for name, value in changes.items():
            setattr(item, name, value)
        item.updated_at = at or self.now()
        if item.state == "merged" and item.merged_at is None:
            item.merged_at = item.updated_at
        return item

    def calls_to(self, suffix: str) -> list[ApiRequest]:
        return [r for r in self.requests if r.path.endswith(suffix)]

    def items_returned(self, suffix: str = "") -> int:
        return sum(r.items for r in self.calls_to(suffix))

    @web.middleware
    async def _gatekeeper(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        record = ApiRequest(request.method, request.path, dict(request.query))
        self.requests.append(record)
        response = await self._answer(request, handler)
        record.status, record.items = response.status, request.get(ITEMS, 0)
        return response

    async def _answer(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if self.fail_next_5xx > 0:
            self.fail_next_5xx -= 1
            return web.Response(status=502, text=NGINX_502, content_type="text/html")
        if self.rate_limit_next > 0:
            self.rate_limit_next -= 1
            headers = {"Retry-After": str(self.retry_after)}
            body = {"message": "Rate Limit Exceeded"}
            return web.json_response(body, status=self.rate_limit_status, headers=headers)
        if request.query.get("access_token") != self.token:
            message = "401 Unauthorized: Access token does not exist"
            return web.json_response({"message": message}, status=401)
        return await handler(request)

    def _page(self, request: web.Request, everything: Sequence[dict[str, Any]]) -> web.Response:
        try:
            page = max(int(request.query.get("page", "1")), 1)
            per_page = min(max(int(request.query.get("per_page", "20")), 1), 100)
        except ValueError:
            return web.json_response({"message": "page is invalid"}, status=400)
        chunk = list(everything[(page - 1) * per_page : page * per_page])
        request[ITEMS] = len(chunk)
        total_page = (len(everything) + per_page - 1) // per_page
        headers = {"total_count": str(len(everything)), "total_page": str(total_page)}
        return web.json_response(chunk, headers=headers)

    async def _org_repos(self, request: web.Request) -> web.Response:
        repos = self.orgs.get(request.match_info["org"])
        if repos is None:
            return web.json_response({"message": "Not Found"}, status=404)
        hidden = request.query.get("type") == "private"  # the token sees public ones only
        visible = [r for r in repos.values() if not (r.deleted or r.private or hidden)]
        return self._page(request, [r.json() for r in visible])

    def _list(self, attribute: str, kind: str) -> Handler:
        async def handler(request: web.Request) -> web.StreamResponse:
            repo = self.orgs.get(request.match_info["org"], {}).get(request.match_info["repo"])
            if repo is None or repo.deleted:
                return web.json_response({"message": "Not Found Project"}, status=404)
            if repo.private:
                return web.json_response({"message": "Forbidden"}, status=403)
            items: list[Item] = list(getattr(repo, attribute))
            query = request.query
            state = query.get("state", "all" if kind == "comment" else "open")
            if state != "all":
                items = [i for i in items if i.state == state]
            if "since" in query:
                since = parse_since(query["since"])
                if since is None:
                    return web.json_response({"message": "since is invalid"}, status=400)
                items = [i for i in items if i.updated_at >= since]
            sort = "updated_at" if query.get("sort") == "updated" else "created_at"
            descending = query.get("direction", "asc" if kind == "comment" else "desc") == "desc"
            items.sort(key=lambda i: (getattr(i, sort), i.id), reverse=descending)
            return self._page(request, [i.json(kind) for i in items])

        return handler


def parse_since(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace(" ", "+"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=CST)
