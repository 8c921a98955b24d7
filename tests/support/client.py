"""A GraphQL client over real HTTP that keeps cookies, as the single-page frontend does."""

from __future__ import annotations

from typing import Any

import aiohttp


class GraphQLClient:
    def __init__(self, base_url: str, user_agent: str = "commons-tests") -> None:
        self.url = f"{base_url}/graphql"
        self.http = aiohttp.ClientSession(
            cookie_jar=aiohttp.CookieJar(unsafe=True), headers={"User-Agent": user_agent}
        )
        self.bearer: str | None = None
        self.last_response: aiohttp.ClientResponse | None = None

    async def close(self) -> None:
        await self.http.close()

    async def raw(self, body: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        extra = dict(headers or {})
        if self.bearer:
            extra["Authorization"] = f"Bearer {self.bearer}"
        async with self.http.post(self.url, json=body, headers=extra) as response:
            self.last_response = response
            try:
                return response.status, await response.json(content_type=None)
            except ValueError:
                return response.status, await response.text()

    async def execute(self, query: str, **variables: Any) -> dict[str, Any]:
        """Run an operation that must succeed at the GraphQL level; returns `data`."""
        status, body = await self.raw({"query": query, "variables": variables})
        assert status == 200, (status, body)
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    async def mutate(self, name: str, query: str, **variables: Any) -> dict[str, Any]:
        """Run a mutation and return its payload."""
        payload: dict[str, Any] = (await self.execute(query, **variables))[name]
        return payload


SEND_CODE = """
mutation Send($input: SendVerificationCodeInput!) {
  sendVerificationCode(input: $input) { sent userErrors { field message code } }
}"""

SIGN_UP = """
mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user { id username email phone }
    sessionToken
    userErrors { field message code }
  }
}"""

LOG_IN = """
mutation LogIn($input: LogInInput!) {
  logIn(input: $input) {
    user { id username }
    sessionToken
    userErrors { field message code }
  }
}"""

ME = "{ me { id username email phone createdAt profile { nickname avatarUrl company } } }"


def codes_of(payload: dict[str, Any]) -> list[str]:
    return [error["code"] for error in payload["userErrors"]]
