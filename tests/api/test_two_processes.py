"""Two API processes share sessions, limits and policies through the database and Redis.

Two real `commons serve` processes (as two replicas behind a load balancer would run) on the
suite's database and the suite's Redis (TEST_REDIS_URL): whatever one of them decides, the
other knows at once, because neither keeps that state in its own memory.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import aiohttp
import pytest
from redis.asyncio import Redis

from models.identity.users import User
from providers.password import make_hasher
from settings import Settings
from tests.conftest import free_port
from tests.support.client import LOG_IN, ME, GraphQLClient, codes_of
from tests.support.policies import STATEMENT

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/12")
COMMONS = str(Path(sys.executable).parent / "commons")
PASSWORD = "two processes, one truth"
UPDATE_PROFILE = """
mutation Update($input: UpdateProfileInput!) {
  updateProfile(input: $input) { profile { nickname } userErrors { code } }
}"""
GRANT = """
mutation Grant($input: GrantConsentInput!) {
  grantConsent(input: $input) { userErrors { code } }
}"""
LOG_OUT = "mutation { logOut { userErrors { code } } }"


@dataclass
class Replicas:
    env: dict[str, str]
    a: str
    b: str


def _environment(database_url: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "SECRET_KEY": "two-processes-test-secret-key-of-32-characters-or-more",
        "SESSION_COOKIE_SECURE": "false",
        "ARGON2_TIME_COST": "1",
        "ARGON2_MEMORY_KIB": "1024",
        "HOST": "127.0.0.1",
    }


async def _until_up(base_url: str, process: subprocess.Popen[bytes]) -> None:
    async with aiohttp.ClientSession() as http:
        for _ in range(600):
            assert process.poll() is None, f"replica exited with {process.returncode}"
            try:
                async with http.get(f"{base_url}/healthz") as answer:
                    if answer.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.05)
    raise AssertionError(f"{base_url} did not come up")


@pytest.fixture(scope="module")
def _processes(
    database_url: str,
) -> Iterator[tuple[dict[str, str], list[str], list[subprocess.Popen[bytes]]]]:
    env = _environment(database_url)
    ports = [free_port(), free_port()]
    processes = [
        subprocess.Popen([COMMONS, "serve"], env={**env, "PORT": str(port)})  # noqa: S603
        for port in ports
    ]
    try:
        yield env, [f"http://127.0.0.1:{port}" for port in ports], processes
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


@pytest.fixture
async def replicas(
    _processes: tuple[dict[str, str], list[str], list[subprocess.Popen[bytes]]],
) -> AsyncIterator[Replicas]:
    env, urls, processes = _processes
    for url, process in zip(urls, processes, strict=True):
        await _until_up(url, process)
    redis = Redis.from_url(REDIS_URL)
    await redis.flushdb()  # counters of earlier tests
    await redis.aclose()
    yield Replicas(env, urls[0], urls[1])


@pytest.fixture
async def alice() -> User:
    settings = Settings(_env_file=None, argon2_time_cost=1, argon2_memory_kib=1024)
    return await User.create(
        username="alice",
        username_key="alice",
        email="alice@example.org",
        password_hash=make_hasher(settings).hash(PASSWORD),
    )


@pytest.fixture
async def clients(replicas: Replicas) -> AsyncIterator[tuple[GraphQLClient, GraphQLClient]]:
    a, b = GraphQLClient(replicas.a), GraphQLClient(replicas.b)
    yield a, b
    await a.close()
    await b.close()


async def _log_in(client: GraphQLClient, password: str = PASSWORD) -> dict[str, object]:
    return await client.mutate(
        "logIn", LOG_IN, input={"password": {"identifier": "alice", "password": password}}
    )


async def test_a_session_made_on_one_process_works_and_ends_on_the_other(
    clients: tuple[GraphQLClient, GraphQLClient], alice: User
) -> None:
    on_a, on_b = clients
    signed_in = await _log_in(on_a)
    assert signed_in["userErrors"] == []

    on_b.bearer = on_a.bearer = str(signed_in["sessionToken"])
    assert (await on_b.execute(ME))["me"]["username"] == "alice"

    assert (await on_b.mutate("logOut", LOG_OUT))["userErrors"] == []
    assert (await on_a.execute(ME))["me"] is None


async def test_a_rate_limit_reached_across_both_processes_holds_on_each(
    clients: tuple[GraphQLClient, GraphQLClient], alice: User
) -> None:
    on_a, on_b = clients
    # Ten failures allowed per account (LOGIN_MAX_FAILURES_PER_ACCOUNT): five on each process.
    for _ in range(5):
        for client in (on_a, on_b):
            assert codes_of(await _log_in(client, "wrong password")) == ["INVALID_CREDENTIALS"]

    for client in (on_a, on_b):
        refused = await _log_in(client)  # even the right password, until the window passes
        assert codes_of(refused) == ["RATE_LIMITED"] and refused["sessionToken"] is None


async def test_a_policy_published_through_one_process_is_enforced_at_once_by_both(
    replicas: Replicas, clients: tuple[GraphQLClient, GraphQLClient], alice: User
) -> None:
    on_a, on_b = clients
    on_a.bearer = on_b.bearer = str((await _log_in(on_a))["sessionToken"])
    for client in (on_a, on_b):
        updated = await client.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "A"})
        assert updated["userErrors"] == []

    publish = await asyncio.create_subprocess_exec(
        COMMONS,
        "policy",
        "publish",
        str(STATEMENT),
        "--material",
        env=replicas.env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, errors = await publish.communicate()
    assert publish.returncode == 0, errors.decode()

    for client in (on_a, on_b):
        status, body = await client.raw(
            {"query": UPDATE_PROFILE, "variables": {"input": {"nickname": "B"}}}
        )
        assert status == 200 and body["errors"][0]["extensions"]["code"] == "CONSENT_REQUIRED"

    granted = await on_a.mutate(
        "grantConsent",
        GRANT,
        input={"purposes": ["ACCOUNT_SERVICE"], "policyVersion": "v20241205", "method": "BANNER"},
    )
    assert granted["userErrors"] == []
    updated = await on_b.mutate("updateProfile", UPDATE_PROFILE, input={"nickname": "B"})
    assert updated == {"profile": {"nickname": "B"}, "userErrors": []}


@pytest.mark.parametrize(
    "database, redis",
    [("sqlite://./var/never-created.sqlite3", REDIS_URL), ("postgres://x@127.0.0.1/x", "")],
)
async def test_several_workers_are_refused_without_postgresql_and_redis(
    database: str, redis: str
) -> None:
    env = {**_environment(database), "REDIS_URL": redis}
    serve = await asyncio.create_subprocess_exec(
        COMMONS, "serve", "--workers", "2", env=env, stderr=asyncio.subprocess.PIPE
    )
    _, errors = await serve.communicate()

    assert serve.returncode != 0
    assert "--workers > 1 needs PostgreSQL and REDIS_URL" in errors.decode()
