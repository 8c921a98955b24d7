"""The journey a new member takes through the frontend, over real HTTP and real SMTP."""

from __future__ import annotations

from collections.abc import Callable

from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, ME, SEND_CODE, SIGN_UP, GraphQLClient, codes_of
from tests.support.mailbox import Mailbox

LOG_OUT = "mutation { logOut { userErrors { code } } }"
CONFIRM_CONTACT = """
mutation Confirm($input: ConfirmContactChangeInput!) {
  confirmContactChange(input: $input) { user { phone } userErrors { field message code } }
}"""
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    profile { nickname avatarUrl company }
    userErrors { field message code }
  }
}"""


async def test_a_member_signs_up_logs_in_edits_the_profile_and_logs_out(
    client: GraphQLClient, mailbox: Mailbox, sms_gateway: FakeSmsGateway
) -> None:
    await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "Alice@Example.org", "purpose": "SIGN_UP"},
    )
    code = await mailbox.code_for("alice@example.org")
    signed_up = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "alice",
            "email": "alice@example.org",
            "phone": "+86 138 0000 0000",
            "password": PASSWORD,
            "dateOfBirth": "1990-01-01",
            "verificationCode": code,
        },
    )
    assert signed_up["userErrors"] == []
    # The phone number is only pending until its own code comes back.
    assert signed_up["user"]["phone"] is None
    confirmed = await client.mutate(
        "confirmContactChange",
        CONFIRM_CONTACT,
        input={"channel": "SMS", "code": await sms_gateway.code_for("+8613800000000")},
    )
    assert confirmed["user"]["phone"] == "+8613800000000", confirmed

    await client.execute(LOG_OUT)
    assert (await client.execute(ME))["me"] is None

    by_name = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "ALICE", "password": PASSWORD}}
    )
    assert by_name["user"]["username"] == "alice"
    await client.execute(LOG_OUT)
    by_email = await client.mutate(
        "logIn",
        LOG_IN,
        input={"password": {"identifier": "alice@example.org", "password": PASSWORD}},
    )
    assert by_email["userErrors"] == []
    by_phone = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "+8613800000000", "password": PASSWORD}}
    )
    assert by_phone["userErrors"] == []

    me = (await client.execute(ME))["me"]
    assert me["username"] == "alice"
    assert me["email"] == "alice@example.org"
    assert me["profile"] == {"nickname": None, "avatarUrl": None, "company": None}

    updated = await client.mutate(
        "updateProfile",
        UPDATE_PROFILE,
        input={"nickname": "Alice", "company": "openGauss", "avatarUrl": "https://a.example/x.png"},
    )
    assert updated["profile"] == {
        "nickname": "Alice",
        "avatarUrl": "https://a.example/x.png",
        "company": "openGauss",
    }
    assert (await client.execute(ME))["me"]["profile"]["nickname"] == "Alice"

    assert (await client.execute(LOG_OUT))["logOut"]["userErrors"] == []
    assert (await client.execute(ME))["me"] is None


async def test_the_session_cookie_is_httponly_and_samesite_lax(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    assert client.last_response is not None
    cookie = client.last_response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie or "SameSite=Lax" in cookie


async def test_a_bearer_token_works_without_cookies(
    client: GraphQLClient, mailbox: Mailbox, server: object
) -> None:
    token = (await sign_up(client, mailbox))["sessionToken"]
    client.http.cookie_jar.clear()
    assert (await client.execute(ME))["me"] is None
    client.bearer = token
    assert (await client.execute(ME))["me"]["username"] == "alice"


async def test_bad_sign_up_input_is_reported_per_field_and_nothing_is_written(
    client: GraphQLClient,
) -> None:
    payload = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "9lives",
            "email": "not-an-address",
            "password": "short",
            "dateOfBirth": "1990-01-01",
            "verificationCode": "000000",
        },
    )
    assert payload["user"] is None
    errors = {tuple(e["field"]): e["code"] for e in payload["userErrors"]}
    assert errors == {
        ("input", "username"): "INVALID_USERNAME",
        ("input", "email"): "INVALID_EMAIL",
        ("input", "password"): "PASSWORD_TOO_SHORT",
    }
    from models.identity.users import User

    assert await User.all().count() == 0


async def test_a_common_password_and_one_containing_the_username_are_refused(
    client: GraphQLClient,
) -> None:
    common = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "bob",
            "email": "b@example.org",
            "password": "password1",
            "dateOfBirth": "1990-01-01",
            "verificationCode": "123456",
        },
    )
    assert codes_of(common) == ["PASSWORD_TOO_COMMON"]
    named = await client.mutate(
        "signUp",
        SIGN_UP,
        input={
            "username": "bobby",
            "email": "b@example.org",
            "password": "xxBOBBYxx-2024",
            "dateOfBirth": "1990-01-01",
            "verificationCode": "123456",
        },
    )
    assert codes_of(named) == ["PASSWORD_CONTAINS_USERNAME"]


async def test_a_wrong_code_is_refused_and_a_taken_username_is_reported(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "carol@example.org", "purpose": "SIGN_UP"},
    )
    code = await mailbox.code_for("carol@example.org")
    wrong = "000000" if code != "000000" else "111111"
    attempt = {"email": "carol@example.org", "password": PASSWORD, "dateOfBirth": "1990-01-01"}
    bad_code = await client.mutate(
        "signUp", SIGN_UP, input={**attempt, "username": "carol", "verificationCode": wrong}
    )
    assert bad_code["userErrors"] == [
        {
            "field": ["input", "verificationCode"],
            "message": "The code is wrong or has expired.",
            "code": "INVALID_CODE",
        }
    ]
    taken = await client.mutate(
        "signUp", SIGN_UP, input={**attempt, "username": "Alice", "verificationCode": code}
    )
    assert codes_of(taken) == ["USERNAME_TAKEN"]
    # The code survived the refused attempt and still works.
    ok = await client.mutate(
        "signUp", SIGN_UP, input={**attempt, "username": "carol", "verificationCode": code}
    )
    assert ok["userErrors"] == []


async def test_wrong_password_and_unknown_user_get_the_same_answer(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await sign_up(client, mailbox)
    await client.execute(LOG_OUT)
    wrong = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": "not it at all"}}
    )
    unknown = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "nobody", "password": "not it at all"}}
    )
    assert wrong == unknown
    assert codes_of(wrong) == ["INVALID_CREDENTIALS"]


async def test_asking_a_sign_up_code_for_a_registered_address_looks_the_same_but_sends_no_code(
    client: GraphQLClient, mailbox: Mailbox, forget_rate_limits: Callable[[], None]
) -> None:
    await sign_up(client, mailbox)
    mailbox.clear()
    forget_rate_limits()
    payload = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "alice@example.org", "purpose": "SIGN_UP"},
    )
    assert payload == {"sent": True, "userErrors": []}
    notice = (await mailbox.wait_for("alice@example.org"))[0]
    assert "already has one" in notice.body
    assert not any(ch.isdigit() for ch in notice.body)


async def test_a_malformed_target_is_a_typed_error(client: GraphQLClient) -> None:
    payload = await client.mutate(
        "sendVerificationCode",
        SEND_CODE,
        input={"channel": "EMAIL", "target": "nope", "purpose": "SIGN_UP"},
    )
    assert payload["sent"] is False
    assert payload["userErrors"][0]["field"] == ["input", "target"]
    assert payload["userErrors"][0]["code"] == "INVALID_EMAIL"


async def test_profile_fields_are_validated(client: GraphQLClient, mailbox: Mailbox) -> None:
    await sign_up(client, mailbox)
    payload = await client.mutate(
        "updateProfile", UPDATE_PROFILE, input={"nickname": "x" * 65, "avatarUrl": "javascript:1"}
    )
    assert {tuple(e["field"]): e["code"] for e in payload["userErrors"]} == {
        ("input", "nickname"): "TOO_LONG",
        ("input", "avatarUrl"): "INVALID",
    }


async def test_signed_out_mutations_answer_unauthenticated(client: GraphQLClient) -> None:
    payload = await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "Mallory"})
    assert codes_of(payload) == ["UNAUTHENTICATED"]
