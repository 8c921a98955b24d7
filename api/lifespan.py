"""Opens and closes what the web process shares: database, HTTP client, job queue, counters."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import Any

from arq import create_pool
from starlette.applications import Starlette
from tortoise import Tortoise

from api.periodic import periodic_timer
from jobs.worker import FUNCTIONS, PERIODIC, close_context, open_context, redis_settings
from models import tortoise_config
from providers.codes import CodeProvider
from providers.password import PasswordProvider, make_hasher
from providers.registry import build_registry
from services.identity.code_signin import CodeSignIn
from services.identity.codes import CodeBook
from services.identity.container import Services
from services.identity.sessions import SessionStore
from services.kernel.queue import ArqQueue, InProcessQueue, JobQueue
from services.kernel.ratelimit import Counter, MemoryCounter, RedisCounter
from settings import Settings


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    # A second app in the same process (tests, an embedded worker) shares the first's ORM.
    owns_database = not Tortoise.is_inited()
    if owns_database:
        await Tortoise.init(
            config=tortoise_config(settings.database_url), _enable_global_fallback=True
        )
    job_ctx: dict[str, Any] = {}
    await open_context(job_ctx, settings)
    pool = await create_pool(redis_settings(settings)) if settings.redis_url else None
    queue: JobQueue
    counter: Counter
    if pool is not None:
        queue, counter = ArqQueue(pool), RedisCounter(pool)
    else:
        queue, counter = InProcessQueue(FUNCTIONS, job_ctx), MemoryCounter()
    passwords = PasswordProvider(make_hasher(settings))
    codes = CodeBook(settings, counter)
    http = job_ctx["http"]
    app.state.services = Services(
        settings=settings,
        queue=queue,
        counter=counter,
        passwords=passwords,
        codes=codes,
        sessions=SessionStore(settings),
        providers=build_registry(settings, http, [passwords, CodeProvider(CodeSignIn(codes))]),
        http=http,
    )
    app.state.redis = pool
    # requests: with Redis the worker's cron runs periodic jobs; without it, this timer.
    timers = AsyncExitStack()
    if pool is None:
        interval = settings.retention_interval_seconds
        await timers.enter_async_context(periodic_timer(PERIODIC, job_ctx, interval))
    try:
        yield
    finally:
        await timers.aclose()
        if isinstance(queue, InProcessQueue):
            await queue.drain()
        if pool is not None:
            await pool.aclose()
        await close_context(job_ctx)
        if owns_database:
            await Tortoise.close_connections()
