"""Factories: accounts made the way a person makes them, through the API."""

from __future__ import annotations

from typing import Any

from tests.support.client import SEND_CODE, SIGN_UP, GraphQLClient
from tests.support.mailbox import Mailbox

PASSWORD = "a long enough passphrase"


async def sign_up(
    client: GraphQLClient,
    mailbox: Mailbox,
    username: str = "alice",
    email: str = "alice@example.org",
    password: str = PASSWORD,
    **extra: Any,
) -> dict[str, Any]:
    sent = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": email, "purpose": "SIGN_UP"},
    )
    assert sent["userErrors"] == [], sent
    code = await mailbox.code_for(email)
    payload = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": username,
            "email": email,
            "password": password,
            "dateOfBirth": "1990-01-01",
            "verificationCode": code,
            **extra,
        },
    )
    assert payload["userErrors"] == [], payload
    return payload
