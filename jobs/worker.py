"""The arq worker: `commons worker` runs `WorkerSettings`; the API's in-process queue uses
`FUNCTIONS` and `open_context`, so a job runs the same code under both transports."""

from __future__ import annotations

from typing import Any

import aiohttp
from arq import cron
from arq.connections import RedisSettings
from tortoise import Tortoise

from jobs.guardians import purge_unconfirmed_children
from jobs.mail import send_mail
from jobs.policies import announce_policy
from jobs.privacy import build_privacy_export, purge_expired_data, remind_privacy_officers
from jobs.sms import send_sms
from models import tortoise_config
from services.delivery.sms import make_sender
from services.kernel.queue import JobFunction
from settings import Settings, load_settings

FUNCTIONS: dict[str, JobFunction] = {"send_mail": send_mail, "send_sms": send_sms}
# requests
FUNCTIONS.update(
    build_privacy_export=build_privacy_export,
    purge_expired_data=purge_expired_data,
    remind_privacy_officers=remind_privacy_officers,
)
# consent
FUNCTIONS["announce_policy"] = announce_policy
FUNCTIONS["purge_unconfirmed_children"] = purge_unconfirmed_children


async def open_context(ctx: dict[str, Any], settings: Settings) -> None:
    """Shared clients for jobs; the caller owns the database connection."""
    http = aiohttp.ClientSession()
    ctx.update(settings=settings, http=http, sms=make_sender(settings, http))


async def close_context(ctx: dict[str, Any]) -> None:
    http: aiohttp.ClientSession | None = ctx.get("http")
    if http is not None:
        await http.close()


async def startup(ctx: dict[str, Any]) -> None:
    settings: Settings = ctx.get("settings") or load_settings()
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    await open_context(ctx, settings)


async def shutdown(ctx: dict[str, Any]) -> None:
    await close_context(ctx)
    await Tortoise.close_connections()


def redis_settings(settings: Settings) -> RedisSettings:
    assert settings.redis_url, "the worker needs REDIS_URL"
    return RedisSettings.from_dsn(settings.redis_url)


class WorkerSettings:
    functions = list(FUNCTIONS.values())
    on_startup = startup
    on_shutdown = shutdown
    max_tries = 5
    cron_jobs: list[Any] = [
        # requests: retention purge hourly, officer reminders daily
        cron(purge_expired_data, minute=7),
        cron(remind_privacy_officers, hour=8, minute=0),
        # consent: unconfirmed child accounts go after GUARDIAN_WAIT_DAYS (statement §9)
        cron(purge_unconfirmed_children, hour=3, minute=20, run_at_startup=False),
    ]


# Without Redis the API's in-process timer runs these same functions (api/periodic.py).
PERIODIC: list[JobFunction] = [job.coroutine for job in WorkerSettings.cron_jobs]
