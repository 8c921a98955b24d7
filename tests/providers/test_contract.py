"""The provider contract (providers/contract.py) holds for every registered provider."""

from __future__ import annotations

import pytest

from providers.base import InvalidCredentials, ProviderKind, VerifiedIdentity
from providers.contract import check_description, check_provider
from services.identity.container import Services


async def test_every_registered_provider_keeps_the_contract(services: Services) -> None:
    names = [provider.name for provider in services.providers]
    assert {"password", "code", "gitee", "oidc-example"} <= set(names)
    for provider in services.providers:
        await check_provider(provider)


class SaysYesToEveryone:
    name = "yes"
    kind = ProviderKind.PASSWORD
    display_name = "Yes"

    async def authenticate(self, credentials: object) -> VerifiedIdentity:
        return VerifiedIdentity(provider="yes", subject="anyone", user_id=1)


class BadlyNamed:
    name = "Bad Name!"
    kind = ProviderKind.OAUTH
    display_name = "Bad"

    async def authenticate(self, credentials: object) -> VerifiedIdentity:
        raise InvalidCredentials


async def test_the_contract_catches_a_provider_that_proves_nothing() -> None:
    with pytest.raises(AssertionError, match="InvalidCredentials"):
        await check_provider(SaysYesToEveryone())


def test_the_contract_catches_a_bad_name() -> None:
    with pytest.raises(AssertionError, match="short lowercase id"):
        check_description(BadlyNamed())
