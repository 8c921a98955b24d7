"""The outbound HTTP seam that providers consume.

Providers never open connections of their own: the composition root hands each one an
`HttpClient` bound to its service, which checks the recipients register and consent gate,
applies the timeout and retry rule and logs failures (`services/gate/outbound.py`). A plain
`aiohttp.ClientSession` satisfies the same protocol, which is what a plugin's own tests use.
"""

from __future__ import annotations

from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

import aiohttp


class ServiceUnavailable(Exception):
    """An outside service did not answer usefully (refused, timed out, 5xx). Worth retrying
    later; never the person's fault. `service` names it for logs and errors."""

    def __init__(self, service: str, detail: str = "unavailable") -> None:
        super().__init__(f"{service}: {detail}")
        self.service = service
        self.detail = detail


class HttpClient(Protocol):
    """`async with client.request("GET", url, params=...) as response:`, as aiohttp has it."""

    def request(
        self, method: str, url: str, **kwargs: Any
    ) -> AbstractAsyncContextManager[aiohttp.ClientResponse]: ...


class SessionClient:
    """A plain aiohttp session as an `HttpClient`, for a plugin's own tests and tools."""

    def __init__(self, session: aiohttp.ClientSession) -> None:
        self.session = session

    def request(
        self, method: str, url: str, **kwargs: Any
    ) -> AbstractAsyncContextManager[aiohttp.ClientResponse]:
        return self.session.request(method, url, **kwargs)
