"""The last way to sign in is counted by the core, across every enabled provider."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from models.identity.identities import ExternalIdentity
from models.identity.users import User
from providers.base import InvalidCredentials, ProviderKind, VerifiedIdentity
from providers.registry import ProviderRegistry
from services.identity.container import Services
from services.identity.identities import sign_in_methods


class CountsNothingItself:
    """A redirect plugin without CredentialCounter: its bound identities count for it."""

    name = "bare"
    kind = ProviderKind.OAUTH
    display_name = "Bare"

    async def authenticate(self, credentials: Mapping[str, str]) -> VerifiedIdentity:
        raise InvalidCredentials

    async def authorize_url(self, redirect_uri: str, state: str) -> str:
        return f"https://bare.example/?state={state}&redirect_uri={redirect_uri}"


async def member(**fields: Any) -> User:
    return await User.create(username="mia", username_key="mia", **fields)


async def test_a_password_an_address_and_a_number_each_count(services: Services) -> None:
    user = await member(email="mia@example.org", phone="+8613800000009", password_hash="x")

    assert await sign_in_methods(services, user.id) == 3


async def test_an_account_made_by_gitee_has_one_way_in(services: Services) -> None:
    user = await member()
    await ExternalIdentity.create(user=user, provider="gitee", subject="1")

    assert await sign_in_methods(services, user.id) == 1


async def test_identities_of_a_plugin_that_does_not_count_are_counted_by_the_core(
    services: Services,
) -> None:
    user = await member()
    await ExternalIdentity.create(user=user, provider="bare", subject="1")
    with_plugin = dataclasses.replace(
        services, providers=ProviderRegistry([*services.providers, CountsNothingItself()])
    )

    assert await sign_in_methods(services, user.id) == 0  # "bare" is not enabled there
    assert await sign_in_methods(with_plugin, user.id) == 1
