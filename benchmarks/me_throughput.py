"""Requests per second of GraphQL `me` against a bare Starlette endpoint doing the same reads.

Run by hand (results go to docs/performance.md):

    .venv/bin/python benchmarks/me_throughput.py [--requests 3000] [--concurrency 20]

One server process serves both endpoints from one app and one database (a fresh SQLite file,
or DATABASE_URL when set); this process is the load generator, so on a 2-core machine each
side has a core. Rounds alternate between the endpoints so drift hits both alike.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import aiohttp

ROOT = Path(__file__).resolve().parent.parent
ME = '{"query": "{ me { id username email createdAt profile { nickname company } } }"}'


def serve(database_url: str, port: int) -> None:
    """The server side: migrate, seed one member with a session, print its token, serve."""
    sys.path.insert(0, str(ROOT))
    import uvicorn
    from starlette.requests import Request
    from starlette.responses import JSONResponse
    from starlette.routing import Route

    from api.app import create_app
    from api.migrations import apply_migrations
    from models.identity.users import Profile, User
    from settings import Settings

    asyncio.run(apply_migrations(database_url))
    settings = Settings(
        _env_file=None,
        database_url=database_url,
        port=port,
        session_cookie_secure=False,
        # DEBUG=false needs a real key (docs/security.md); a fresh one per run is fine here.
        secret_key=secrets.token_urlsafe(48),
    )
    app = create_app(settings)

    async def bare_me(request: Request) -> JSONResponse:
        """The same reads as `me`: session by token hash with its user, then the profile."""
        token = request.headers.get("authorization", "").removeprefix("Bearer ")
        session = await app.state.services.sessions.resolve(token)
        if session is None:
            return JSONResponse({"data": {"me": None}})
        user = session.user
        profile = await Profile.get(user_id=user.id)
        return JSONResponse(
            {
                "data": {
                    "me": {
                        "id": str(user.public_id),
                        "username": user.username,
                        "email": user.email,
                        "createdAt": user.created_at.isoformat(),
                        "profile": {"nickname": profile.nickname, "company": profile.company},
                    }
                }
            }
        )

    app.router.routes.append(Route("/bare-me", bare_me, methods=["POST"]))

    async def main() -> None:
        config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
        server = uvicorn.Server(config)
        task = asyncio.create_task(server.serve())
        while not server.started:
            await asyncio.sleep(0.05)
        from services.kernel.client import ClientInfo

        user = await User.create(username="bench", username_key="bench", email="bench@example.org")
        await Profile.create(user=user, nickname="Bench", company="Commons")
        new = await app.state.services.sessions.start(user, ClientInfo("127.0.0.1", "bench"))
        print(json.dumps({"token": new.token}), flush=True)
        await task

    asyncio.run(main())


async def load(url: str, token: str, requests: int, concurrency: int) -> float:
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    remaining = requests
    async with aiohttp.ClientSession() as http:

        async def worker() -> None:
            nonlocal remaining
            while remaining > 0:
                remaining -= 1
                async with http.post(url, data=ME, headers=headers) as response:
                    body = await response.json()
                    assert body["data"]["me"]["username"] == "bench", body

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return requests / (time.perf_counter() - started)


async def measure(port: int, token: str, requests: int, concurrency: int, rounds: int) -> None:
    base = f"http://127.0.0.1:{port}"
    endpoints = {"GraphQL me": f"{base}/graphql", "bare Starlette": f"{base}/bare-me"}
    for url in endpoints.values():
        await load(url, token, 300, concurrency)  # warm-up
    results: dict[str, list[float]] = {name: [] for name in endpoints}
    for _ in range(rounds):
        for name, url in endpoints.items():
            results[name].append(await load(url, token, requests, concurrency))
    print(f"{'endpoint':<16} {'median req/s':>12} {'rounds':>30}")
    for name, values in results.items():
        rounds_text = ", ".join(f"{v:.0f}" for v in values)
        print(f"{name:<16} {statistics.median(values):>12.0f} {rounds_text:>30}")
    ratio = statistics.median(results["GraphQL me"]) / statistics.median(results["bare Starlette"])
    print(f"GraphQL me runs at {ratio:.0%} of the bare endpoint's rate")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--database-url")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if args.serve:
        serve(args.database_url, args.port)
        return
    with tempfile.TemporaryDirectory() as scratch:
        database_url = os.environ.get("DATABASE_URL") or f"sqlite://{scratch}/bench.sqlite3"
        server = subprocess.Popen(
            [
                sys.executable,
                __file__,
                "--serve",
                "--database-url",
                database_url,
                "--port",
                str(args.port),
            ],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        try:
            assert server.stdout is not None
            token = json.loads(server.stdout.readline())["token"]
            print(
                f"database: {database_url.split(':', 1)[0]}, requests per round: "
                f"{args.requests}, concurrency: {args.concurrency}"
            )
            asyncio.run(measure(args.port, token, args.requests, args.concurrency, args.rounds))
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
