"""Which address is the client's: the peer, or the last untrusted hop behind a trusted proxy."""

from __future__ import annotations

from ipaddress import IPv4Network, IPv6Network, ip_address

from starlette.requests import HTTPConnection


def _trusted(address: str, proxies: tuple[IPv4Network | IPv6Network, ...]) -> bool:
    try:
        parsed = ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in proxies)


def client_address(
    connection: HTTPConnection, proxies: tuple[IPv4Network | IPv6Network, ...]
) -> str | None:
    peer = connection.client.host if connection.client else None
    if peer is None or not _trusted(peer, proxies):
        return peer
    hops = [
        h.strip() for h in connection.headers.get("x-forwarded-for", "").split(",") if h.strip()
    ]
    # Walk from the nearest hop back; the first address not ours is the client.
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop
    return hops[0] if hops else peer
