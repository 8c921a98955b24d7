"""The typed job context, built once per process by the worker, the API and the CLI alike.

arq hands every job a dict; `JobContext` says what it holds. `open_context` opens the shared
clients and collects the outside systems each domain registers for erasure.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NotRequired, TypedDict

import aiohttp

from services.community.mailing_lists import subscription_hooks
from services.community.recording_removal import takedown_hooks
from services.delivery.mailman import mailman_hooks
from services.delivery.sms import SmsSender, make_sender
from services.gate.outbound import OutboundClient
from services.identity.provider_tokens import provider_grant_hooks
from services.kernel.queue import JobQueue
from services.privacy.erasure import ErasureHook
from settings import Settings


class JobContext(TypedDict):
    settings: Settings
    http: aiohttp.ClientSession
    outbound: OutboundClient
    sms: SmsSender
    erasure_hooks: list[ErasureHook]
    # The queue jobs enqueue follow-up jobs on (set once the transport is known).
    queue: NotRequired[JobQueue]
    # Set by arq (and the in-process queue) for each run: 1 on the first try.
    job_try: NotRequired[int]
    # The outbox job being run (`outbox-<id>`): mail derives its Message-ID from it.
    job_id: NotRequired[str]


def erasure_hooks(settings: Settings, outbound: OutboundClient) -> list[ErasureHook]:
    """Every outside system that holds a person's data in this deployment, one line a domain."""
    return [
        *mailman_hooks(settings, outbound),
        *provider_grant_hooks(settings, outbound),
        *subscription_hooks(settings, outbound),
        *takedown_hooks(settings, outbound),
    ]


async def open_context(settings: Settings) -> JobContext:
    """Shared clients for jobs; the caller owns the database connection."""
    http = aiohttp.ClientSession()
    outbound = OutboundClient(settings, http)
    return JobContext(
        settings=settings,
        http=http,
        outbound=outbound,
        sms=make_sender(settings, outbound),
        erasure_hooks=erasure_hooks(settings, outbound),
    )


async def close_context(ctx: Mapping[str, Any]) -> None:
    """Close what `open_context` opened (arq hands the worker's shutdown a plain dict)."""
    http: aiohttp.ClientSession = ctx["http"]
    await http.close()
