"""Where a `me` request's time goes, layer by layer, in-process (no HTTP server, no network).

Run by hand (results go to docs/performance.md):

    .venv/bin/python benchmarks/layers.py [--requests 3000] [--rounds 5]

It seeds a fresh SQLite database (benchmarks/apps.py), then times the same signed-in `me`
through each layer, peeling one off at a time, in interleaved rounds:

    bare            Starlette, no middleware, the same read by hand (benchmarks/apps.py:bare)
    commons         the whole application: every middleware, the view, the schema
    no middleware   the router and the Strawberry view only
    schema.execute  Strawberry's execution with the production pipeline (queries run from
                    plans, resolvers/plans.py), no HTTP at all
    graphql-core    graphql-core's own executor on the same cached document: what a plan
                    replaces, for comparison

The differences between neighbours are what each layer costs; uvicorn's HTTP parsing and the
socket, which both targets of benchmarks/run.py pay alike, are not in any of them.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "{ me { id username email createdAt profile { nickname company } } }"
BODY = json.dumps({"query": ME}).encode()


def scope_for(app: Any, path: str, token: str) -> dict[str, Any]:
    return {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": b"",
        "root_path": "",
        "client": ("127.0.0.1", 5555),
        "server": ("127.0.0.1", 8000),
        "app": app,
        "headers": [
            (b"host", b"127.0.0.1:8000"),
            (b"content-type", b"application/json"),
            (b"authorization", f"Bearer {token}".encode()),
            (b"content-length", str(len(BODY)).encode()),
            (b"user-agent", b"layers/1.0"),
        ],
    }


def asgi_call(app: Any, path: str, token: str, owner: Any = None) -> Callable[[], Awaitable[None]]:
    """`owner`: the application whose state the endpoint reads, when `app` is a part of it."""

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": BODY, "more_body": False}

    async def call() -> None:
        sent: list[dict[str, Any]] = []

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope_for(owner or app, path, token), receive, send)
        assert b'"username":"bench"' in sent[-1]["body"], sent

    return call


async def lifespan(app: Any) -> Callable[[], Awaitable[None]]:
    inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    outbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
    await inbox.put({"type": "lifespan.startup"})
    task = asyncio.create_task(
        app({"type": "lifespan", "asgi": {"version": "3.0"}, "state": {}}, inbox.get, outbox.put)
    )
    started = await outbox.get()
    assert started["type"] == "lifespan.startup.complete", started

    async def stop() -> None:
        await inbox.put({"type": "lifespan.shutdown"})
        await task

    return stop


def seed() -> str:
    """A fresh SQLite database with the benchmark's member; returns its session token."""
    scratch = Path(tempfile.mkdtemp(prefix="commons-layers-"))
    database_url = f"sqlite://{scratch}/layers.sqlite3"
    seeded = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks/apps.py"), "seed", database_url],
        capture_output=True,
        text=True,
        check=True,
    )
    os.environ.update(
        DATABASE_URL=database_url,
        SECRET_KEY="benchmark-secret-key-not-for-production",
        DEBUG="false",
    )
    token: str = json.loads(seeded.stdout.splitlines()[-1])["token"]
    return token


async def main(token: str, requests: int, rounds: int) -> None:

    import apps  # benchmarks/apps.py, beside this script
    from graphql import ExecutionResult, execute, parse

    from resolvers.context import Context
    from services.kernel.client import ClientInfo

    commons = apps.commons()
    bare = apps.bare()
    # One Tortoise per process: commons' lifespan opens the database bare reads as well.
    stop = await lifespan(commons)
    view = next(r for r in commons.routes if getattr(r, "path", "") == "/graphql")
    schema = view.endpoint.schema  # type: ignore[attr-defined]
    services = commons.state.services
    document = parse(ME)

    def context() -> Context:
        return Context(
            request=None,  # type: ignore[arg-type]
            services=services,
            client=ClientInfo("127.0.0.1", "layers/1.0"),
            token=token,
        )

    async def strawberry_execute() -> None:
        result = await schema.execute(ME, context_value=context())
        assert result.errors is None, result.errors

    async def core_execute() -> None:
        request = context()
        await request.session()  # as the pipeline does before execution
        outcome = execute(schema._schema, document, context_value=request)
        result = await outcome if inspect.isawaitable(outcome) else outcome
        assert isinstance(result, ExecutionResult) and result.errors is None, result

    layers: dict[str, Callable[[], Awaitable[None]]] = {
        "bare": asgi_call(bare, "/me", token),
        "commons": asgi_call(commons, "/graphql", token),
        "no middleware": asgi_call(commons.router, "/graphql", token, commons),
        "schema.execute": strawberry_execute,
        "graphql-core": core_execute,
    }
    for call in layers.values():  # warm caches, connections and the parse cache
        for _ in range(300):
            await call()
    timings: dict[str, list[float]] = {name: [] for name in layers}
    for _ in range(rounds):
        for name, call in layers.items():
            started = time.perf_counter()
            for _ in range(requests):
                await call()
            timings[name].append((time.perf_counter() - started) / requests * 1e6)
    print(f"{'layer':<16} {'µs/request (median)':>20}  rounds")
    for name, values in timings.items():
        rounded = ", ".join(f"{v:.0f}" for v in values)
        print(f"{name:<16} {statistics.median(values):>20.0f}  {rounded}")
    await stop()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(seed(), args.requests, args.rounds))
