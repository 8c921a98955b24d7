"""The long-lived collaborators every use case needs, built once per process."""

from __future__ import annotations

from dataclasses import dataclass, field

import aiohttp

from providers.password import PasswordProvider
from providers.registry import ProviderRegistry
from services.gate.outbound import OutboundClient
from services.identity.codes import CodeBook
from services.identity.sessions import SessionStore
from services.kernel.queue import JobQueue
from services.kernel.ratelimit import Counter
from settings import Settings


@dataclass(slots=True)
class Services:
    settings: Settings
    queue: JobQueue
    counter: Counter
    passwords: PasswordProvider
    codes: CodeBook
    sessions: SessionStore
    # Identity providers: the enabled ones, and the HTTP client outside providers share.
    providers: ProviderRegistry = field(default_factory=ProviderRegistry)
    http: aiohttp.ClientSession | None = None
    # Every call to an outside service goes through this one (services/gate/outbound.py).
    outbound: OutboundClient | None = None
