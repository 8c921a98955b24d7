"""Opens and closes what the web process shares: database, HTTP client, job queue, counters."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager

from starlette.applications import Starlette
from tortoise import Tortoise

from api.periodic import periodic_timer
from jobs.runtime import job_runtime
from jobs.supervisor import wait_for_database
from jobs.worker import PERIODIC
from providers.codes import CodeProvider
from providers.password import PasswordProvider, make_hasher
from providers.registry import build_registry
from services.identity.code_signin import CodeSignIn
from services.identity.codes import CodeBook
from services.identity.container import Services
from services.identity.sessions import SessionStore
from services.kernel.ratelimit import Counter, FallbackCounter, MemoryCounter, RedisCounter
from services.privacy.access_log import AccessLogBuffer
from settings import Settings


@asynccontextmanager
async def lifespan(app: Starlette) -> AsyncIterator[None]:
    settings: Settings = app.state.settings
    # A second app in the same process (tests, an embedded worker) shares the first's ORM.
    owns_database = not Tortoise.is_inited()
    if owns_database:
        # Bounded: waits up to STARTUP_WAIT_SECONDS for the database, then fails loudly.
        await wait_for_database(settings)
    stack = AsyncExitStack()
    runtime = await stack.enter_async_context(job_runtime(settings))
    pool, job_ctx = runtime.redis, runtime.ctx
    counter: Counter = FallbackCounter(RedisCounter(pool)) if pool is not None else MemoryCounter()
    passwords = PasswordProvider(make_hasher(settings))
    codes = CodeBook(settings, counter)
    outbound = job_ctx["outbound"]
    app.state.services = Services(
        settings=settings,
        queue=runtime.queue,
        counter=counter,
        passwords=passwords,
        codes=codes,
        sessions=SessionStore(settings),
        providers=build_registry(settings, outbound, [passwords, CodeProvider(CodeSignIn(codes))]),
        http=job_ctx["http"],
        outbound=outbound,
    )
    app.state.redis = pool
    app.state.dispatcher = runtime.dispatcher
    # Entered last, so it closes first: the final flush runs while the database is still open.
    access_log = AccessLogBuffer(settings.access_log_buffer_rows)
    app.state.access_log = await stack.enter_async_context(
        access_log.running(settings.access_log_flush_seconds)
    )
    # With Redis the worker's cron runs periodic jobs; without it, this timer.
    if pool is None:
        interval = settings.retention_interval_seconds
        await stack.enter_async_context(periodic_timer(PERIODIC, job_ctx, interval))
    if settings.freeze_startup_objects:
        freeze_startup_objects()
    try:
        yield
    finally:
        await stack.aclose()
        if owns_database:
            await Tortoise.close_connections()


def freeze_startup_objects() -> None:
    """What startup built lives as long as the process: after one last collection it is
    moved to the collector's permanent generation. The access log's buffered rows live about
    a second and set off a full collection now and then; without this, each walked every
    object of the schema, the models and the plans (about 75 ms at a time, docs/performance.md)."""
    gc.collect()
    gc.freeze()
