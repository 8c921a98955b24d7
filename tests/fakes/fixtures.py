"""Session fixtures for the fake outside services the test server is pointed at.

The suite runs one API server (one Tortoise context per process), configured as staging
would be: SMS through a fake gateway, Gitee at a fake Gitee, and the example plugin's
OIDC server at a fake one, set through the plugin's own environment variables.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from tests.fakes.bilibili import FakeBilibili
from tests.fakes.cla import FakeClaService
from tests.fakes.gitee import FakeGitee
from tests.fakes.gitee_api import FakeGiteeApi
from tests.fakes.mailman_lists import PASSWORD as MAILMAN_PASSWORD
from tests.fakes.mailman_lists import USERNAME as MAILMAN_USERNAME
from tests.fakes.mailman_lists import FakeMailmanCore
from tests.fakes.oidc import FakeOidc
from tests.fakes.recording_source import FakeRecordingSource
from tests.fakes.sms_gateway import FakeSmsGateway
from tests.support.oauth import FRONTEND


@pytest.fixture(scope="session")
async def sms_gateway() -> AsyncIterator[FakeSmsGateway]:
    gateway = FakeSmsGateway()
    await gateway.start()
    yield gateway
    await gateway.stop()


@pytest.fixture(scope="session")
async def gitee() -> AsyncIterator[FakeGitee]:
    fake = FakeGitee()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def oidc() -> AsyncIterator[FakeOidc]:
    fake = FakeOidc()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def gitee_api_server() -> AsyncIterator[FakeGiteeApi]:
    """Gitee's API v5 for the contribution import (a server apart from the OAuth fake)."""
    fake = FakeGiteeApi()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def cla_server() -> AsyncIterator[FakeClaService]:
    fake = FakeClaService()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def mailman_core_server() -> AsyncIterator[FakeMailmanCore]:
    fake = FakeMailmanCore()
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
def plugin_environment(oidc: FakeOidc) -> Iterator[None]:
    """The example plugin reads OIDC_EXAMPLE_* from the environment, as an operator sets it."""
    values = {
        "OIDC_EXAMPLE_ISSUER": oidc.url,
        "OIDC_EXAMPLE_CLIENT_ID": oidc.client_id,
        "OIDC_EXAMPLE_CLIENT_SECRET": oidc.client_secret,
        "OIDC_EXAMPLE_DISPLAY_NAME": "Example SSO",
    }
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def outside_services(
    sms_gateway: FakeSmsGateway,
    gitee: FakeGitee,
    plugin_environment: None,
    gitee_api_server: FakeGiteeApi,
    cla_server: FakeClaService,
    mailman_core_server: FakeMailmanCore,
) -> dict[str, Any]:
    """Settings that point Commons at the fakes."""
    return {
        "public_url": FRONTEND,
        "sms_gateway_url": sms_gateway.send_url,
        "sms_gateway_token": sms_gateway.token,
        "sms_gateway_timeout_seconds": 0.5,
        "sms_retry_seconds": 0,
        "gitee_client_id": gitee.client_id,
        "gitee_client_secret": gitee.client_secret,
        "gitee_base_url": gitee.url,
        # community participation (issue 9)
        "gitee_api_url": gitee_api_server.api_url,
        "gitee_api_token": gitee_api_server.token,
        "cla_service_url": cla_server.url,
        "cla_link_id": cla_server.link_id,
        "mailman_base_url": mailman_core_server.url,
        "mailman_username": MAILMAN_USERNAME,
        "mailman_password": MAILMAN_PASSWORD,
    }


@pytest.fixture(autouse=True)
def fresh_fakes(
    sms_gateway: FakeSmsGateway,
    gitee: FakeGitee,
    oidc: FakeOidc,
    gitee_api_server: FakeGiteeApi,
    cla_server: FakeClaService,
    mailman_core_server: FakeMailmanCore,
) -> None:
    """Each test starts with empty fakes and no failure switches on."""
    sms_gateway.reset()
    gitee.reset()
    oidc.reset()
    gitee_api_server.reset()
    cla_server.reset()
    mailman_core_server.reset()


# Meetings: Bilibili (small chunks, so a test's recording has several parts) and the
# meeting platform's recording store. Started only by the tests that use them.
RECORDING_CHUNK = 256 * 1024


@pytest.fixture(scope="session")
async def bilibili() -> AsyncIterator[FakeBilibili]:
    fake = FakeBilibili(chunk_size=RECORDING_CHUNK, threads=3)
    await fake.start()
    yield fake
    await fake.stop()


@pytest.fixture(scope="session")
async def recording_source() -> AsyncIterator[FakeRecordingSource]:
    fake = FakeRecordingSource()
    await fake.start()
    yield fake
    await fake.stop()
