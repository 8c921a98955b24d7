"""The OAuth state cookie: signed, bound to one provider and one flow, short-lived."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine

from services.identity.oauth_state import check_redirect_uri, finish_flow, start_flow
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

SETTINGS = Settings(
    _env_file=None, secret_key="k", public_url="https://portal.example", oauth_state_minutes=10
)
CALLBACK = "https://portal.example/cb"


def refused(provider: str, state: str, cookie: str | None) -> ErrorCode:
    with pytest.raises(DomainError) as caught:
        finish_flow(SETTINGS, provider, state, cookie, ["oauth"])
    return caught.value.code


def test_the_flow_started_in_this_browser_finishes() -> None:
    flow = start_flow(SETTINGS, "gitee", CALLBACK)

    assert finish_flow(SETTINGS, "gitee", flow.state, flow.cookie, ["oauth"]) == CALLBACK


def test_a_wrong_state_provider_or_forged_cookie_is_refused() -> None:
    flow = start_flow(SETTINGS, "gitee", CALLBACK)
    body, _, signature = flow.cookie.partition(".")
    forged = start_flow(Settings(_env_file=None, secret_key="other"), "gitee", CALLBACK)

    assert refused("gitee", "guessed", flow.cookie) is ErrorCode.OAUTH_STATE_MISMATCH
    assert refused("oidc-example", flow.state, flow.cookie) is ErrorCode.OAUTH_STATE_MISMATCH
    assert refused("gitee", forged.state, forged.cookie) is ErrorCode.OAUTH_STATE_MISMATCH
    assert refused("gitee", flow.state, f"{body}x.{signature}") is ErrorCode.OAUTH_STATE_MISMATCH
    assert refused("gitee", flow.state, None) is ErrorCode.OAUTH_STATE_MISMATCH
    assert refused("gitee", "ünïcode", flow.cookie) is ErrorCode.OAUTH_STATE_MISMATCH


def test_a_flow_expires() -> None:
    flow = start_flow(SETTINGS, "gitee", CALLBACK)

    with time_machine.travel(clock.now() + timedelta(minutes=11)):
        assert refused("gitee", flow.state, flow.cookie) is ErrorCode.OAUTH_STATE_MISMATCH


def test_only_our_frontends_receive_codes() -> None:
    assert check_redirect_uri(SETTINGS, CALLBACK, ["r"]) == CALLBACK
    for foreign in ("https://evil.example/cb", "javascript:alert(1)", "//portal.example/cb"):
        with pytest.raises(DomainError):
            check_redirect_uri(SETTINGS, foreign, ["r"])
    several = Settings(
        _env_file=None, oauth_redirect_origins="https://a.example, https://b.example"
    )
    assert check_redirect_uri(several, "https://b.example/x", ["r"]) == "https://b.example/x"
