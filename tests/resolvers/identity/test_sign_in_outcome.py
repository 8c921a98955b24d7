"""`outcome` on every sign-in payload: a client that selects nothing else knows the next step."""

from __future__ import annotations

from tests.resolvers.identity.test_privacy_guardians import years_ago
from tests.resolvers.identity.test_two_step_sign_in import enable_totp
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import SEND_CODE, GraphQLClient
from tests.support.mailbox import Mailbox

LOG_IN = """
mutation LogIn($input: LogInInput!) { logIn(input: $input) { outcome mfaTicket } }"""
COMPLETE = """
mutation Complete($input: CompleteLogInInput!) { completeLogIn(input: $input) { outcome } }"""
SIGN_UP = """
mutation S($input: SignUpInput!) { signUp(input: $input) { outcome userErrors { code } } }"""


async def log_in(client: GraphQLClient, password: str = PASSWORD) -> dict[str, str | None]:
    return await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": password}}
    )


async def test_sign_up_and_log_in_answer_signed_in_or_failed(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    assert (await log_in(client))["outcome"] == "SIGNED_IN"
    assert (await log_in(client, "wrong password"))["outcome"] == "FAILED"


async def test_two_step_sign_in_answers_mfa_required_then_signed_in(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    _, recovery_codes = await enable_totp(client)
    first = await log_in(client)
    assert first["outcome"] == "MFA_REQUIRED" and first["mfaTicket"]
    done = await client.mutate(
        "completeLogIn",
        COMPLETE,
        input={"ticket": first["mfaTicket"], "secondFactor": {"recoveryCode": recovery_codes[0]}},
    )
    assert done["outcome"] == "SIGNED_IN"
    assert (await client.execute("{ me { username } }"))["me"]["username"] == "alice"


async def test_a_child_sign_up_answers_awaiting_guardian(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "kim@example.org", "purpose": "SIGN_UP"},
    )
    code = await mailbox.code_for("kim@example.org")
    child = {
        "username": "kim",
        "email": "kim@example.org",
        "password": PASSWORD,
        "verificationCode": code,
        "dateOfBirth": years_ago(10),
        "guardianEmail": "parent@example.org",
    }
    payload = await client.mutate("signUp", SIGN_UP, input=child)
    assert payload == {"outcome": "AWAITING_GUARDIAN", "userErrors": []}
    again = await client.mutate("signUp", SIGN_UP, input=child)
    assert again["outcome"] == "FAILED" and again["userErrors"]
