"""The contract every identity provider keeps, as plain async checks plugin authors can run.

    from providers.contract import check_provider

    async def test_my_provider_keeps_the_contract() -> None:
        await check_provider(MyProvider(...))

`check_provider` runs every check; each check raises AssertionError with a reason. Checks
that call `authenticate` need whatever the provider talks to (a database for the built-ins,
a fake server for OAuth providers) to be reachable.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

from providers.base import (
    CredentialCounter,
    IdentityProvider,
    InvalidCredentials,
    ProviderKind,
    ProviderUnavailable,
    RedirectProvider,
)

NAME_PATTERN = re.compile(r"^[a-z][a-z0-9_-]{1,31}$")
# No real account answers to these, whatever the provider asks for.
GARBAGE = {
    "identifier": "nobody-at-all",
    "password": "not the password",
    "target": "nobody@example.invalid",
    "code": "000000-not-a-code",
    "redirect_uri": "http://127.0.0.1/callback",
}


def check_description(provider: object) -> None:
    """A provider says who it is: a short lowercase `name`, a `kind`, a `display_name`."""
    assert isinstance(provider, IdentityProvider), "implements IdentityProvider"
    assert NAME_PATTERN.fullmatch(provider.name), f"name {provider.name!r} is a short lowercase id"
    assert isinstance(provider.kind, ProviderKind), "kind is a ProviderKind"
    assert provider.display_name.strip(), "display_name is not empty"
    channels = getattr(provider, "channels", ())
    assert all(isinstance(c, str) for c in channels), "channels are strings"


async def check_refuses_missing_credentials(provider: IdentityProvider) -> None:
    """Nothing proves nothing: empty credentials raise InvalidCredentials, nothing else."""
    try:
        await provider.authenticate({})
    except InvalidCredentials:
        return
    raise AssertionError("authenticate({}) must raise InvalidCredentials")


async def check_refuses_wrong_credentials(provider: IdentityProvider) -> None:
    """Wrong credentials raise InvalidCredentials (or ProviderUnavailable for an outage):
    one exception for every kind of miss, so the core answers all of them alike."""
    try:
        await provider.authenticate(GARBAGE)
    except (InvalidCredentials, ProviderUnavailable):
        return
    raise AssertionError("wrong credentials must raise InvalidCredentials")


async def check_authorize_url(provider: RedirectProvider) -> None:
    """A redirect provider's URL carries the state and redirect URI it was given."""
    url = await provider.authorize_url("https://portal.example/callback", "state-123")
    parts = urlsplit(url)
    assert parts.scheme in ("http", "https"), "the authorize URL is http(s)"
    query = parse_qs(parts.query)
    assert query.get("state") == ["state-123"], "the state is passed on unchanged"
    assert query.get("redirect_uri") == ["https://portal.example/callback"], "redirect URI"


async def check_counts_credentials(provider: CredentialCounter) -> None:
    """An account that does not exist has no credentials here."""
    count = await provider.active_credentials(-1)
    assert count == 0, "active_credentials of an unknown account is 0"


async def check_provider(provider: IdentityProvider) -> None:
    """Every check that applies to `provider`."""
    check_description(provider)
    await check_refuses_missing_credentials(provider)
    await check_refuses_wrong_credentials(provider)
    if isinstance(provider, RedirectProvider):
        await check_authorize_url(provider)
    if isinstance(provider, CredentialCounter):
        await check_counts_credentials(provider)
