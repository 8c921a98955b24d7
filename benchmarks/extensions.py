"""What each Strawberry extension costs on `me`, in-process, without HTTP or a database.

Run by hand (results go to docs/performance.md):

    .venv/bin/python benchmarks/extensions.py [--operations 5000] [--rounds 5]

The signed-in viewer (user and profile) is built in memory and primed into the request's
dataloaders, so only the GraphQL work is timed: parse, validate, execute, the extensions'
hooks. Each configuration is the production schema with one extension left out; rounds
interleave the configurations so drift from other load on the machine hits all alike.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ME = "{ me { id username email createdAt profile { nickname company } } }"


async def main(operations: int, rounds: int) -> None:
    import strawberry
    from tortoise import Tortoise

    from models import tortoise_config
    from models.identity.sessions import Session
    from models.identity.users import Profile, User
    from resolvers.context import Context
    from resolvers.identity.loaders import profiles_by_user
    from resolvers.schema import Mutation, Query, create_schema
    from services.kernel import clock
    from settings import Settings

    await Tortoise.init(config=tortoise_config("sqlite://:memory:"), _enable_global_fallback=True)
    await Tortoise.generate_schemas()
    settings = Settings(_env_file=None)
    now = clock.now()
    user = await User.create(username="bench", username_key="bench", email="b@example.org")
    profile = await Profile.create(user=user, nickname="Bench", company="Commons")
    session = await Session.create(
        user=user, token_hash="x", last_seen_at=now, authenticated_at=now, expires_at=now
    )

    def context() -> Context:
        ctx = Context(request=None, response=None, services=None, client=None, token="x")  # type: ignore[arg-type]
        ctx._session = session
        ctx.loaders.of(profiles_by_user).prime(user.id, profile)
        return ctx

    production = create_schema(settings)
    factories: list[Any] = list(production.extensions)  # classes or factories, one per request
    configs: dict[str, strawberry.Schema] = {"all (production)": production}
    for factory in factories:
        rest = [f for f in factories if f is not factory]
        name = factory.__name__ if isinstance(factory, type) else type(factory()).__name__
        configs[f"without {name}"] = strawberry.Schema(
            query=Query, mutation=Mutation, extensions=rest, config=production.config
        )
    configs["none"] = strawberry.Schema(query=Query, mutation=Mutation, config=production.config)

    for schema in configs.values():  # warm caches
        for _ in range(200):
            result = await schema.execute(ME, context_value=context())
            assert result.errors is None, result.errors
    timings: dict[str, list[float]] = {name: [] for name in configs}
    for _ in range(rounds):
        for name, schema in configs.items():
            started = time.perf_counter()
            for _ in range(operations):
                await schema.execute(ME, context_value=context())
            timings[name].append((time.perf_counter() - started) / operations * 1e6)
    base = statistics.median(timings["all (production)"])
    print(f"{'configuration':<34} {'µs/op (median)':>15} {'vs production':>14}")
    for name, values in timings.items():
        median = statistics.median(values)
        print(f"{name:<34} {median:>15.0f} {median - base:>+13.0f}µ")
    await Tortoise.close_connections()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--operations", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.operations, args.rounds))
