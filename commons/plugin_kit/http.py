"""An `HttpClient` that answers as Commons' outbound client does, for the contract's runs.

In production a provider's client (services/gate/outbound.py) hands on answers below 500
and turns a 5xx, a refused connection or a timeout into `ServiceUnavailable`. The kit gives
providers the same behaviour (without the retries), so a provider that passes the contract
handles what it will meet.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import urlsplit

import aiohttp

from providers.http import ServiceUnavailable


class OutboundLikeClient:
    def __init__(
        self, session: aiohttp.ClientSession, service: str, timeout_seconds: float = 10.0
    ) -> None:
        self.session = session
        self.service = service
        self.timeout_seconds = timeout_seconds

    @asynccontextmanager
    async def request(
        self, method: str, url: str, **kwargs: Any
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        kwargs.setdefault("timeout", aiohttp.ClientTimeout(total=self.timeout_seconds))
        parts = urlsplit(url)
        where = f"{method} {parts.scheme}://{parts.netloc}{parts.path}"
        try:
            response = await self.session.request(method, url, **kwargs)
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise ServiceUnavailable(self.service, f"{where}: {type(exc).__name__}") from exc
        async with response:
            if response.status >= 500:
                raise ServiceUnavailable(self.service, f"{where}: status {response.status}")
            yield response
