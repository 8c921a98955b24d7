"""User names of accounts created by an outside sign-in: valid, close to the login, never odd."""

from __future__ import annotations

from providers.base import VerifiedIdentity
from services.identity.identifiers import USERNAME_PATTERN
from services.identity.provider_usernames import derive_username, username_base


def test_a_login_becomes_a_valid_user_name_keeping_what_it_can() -> None:
    assert derive_username("han.meimei") == "han-meimei"
    assert derive_username("9lives") == "user-9lives"
    assert derive_username("José.García") == "Jose-Garcia"
    assert derive_username("x_" + "y" * 17 + "_") == "x_" + "y" * 17


def test_a_long_login_is_cut_at_a_separator_when_one_is_near() -> None:
    assert derive_username("the-quick-brown-fox-jumps-over-the-lazy-dog") == "the-quick-brown-fox"
    assert derive_username("a" * 40) == "a" * 20


def test_too_little_of_a_login_gives_no_name_rather_than_a_made_up_one() -> None:
    assert derive_username("李雷") is None
    assert derive_username("x") is None
    assert derive_username("--") is None


def identity(**values: object) -> VerifiedIdentity:
    return VerifiedIdentity(provider="gitee", subject="1", **values)  # type: ignore[arg-type]


class Suggests:
    name = "gitee"

    def __init__(self, suggestion: str | None) -> None:
        self.suggestion = suggestion

    def suggest_username(self, found: VerifiedIdentity) -> str | None:
        return self.suggestion


def test_the_provider_suggestion_comes_first_then_nickname_then_a_verified_address() -> None:
    assert username_base(Suggests("grace_h"), identity(login="ghopper")) == "grace_h"
    assert username_base(Suggests(None), identity(login="x", nickname="Grace Hopper")) == (
        "Grace-Hopper"
    )
    verified = identity(email="amazing.grace@example.org", email_verified=True)
    assert username_base(Suggests("李"), verified) == "amazing-grace"


def test_an_unverified_address_is_never_used_and_the_fallback_is_not_the_provider() -> None:
    unverified = identity(email="amazing.grace@example.org", email_verified=False)
    assert username_base(Suggests(None), unverified) == "member"
    assert username_base(Suggests("gitee"), identity()) == "member"
    assert USERNAME_PATTERN.fullmatch(username_base(object(), identity(login="9")))
