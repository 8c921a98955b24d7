"""Text messages, queued as the `send_sms` job and delivered through an HTTP gateway.

The gateway protocol: `POST SMS_GATEWAY_URL` with JSON `{"to": "+86...", "message": "..."}` and
`Authorization: Bearer SMS_GATEWAY_TOKEN`. Without `SMS_GATEWAY_URL` messages are printed.
"""

from __future__ import annotations

import sys
from typing import Protocol

import aiohttp

from models.annotations import Purpose
from services.gate.outbound import OutboundGate
from services.kernel.queue import JobQueue
from settings import Settings


class GatewayUnavailable(Exception):
    """A 5xx, a timeout or a refused connection: worth retrying later."""


class GatewayRejected(Exception):
    """A 4xx: the gateway will not send this message; retrying does not help."""


class SmsSender(Protocol):
    """Delivers one text message. Other gateways plug in behind this."""

    async def send(self, to: str, message: str) -> None: ...


class ConsoleSmsSender:
    async def send(self, to: str, message: str) -> None:
        print(f"--- sms to {to} ---\n{message}", file=sys.stdout, flush=True)


class HttpGatewaySender:
    """Sends through the outbound gate: the gateway is a recipient of phone numbers."""

    def __init__(
        self, gate: OutboundGate, url: str, token: str | None, timeout: float = 10
    ) -> None:
        self.gate = gate
        self.url = url
        self.token = token
        self.timeout = timeout

    async def send(self, to: str, message: str) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        try:
            async with self.gate.request(
                "SMS_GATEWAY",
                "POST",
                self.url,
                user_id=None,
                purpose=Purpose.SECURITY,
                json={"to": to, "message": message},
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=self.timeout),
            ) as response:
                if response.status >= 500:
                    raise GatewayUnavailable(f"gateway answered {response.status}")
                if response.status >= 400:
                    raise GatewayRejected(f"gateway answered {response.status}")
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise GatewayUnavailable(str(exc)) from exc


def make_sender(settings: Settings, http: aiohttp.ClientSession) -> SmsSender:
    if settings.sms_gateway_url:
        return HttpGatewaySender(
            OutboundGate(settings, http),
            settings.sms_gateway_url,
            settings.sms_gateway_token,
            settings.sms_gateway_timeout_seconds,
        )
    return ConsoleSmsSender()


async def queue_sms(queue: JobQueue, to: str, message: str) -> None:
    await queue.enqueue("send_sms", to=to, message=message)
