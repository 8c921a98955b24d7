"""PostgreSQL restarted under a stream of code requests, against a PostgreSQL of this test's
own (initdb in a temporary folder, a free port) and a real `commons serve`: every answer is
data or a masked error with a request id, and every code the API said it sent arrives."""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
import tempfile
from asyncio.subprocess import DEVNULL, PIPE
from collections import Counter
from pathlib import Path

import aiohttp

from tests.conftest import free_port
from tests.support.client import SEND_CODE
from tests.support.mailbox import Mailbox
from tests.support.policies import STATEMENT

COMMONS = str(Path(sys.executable).with_name("commons"))
BIN = next(Path("/usr/lib/postgresql").glob("*/bin"), Path("/usr/lib/postgresql/bin"))


class OwnPostgres:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        # PostgreSQL refuses to run as root: then it runs as the `postgres` account.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/commons"

    async def _run(self, *args: str) -> None:
        process = await asyncio.create_subprocess_exec(
            *self.as_user, *args, stdout=DEVNULL, stderr=PIPE
        )
        _, err = await process.communicate()
        assert process.returncode == 0, err.decode()

    async def init(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        if self.as_user:
            shutil.chown(self.folder, "postgres")
        await self._run(str(BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust")
        await self.ctl("start")

    async def ctl(self, action: str) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder}"
        await self._run(
            str(BIN / "pg_ctl"), action, "-D", str(self.data), "-m", "fast", "-w", "-o", options,
            "-l", str(self.folder / "log"),
        )  # fmt: skip


MASKED = {"Unexpected error.", "A service we depend on is unavailable. Try again shortly."}


async def test_a_postgres_restart_under_a_stream_of_requests_leaks_nothing_and_loses_no_mail(
    mailbox: Mailbox,
) -> None:
    # Not under pytest's root-only folder: the `postgres` account must reach it.
    folder = Path(tempfile.mkdtemp(prefix="commons-own-postgres-"))
    postgres = OwnPostgres(folder)
    await postgres.init()
    port = free_port()
    env = {
        **os.environ,
        "DATABASE_URL": postgres.url,
        "SECRET_KEY": "restart-secret-of-at-least-thirty-two-characters",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "SMTP_HOST": "127.0.0.1",
        "SMTP_PORT": str(mailbox.controller.port),
        "JOB_RETRY_SECONDS": "0.2",
        "JOB_RETRY_MAX_SECONDS": "1",
        "PYTHONUNBUFFERED": "1",
        # Requests come "from" many addresses, past the per-address code limit.
        "TRUSTED_PROXIES": "127.0.0.1/32",
    }
    env.pop("REDIS_URL", None)
    for args in (("migrate",), ("policy", "publish", str(STATEMENT), "--if-missing")):
        process = await asyncio.create_subprocess_exec(COMMONS, *args, env=env, stdout=DEVNULL)
        assert await process.wait() == 0
    server = await asyncio.create_subprocess_exec(
        COMMONS, "serve", env=env, stdout=DEVNULL, stderr=DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    outcomes: Counter[str] = Counter()
    sent: list[str] = []
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as http:
            for _ in range(200):
                try:
                    async with http.get(f"{base}/healthz") as response:
                        if response.status == 200:
                            break
                except aiohttp.ClientError:
                    await asyncio.sleep(0.05)

            async def request(n: int) -> None:
                address = f"restart{n}@example.org"
                body = {
                    "query": SEND_CODE,
                    "variables": {
                        "input": {"channel": "EMAIL", "target": address, "purpose": "SIGN_UP"}
                    },
                }
                forwarded = {"X-Forwarded-For": f"203.0.113.{n + 1}"}
                async with http.post(f"{base}/graphql", json=body, headers=forwarded) as response:
                    answer = await response.json()
                payload = (answer.get("data") or {}).get("sendVerificationCode")
                if payload is not None:
                    assert payload["userErrors"] == [], payload
                    assert payload["sent"] is True
                    sent.append(address)
                    outcomes["sent"] += 1
                    return
                for error in answer.get("errors", []):
                    # Never internal text: only a masked message, with a request id.
                    assert error["message"] in MASKED, error
                    assert error["extensions"]["requestId"]
                outcomes["masked error"] += 1

            # A few requests, then the restart under the stream, then ten more after it:
            # those must all succeed (the pool recovered). Bounded: 200 requests at most.
            restart: asyncio.Task[None] | None = None
            after = 0
            for n in range(200):
                if n == 5:
                    restart = asyncio.create_task(postgres.ctl("restart"))
                await request(n)
                if restart is not None and restart.done():
                    after += 1
                    if after == 1:
                        outcomes.clear()  # count from here: the database is back
                    if after > 10:
                        break
                await asyncio.sleep(0.02)
            assert restart is not None
            await restart
            # sent = delivered, while the API still runs its jobs (a retry may be pending).
            for _ in range(600):
                if all(mailbox.to(a) for a in sent):
                    break
                await asyncio.sleep(0.05)
    finally:
        server.terminate()
        await server.wait()
        await postgres.ctl("stop")
        shutil.rmtree(folder, ignore_errors=True)
    # Once the database is back, every request succeeds.
    assert outcomes == {"sent": 10}, outcomes
    # sent = delivered: every code the API said it sent arrived.
    assert [a for a in sent if not mailbox.to(a)] == []
