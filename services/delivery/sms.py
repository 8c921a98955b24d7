"""Text messages, queued as the `send_sms` job and delivered through an HTTP gateway.

The gateway protocol: `POST SMS_GATEWAY_URL` with JSON `{"to": "+86...", "message": "..."}` and
`Authorization: Bearer SMS_GATEWAY_TOKEN`. Without `SMS_GATEWAY_URL` messages are printed.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import timedelta
from typing import Protocol

from models.annotations import Purpose
from services.gate.outbound import OutboundClient
from services.kernel.queue import JobQueue
from settings import Settings


class GatewayRejected(Exception):
    """A 4xx: the gateway will not send this message; retrying does not help."""


class SmsSender(Protocol):
    """Delivers one text message. Other gateways plug in behind this."""

    async def send(self, to: str, message: str) -> None: ...


class ConsoleSmsSender:
    async def send(self, to: str, message: str) -> None:
        print(f"--- sms to {to} ---\n{message}", file=sys.stdout, flush=True)


class HttpGatewaySender:
    """Sends through the outbound client: the gateway is a recipient of phone numbers."""

    def __init__(
        self, outbound: OutboundClient, url: str, token: str | None, timeout: float = 10
    ) -> None:
        self.outbound = outbound
        self.url = url
        self.token = token
        self.policy = replace(outbound.policy, timeout_seconds=timeout)

    async def send(self, to: str, message: str) -> None:
        headers = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        # A POST is not retried here: the job is, with its own growing pause.
        async with self.outbound.request(
            "SMS_GATEWAY",
            "POST",
            self.url,
            purpose=Purpose.SECURITY,
            json={"to": to, "message": message},
            headers=headers,
            policy=self.policy,
        ) as response:
            if response.status >= 400:
                raise GatewayRejected(f"gateway answered {response.status}")


def make_sender(settings: Settings, outbound: OutboundClient) -> SmsSender:
    if settings.sms_gateway_url:
        return HttpGatewaySender(
            outbound,
            settings.sms_gateway_url,
            settings.sms_gateway_token,
            settings.sms_gateway_timeout_seconds,
        )
    return ConsoleSmsSender()


async def queue_sms(
    queue: JobQueue, to: str, message: str, useful_for: timedelta | None = None
) -> None:
    await queue.enqueue("send_sms", _useful_for=useful_for, to=to, message=message)
