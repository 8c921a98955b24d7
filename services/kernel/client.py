"""Who is on the other end of a request: address and user agent, as the edge determined them."""

from __future__ import annotations

from dataclasses import dataclass
from ipaddress import IPv6Address, ip_address, ip_network

# One IPv6 subscriber usually gets a whole /64: per-address limits count that network, or a
# client would get a fresh budget from each of its 2^64 addresses.
IPV6_LIMIT_PREFIX = 64


def limit_subject(address: str | None) -> str:
    """The key per-address rate limits count: the address, or its /64 for IPv6."""
    if address is None:
        return "unknown"
    try:
        parsed = ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ip_network(f"{parsed}/{IPV6_LIMIT_PREFIX}", strict=False))
    return str(parsed)


@dataclass(frozen=True, slots=True)
class ClientInfo:
    ip_address: str | None
    user_agent: str | None

    @classmethod
    def unknown(cls) -> ClientInfo:
        return cls(None, None)

    @property
    def limit_key(self) -> str:
        """What per-address limits count (an IPv6 client's /64)."""
        return limit_subject(self.ip_address)
