"""Jobs of the privacy work: access packages, the retention purge, officer reminders."""

from __future__ import annotations

from typing import Any

import structlog

from services.privacy import exports, privacy_requests, retention

log = structlog.get_logger(__name__)


async def build_privacy_export(ctx: dict[str, Any], request_id: int) -> None:
    settings = ctx["settings"]
    await exports.build_for_request(settings, request_id, privacy_requests.direct(settings))


async def purge_expired_data(ctx: dict[str, Any]) -> None:
    touched = await retention.purge(ctx["settings"], ctx["http"])
    log.info("retention purge", **{k: v for k, v in touched.items() if v})


async def remind_privacy_officers(ctx: dict[str, Any]) -> None:
    settings = ctx["settings"]
    await privacy_requests.remind_officers(settings, privacy_requests.direct(settings))


# Run by arq's cron in the worker, or by the in-process timer without Redis.
