"""`GET /exports/{token}`: JSON as an attachment, `?format=html` as a sandboxed, escaped page."""

from __future__ import annotations

from urllib.parse import urlparse

from services.identity.container import Services
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.privacy import MY_REQUESTS, finish_jobs, submit

UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { userErrors { code } }
}"""
HOSTILE = "<script>alert(1)</script>"


async def test_the_html_export_opens_inline_sandboxed_and_escaped(
    client: GraphQLClient, server: RunningServer, services: Services, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": HOSTILE})
    assert (await submit(client, "ACCESS"))["userErrors"] == []
    await finish_jobs(services)
    export = (await client.execute(MY_REQUESTS))["me"]["privacyRequests"]["nodes"][0]["export"]
    # The link names API_URL (default http://HOST:PORT); the test server has its own port.
    assert export["url"].startswith(f"{services.settings.api_base_url}/exports/")
    url = server.base_url + urlparse(export["url"]).path

    async with client.http.get(url, params={"format": "html"}) as response:
        assert response.status == 200
        assert response.headers["content-type"].startswith("text/html")
        assert response.headers["content-disposition"].startswith("inline")
        policy = response.headers["content-security-policy"]
        assert policy.startswith("sandbox") and "default-src 'none'" in policy
        page = await response.text()
    assert HOSTILE not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page

    async with client.http.get(url) as response:
        assert response.status == 200
        assert response.headers["content-type"].startswith("application/json")
        assert response.headers["content-disposition"].startswith("attachment")
