"""Driving an OAuth sign-in as a browser and a frontend do: start, consent, callback."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

import aiohttp

from tests.support.client import GraphQLClient

FRONTEND = "https://portal.example"
CALLBACK = f"{FRONTEND}/auth/callback"

START_OAUTH = """
mutation Start($input: StartOAuthInput!) {
  startOAuth(input: $input) { authorizeUrl userErrors { field message code } }
}"""

LINK = """
mutation Link($input: LinkIdentityInput!) {
  linkIdentity(input: $input) {
    identity { provider login nickname linkedAt }
    userErrors { field message code }
  }
}"""

UNLINK = """
mutation Unlink($input: UnlinkIdentityInput!) {
  unlinkIdentity(input: $input) { unlinkedProvider userErrors { field message code } }
}"""

IDENTITIES = "{ me { username identities { provider login linkedAt } } }"


async def authorize(client: GraphQLClient, provider: str) -> dict[str, str]:
    """Start the flow and follow the browser to the provider's consent page and back.

    Returns the `code` and `state` the provider put on the callback URL."""
    started = await client.mutate(
        "startOAuth", START_OAUTH, input={"provider": provider, "redirectUri": CALLBACK}
    )
    assert started["userErrors"] == [], started
    async with (
        aiohttp.ClientSession() as browser,
        browser.get(started["authorizeUrl"], allow_redirects=False) as answer,
    ):
        assert answer.status == 302, await answer.text()
        location = answer.headers["Location"]
    assert location.startswith(CALLBACK)
    query = parse_qs(urlsplit(location).query)
    return {"provider": provider, "code": query["code"][0], "state": query["state"][0]}


OAUTH_LOG_IN = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user { id username }
    sessionToken
    accountIncomplete
    completionTicket
    userErrors { field message code }
  }
}"""

COMPLETE_ACCOUNT = """
mutation Complete($input: CompleteAccountInput!) {
  completeAccount(input: $input) {
    user { id username }
    sessionToken
    awaitingGuardian
    userErrors { field message code }
  }
}"""


async def oauth_log_in(
    client: GraphQLClient, provider: str, date_of_birth: str = "1990-01-01"
) -> dict[str, Any]:
    """Sign in through `provider`; a first sign-in completes the new account as an adult."""
    callback = await authorize(client, provider)
    payload = await client.mutate("logIn", OAUTH_LOG_IN, input={"oauth": callback})
    if not payload["accountIncomplete"]:
        return payload
    completed: dict[str, Any] = await client.mutate(
        "completeAccount",
        COMPLETE_ACCOUNT,
        input={"ticket": payload["completionTicket"], "dateOfBirth": date_of_birth},
    )
    return completed
