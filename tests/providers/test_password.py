"""Password hashing and policy."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher, Type, extract_parameters

from models.identity.users import User
from providers.base import InvalidCredentials
from providers.password import (
    PasswordPolicyError,
    PasswordProvider,
    check_password_policy,
    make_hasher,
)
from services.identity.container import Services
from settings import Settings
from tests.support.accounts import PASSWORD, sign_up
from tests.support.client import LOG_IN, GraphQLClient
from tests.support.mailbox import Mailbox


def test_the_production_defaults_meet_owasps_argon2id_minimum() -> None:
    parameters = extract_parameters(make_hasher(Settings(_env_file=None)).hash("x"))
    assert parameters.type is Type.ID
    assert parameters.memory_cost >= 19 * 1024
    assert parameters.time_cost >= 2
    assert parameters.parallelism >= 1


def test_the_policy_allows_long_passphrases_and_has_no_composition_rules() -> None:
    check_password_policy("all lower case words here", "alice")
    check_password_policy("x" * 64 + " still fine", "alice")


def test_the_policy_refuses_short_common_and_username_passwords() -> None:
    for password, reason in [
        ("1234567", "too_short"),
        ("qwertyuiop", "too_common"),
        ("alice-was-here-1", "contains_username"),
        ("y" * 257, "too_long"),
    ]:
        try:
            check_password_policy(password, "Alice")
        except PasswordPolicyError as error:
            assert error.reason == reason, password
        else:
            raise AssertionError(f"{password!r} was accepted")


async def test_a_login_rehashes_a_password_stored_with_older_parameters(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    await sign_up(client, mailbox)
    weaker = PasswordHasher(time_cost=1, memory_cost=512, parallelism=1, type=Type.ID)
    await User.filter(username="alice").update(password_hash=weaker.hash(PASSWORD))
    payload = await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": PASSWORD}}
    )
    assert payload["userErrors"] == []
    stored = (await User.get(username="alice")).password_hash
    assert stored is not None
    expected = extract_parameters(services.passwords.hasher.hash("x"))
    assert extract_parameters(stored) == expected


async def test_an_unknown_identifier_still_costs_a_hash(services: Services) -> None:
    """The provider verifies against a dummy hash, so the work is the same as for a real one."""
    provider: PasswordProvider = services.passwords
    calls: list[str] = []
    original = provider._verify_now

    def counting(stored: str, password: str) -> bool:
        calls.append(stored)
        return original(stored, password)

    provider._verify_now = counting  # type: ignore[method-assign]
    try:
        with pytest.raises(InvalidCredentials):
            await provider.authenticate({"identifier": "nobody", "password": "whatever it is"})
    finally:
        del provider._verify_now
    assert len(calls) == 1
