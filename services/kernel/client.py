"""Who is on the other end of a request: address and user agent, as the edge determined them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ClientInfo:
    ip_address: str | None
    user_agent: str | None

    @classmethod
    def unknown(cls) -> ClientInfo:
        return cls(None, None)
