"""The community fakes (Gitee API, CLA service, Mailman core) speak their protocols."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta
from typing import Any

import aiohttp
import pytest

from tests.fakes.cla import FakeClaService
from tests.fakes.gitee_api import FakeGiteeApi
from tests.fakes.mailman_lists import FakeMailmanCore


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def gitee_api() -> AsyncIterator[FakeGiteeApi]:
    fake = FakeGiteeApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def cla_service() -> AsyncIterator[FakeClaService]:
    fake = FakeClaService()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture
async def mailman_core() -> AsyncIterator[FakeMailmanCore]:
    fake = FakeMailmanCore()
    await fake.start()
    yield fake
    await fake.stop()


async def get(
    http: aiohttp.ClientSession, url: str, **params: Any
) -> tuple[int, Any, dict[str, str]]:
    async with http.get(url, params={k: str(v) for k, v in params.items()}) as response:
        is_json = response.content_type == "application/json"
        body = await response.json() if is_json else await response.text()
        return response.status, body, dict(response.headers)


async def test_gitee_lists_repos_pulls_issues_and_comments(
    gitee_api: FakeGiteeApi, http: aiohttp.ClientSession
) -> None:
    api, token = gitee_api.api_url, gitee_api.token
    alice = gitee_api.add_user("alice", "Alice A")
    repo = gitee_api.add_repo("openeuler", "kernel")
    gitee_api.add_repo("openeuler", "docs")
    pull = gitee_api.add_pull(repo, alice, "Fix boot")
    merged = gitee_api.add_pull(repo, "bob", "Speed up", state="merged")
    issue = gitee_api.add_issue(repo, alice, "Crash on start")
    gitee_api.add_comment(repo, pull, "bob", "Looks good")
    gitee_api.add_comment(repo, issue, alice, "Still there")

    status, repos, headers = await get(http, f"{api}/orgs/openeuler/repos", access_token=token)
    assert status == 200 and [r["full_name"] for r in repos] == [
        "openeuler/kernel",
        "openeuler/docs",
    ]
    assert headers["total_count"] == "2" and headers["total_page"] == "1"
    assert (await get(http, f"{api}/orgs/nobody/repos", access_token=token))[0] == 404

    base = f"{api}/repos/openeuler/kernel"
    status, pulls, _ = await get(
        http, f"{base}/pulls", access_token=token, state="all", sort="updated", direction="desc"
    )
    assert [p["number"] for p in pulls] == [2, 1]
    first = pulls[1]
    user = {"id": alice.id, "login": "alice", "name": "Alice A"}
    assert first["user"] == user | {"html_url": "https://gitee.com/alice"}
    assert first["state"] == "open" and first["merged_at"] is None
    assert first["html_url"] == "https://gitee.com/openeuler/kernel/pulls/1"
    assert first["created_at"] == pull.created_at.isoformat() and "+08:00" in first["created_at"]
    assert pulls[0]["state"] == "merged" and pulls[0]["merged_at"] is not None
    assert merged.user.login == "bob" and gitee_api.users["bob"].id == merged.user.id
    # Gitee's default is open pull requests only.
    assert [p["number"] for p in (await get(http, f"{base}/pulls", access_token=token))[1]] == [1]

    issues = (await get(http, f"{base}/issues", access_token=token, state="all"))[1]
    assert issues[0]["number"] == "I8ABCD" and issues[0]["title"] == "Crash on start"
    pull_comments = (await get(http, f"{base}/pulls/comments", access_token=token))[1]
    assert pull_comments[0]["body"] == "Looks good" and pull_comments[0]["user"]["login"] == "bob"
    assert pull_comments[0]["html_url"].startswith(pull.html_url + "#note_")
    issue_comments = (await get(http, f"{base}/issues/comments", access_token=token))[1]
    assert [c["body"] for c in issue_comments] == ["Still there"]


async def test_gitee_pages_filters_since_and_records_requests(
    gitee_api: FakeGiteeApi, http: aiohttp.ClientSession
) -> None:
    repo = gitee_api.add_repo("org", "repo")
    issues = [gitee_api.add_issue(repo, "carol", f"Issue {n}") for n in range(5)]
    url = f"{gitee_api.api_url}/repos/org/repo/issues"
    params: dict[str, Any] = {"access_token": gitee_api.token, "state": "all", "sort": "updated"}

    _, page2, headers = await get(http, url, **params, per_page=2, page=2)
    assert len(page2) == 2 and headers["total_count"] == "5" and headers["total_page"] == "3"
    assert (await get(http, url, **params, per_page=2, page=4))[1] == []
    big = await get(http, url, **params, per_page=500)
    assert big[2]["total_page"] == "1" and len(big[1]) == 5
    full_run = gitee_api.items_returned("/issues")
    assert full_run == 2 + 0 + 5

    cutoff = gitee_api.now()
    gitee_api.touch(issues[1], title="Renamed")
    gitee_api.touch(issues[3], state="closed")
    gitee_api.requests.clear()
    changed = (await get(http, url, **params, since=cutoff.isoformat(), per_page=100))[1]
    assert {i["title"] for i in changed} == {"Renamed", "Issue 3"}
    assert gitee_api.items_returned("/issues") == 2 < 5
    call = gitee_api.calls_to("/issues")[0]
    assert call.method == "GET" and call.query["since"] == cutoff.isoformat()
    assert call.status == 200 and call.items == 2
    # A naive since is read in Gitee's own zone (+08:00); a bad one is refused.
    naive = (cutoff + timedelta(days=1)).replace(tzinfo=None).isoformat()
    assert (await get(http, url, **params, since=naive))[1] == []
    assert (await get(http, url, **params, since="yesterday"))[0] == 400


async def test_gitee_errors_and_switches(
    gitee_api: FakeGiteeApi, http: aiohttp.ClientSession
) -> None:
    gitee_api.add_repo("org", "gone")
    gitee_api.add_repo("org", "secret")
    gitee_api.add_repo("org", "open")
    base, token = f"{gitee_api.api_url}/repos/org", gitee_api.token

    status, body, _ = await get(http, f"{base}/open/pulls", access_token="wrong")
    assert (status, body) == (401, {"message": "401 Unauthorized: Access token does not exist"})
    assert (await get(http, f"{base}/open/pulls"))[0] == 401

    gitee_api.delete_repo("org", "gone")
    gitee_api.make_private("org", "secret")
    assert (await get(http, f"{base}/gone/issues", access_token=token))[:2] == (
        404,
        {"message": "Not Found Project"},
    )
    assert (await get(http, f"{base}/never/issues", access_token=token))[0] == 404
    assert (await get(http, f"{base}/secret/pulls", access_token=token))[:2] == (
        403,
        {"message": "Forbidden"},
    )
    listed = (await get(http, f"{gitee_api.api_url}/orgs/org/repos", access_token=token))[1]
    assert [r["name"] for r in listed] == ["open"]

    gitee_api.rate_limit_next, gitee_api.retry_after = 1, 7
    status, body, headers = await get(http, f"{base}/open/pulls", access_token=token)
    assert (status, body, headers["Retry-After"]) == (403, {"message": "Rate Limit Exceeded"}, "7")
    gitee_api.rate_limit_next, gitee_api.rate_limit_status = 1, 429
    assert (await get(http, f"{base}/open/pulls", access_token=token))[0] == 429

    gitee_api.fail_next_5xx = 2
    statuses = [(await get(http, f"{base}/open/pulls", access_token=token))[0] for _ in range(3)]
    assert statuses == [502, 502, 200]
    assert [r.status for r in gitee_api.requests[-3:]] == [502, 502, 200]


async def test_cla_signing_lookups_and_errors(
    cla_service: FakeClaService, http: aiohttp.ClientSession
) -> None:
    cla_service.sign("signed@example.org")
    cla_service.sign("old@example.org", version_matched=False)
    url = cla_service.signing_url()

    async def check(email: str) -> Any:
        status, body, _ = await get(http, url, email=email)
        assert status == 200
        return body["data"]

    assert await check("signed@example.org") == {"signed": True, "version_matched": True}
    assert await check("old@example.org") == {"signed": True, "version_matched": False}
    assert await check("nobody@example.org") == {"signed": False, "version_matched": False}
    cla_service.revoke("signed@example.org")
    assert (await check("signed@example.org"))["signed"] is False

    status, body, _ = await get(http, cla_service.signing_url("unknown"), email="a@example.org")
    assert (status, body["error_code"], body["error_message"]) == (
        400,
        "cla.invalid_link_id",
        "invalid link id",
    )
    status, body, _ = await get(http, url)
    assert (status, body["error_code"]) == (400, "cla.missing_email")

    cla_service.fail_next_5xx = 1
    assert (await get(http, url, email="signed@example.org"))[0] == 500
    assert cla_service.lookups_of("signed@example.org") == 2  # not the failed call
    assert cla_service.lookups[:3] == [
        "signed@example.org",
        "old@example.org",
        "nobody@example.org",
    ]
    assert cla_service.calls == 7


async def test_mailman_lists_subscribe_find_and_delete(
    mailman_core: FakeMailmanCore, http: aiohttp.ClientSession
) -> None:
    auth = aiohttp.BasicAuth("restadmin", "restpass")
    dev = mailman_core.add_list("dev@lists.example.org", "Dev", "Development talk")
    mailman_core.add_list("open@lists.example.org", subscription_policy="open")
    api = f"{mailman_core.url}/3.1"

    async def post(fields: dict[str, Any], as_json: bool = False) -> aiohttp.ClientResponse:
        kwargs: dict[str, Any] = {"json": fields} if as_json else {"data": fields}
        async with http.post(f"{api}/members", auth=auth, **kwargs) as response:
            await response.read()
            return response

    async with http.get(f"{api}/lists", auth=auth) as response:
        lists = await response.json()
    assert lists["start"] == 0 and lists["total_size"] == 2
    entry = lists["entries"][0]
    assert entry["list_id"] == "dev.lists.example.org" and entry["display_name"] == "Dev"
    assert entry["fqdn_listname"] == "dev@lists.example.org" and entry["member_count"] == 0
    assert entry["description"] == "Development talk" and entry["self_link"].endswith(dev.list_id)
    async with http.get(f"{api}/lists", auth=auth, params={"count": "1", "page": "2"}) as response:
        assert [e["list_id"] for e in (await response.json())["entries"]] == [
            "open.lists.example.org"
        ]

    fields = {"list_id": dev.list_id, "subscriber": "Ann@example.org", "display_name": "Ann"}
    trusted = {"pre_verified": "true", "pre_confirmed": "true", "pre_approved": "true"}
    created = await post(fields | trusted)
    assert created.status == 201 and "/3.1/members/" in created.headers["Location"]
    assert mailman_core.members_of(dev.list_id) == ["ann@example.org"]
    assert (await post(fields | trusted)).status == 409

    pending = await post({"list_id": "dev@lists.example.org", "subscriber": "bo@example.org"}, True)
    assert pending.status == 202
    token_body = await pending.json()
    assert token_body["token_owner"] == "subscriber"
    again = await post({"list_id": dev.list_id, "subscriber": "bo@example.org"})
    assert again.status == 409 and "already pending" in (await again.json())["description"]
    mailman_core.confirm(token_body["token"])
    assert mailman_core.lists_of("BO@example.org") == [dev.list_id]
    verified = {"subscriber": "bo@example.org", "pre_verified": True}
    opened = await post(verified | {"list_id": "open.lists.example.org"}, as_json=True)
    assert opened.status == 201
    assert mailman_core.lists_of("bo@example.org") == [dev.list_id, "open.lists.example.org"]

    no_list = await post({"list_id": "nope.example.org", "subscriber": "c@example.org"})
    assert no_list.status == 400 and (await no_list.json())["description"] == "No such list"
    assert (await post({"list_id": dev.list_id})).status == 400
    assert (await post(fields | {"pre_verified": "maybe"})).status == 400
    assert (await post(fields | {"colour": "blue"})).status == 400

    find = f"{api}/members/find"
    async with http.get(find, auth=auth, params={"subscriber": "bo@example.org"}) as response:
        found = await response.json()
    assert found["total_size"] == 2 and len(found["entries"]) == 2
    params = {"subscriber": "bo@example.org", "list_id": dev.list_id}
    async with http.get(find, auth=auth, params=params) as response:
        (member,) = (await response.json())["entries"]
    async with http.get(find, auth=auth, params={"subscriber": "x@example.org"}) as response:
        assert await response.json() == {"start": 0, "total_size": 0, "http_etag": '"c"'}

    async with http.delete(member["self_link"], auth=auth) as response:
        assert response.status == 204
    async with http.delete(member["self_link"], auth=auth) as response:
        assert response.status == 404
    assert mailman_core.lists_of("bo@example.org") == ["open.lists.example.org"]


async def test_mailman_auth_and_outage(
    mailman_core: FakeMailmanCore, http: aiohttp.ClientSession
) -> None:
    url = f"{mailman_core.url}/3.1/lists"
    async with http.get(url, auth=aiohttp.BasicAuth("restadmin", "wrong")) as response:
        assert response.status == 401
    async with http.get(url) as response:
        assert response.status == 401
    mailman_core.fail_next_5xx = 1
    auth = aiohttp.BasicAuth("restadmin", "restpass")
    async with http.get(url, auth=auth) as response:
        assert response.status == 503
    async with http.get(url, auth=auth) as response:
        assert await response.json() == {"start": 0, "total_size": 0, "http_etag": '"c"'}
    assert mailman_core.calls == 4 and mailman_core.requests[-1] == ("GET", "/3.1/lists")
