"""A real SMTP server (aiosmtpd) whose received messages tests can read."""

from __future__ import annotations

import asyncio
import email
import re
from dataclasses import dataclass
from email.message import Message
from typing import Any

from aiosmtpd.controller import Controller


@dataclass
class Received:
    to: list[str]
    message: Message

    @property
    def subject(self) -> str:
        return str(self.message["Subject"])

    @property
    def body(self) -> str:
        payload = self.message.get_payload(decode=True)
        return payload.decode() if isinstance(payload, bytes) else str(payload)


class _Handler:
    def __init__(self, box: Mailbox) -> None:
        self.box = box

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.box.refuse:
            return "451 try again later"
        if self.box.stall:
            # A frozen SMTP server: the message is taken in only once it thaws.
            self.box.stalled += 1
            for _ in range(600):
                if not self.box.stall:
                    break
                await asyncio.sleep(0.05)
        self.box.messages.append(
            Received(list(envelope.rcpt_tos), email.message_from_bytes(envelope.content))
        )
        return "250 OK"


class Mailbox:
    def __init__(self, port: int) -> None:
        self.messages: list[Received] = []
        self.refuse = False
        self.stall = False
        self.stalled = 0
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=port)

    def start(self) -> None:
        self.controller.start()

    def stop(self) -> None:
        self.controller.stop()

    def clear(self) -> None:
        self.messages.clear()
        self.refuse = False
        self.stall = False
        self.stalled = 0

    def to(self, address: str) -> list[Received]:
        return [m for m in self.messages if address in m.to]

    async def wait_for(self, address: str, count: int = 1, timeout: float = 10) -> list[Received]:
        """The first `count` messages to `address`, waiting for them to arrive."""
        deadline = asyncio.get_running_loop().time() + timeout
        while len(self.to(address)) < count:
            if asyncio.get_running_loop().time() > deadline:
                raise AssertionError(f"no mail to {address} within {timeout}s")
            await asyncio.sleep(0.02)
        return self.to(address)[:count]

    async def code_for(self, address: str) -> str:
        """The newest 6-digit code mailed to `address`."""
        messages = await self.wait_for(address)
        match = re.search(r"\b(\d{6})\b", messages[-1].body)
        assert match, f"no code in: {messages[-1].body}"
        return match.group(1)
