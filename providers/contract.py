"""The part of the provider contract that needs no fake server: description, refusals.

The core runs these against every registered provider (tests/providers/test_contract.py).
Plugin authors use the whole contract instead, which signs people in against a fake server
and breaks it on purpose: `commons.plugin_kit.check_provider(scenario)` (docs/plugins.md).
Each check raises AssertionError with a reason.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from providers.base import (
    CredentialCounter,
    IdentityProvider,
    InvalidCredentials,
    ProviderKind,
    ProviderUnavailable,
    RedirectProvider,
)
from providers.plugins import NAME_PATTERN

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
    assert isinstance(provider, IdentityProvider), "must implement IdentityProvider"
    assert NAME_PATTERN.fullmatch(provider.name), (
        f"name {provider.name!r} must be a short lowercase id"
    )
    assert isinstance(provider.kind, ProviderKind), "kind must be a ProviderKind"
    assert provider.display_name.strip(), "display_name must not be empty"
    channels = getattr(provider, "channels", ())
    assert all(isinstance(c, str) for c in channels), "channels must be strings"


async def check_refuses_missing_credentials(provider: IdentityProvider) -> None:
    """Nothing proves nothing: empty credentials raise InvalidCredentials, nothing else."""
    try:
        await provider.authenticate({})
    except InvalidCredentials:
        return
    raise AssertionError("authenticate({}) must raise InvalidCredentials")


async def check_refuses_wrong_credentials(provider: IdentityProvider) -> None:
    """Wrong credentials raise InvalidCredentials and nothing else: one exception for every
    kind of miss, so the core answers all of them alike (an outage is not a miss)."""
    try:
        await provider.authenticate(GARBAGE)
    except InvalidCredentials:
        return
    except ProviderUnavailable as exc:
        raise AssertionError(
            f"wrong credentials must raise InvalidCredentials, not {exc!r}"
        ) from None
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
