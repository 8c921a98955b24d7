"""Helpers the security-review tests share: accounts by phone, a client per address."""

from __future__ import annotations

from typing import Any

from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import PASSWORD
from tests.support.client import LOG_IN, SEND_CODE, SIGN_UP, GraphQLClient

LOG_OUT = "mutation { logOut { userErrors { code } } }"
EVENTS = "{ me { securityEvents(first: 50) { edges { node { kind ipAddress } } } } }"


async def send_code(
    client: GraphQLClient, target: str, channel: str = "EMAIL", purpose: str = "LOG_IN"
) -> dict[str, Any]:
    return await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": channel, "target": target, "purpose": purpose},
    )


async def sign_up_by_phone(
    client: GraphQLClient, sms: FakeSmsGateway, username: str, phone: str
) -> dict[str, Any]:
    before = len(sms.to(phone))
    sent = await send_code(client, phone, channel="SMS", purpose="SIGN_UP")
    assert sent["userErrors"] == [], sent
    code = (await sms.wait_for(phone, count=before + 1))[-1].code
    payload = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": username,
            "phone": phone,
            "password": PASSWORD,
            "dateOfBirth": "1990-01-01",
            "verificationCode": code,
        },
    )
    return payload


async def password_log_in(
    client: GraphQLClient, identifier: str, password: str = PASSWORD
) -> dict[str, Any]:
    return await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": identifier, "password": password}}
    )


async def event_kinds(client: GraphQLClient) -> list[str]:
    me = (await client.execute(EVENTS))["me"]
    return [edge["node"]["kind"] for edge in me["securityEvents"]["edges"]]


class AddressedClient(GraphQLClient):
    """A client that says, through a trusted proxy's X-Forwarded-For, where it comes from."""

    def __init__(self, base_url: str, address: str) -> None:
        super().__init__(base_url)
        self.address = address

    async def raw(self, body: Any, headers: dict[str, str] | None = None) -> tuple[int, Any]:
        return await super().raw(body, {"X-Forwarded-For": self.address, **(headers or {})})
