"""Which address is the client's: the peer, or the last untrusted hop behind a trusted proxy."""

from __future__ import annotations

from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_address

from starlette.types import Scope

Proxies = frozenset[IPv4Network | IPv6Network]
# Where a request's client address is kept once found (`client_address`).
CLIENT_ADDRESS = "commons.client_address"


# Every request asks this once or twice about the same few addresses (the proxies, the
# peer): parsing an address and walking the networks cost more than the rest of the lookup.
# The key's hash is cheap because `proxies` is a frozenset, which keeps its hash.
@lru_cache(maxsize=4096)
def _trusted(address: str, proxies: Proxies) -> bool:
    try:
        parsed = ip_address(address)
    except ValueError:
        return False
    return any(parsed in network for network in proxies)


def address_from(peer: str | None, forwarded_for: str | None, proxies: Proxies) -> str | None:
    """The client behind `peer`, given its `X-Forwarded-For` header (if any)."""
    if peer is None or not _trusted(peer, proxies):
        return peer
    hops = [h.strip() for h in (forwarded_for or "").split(",") if h.strip()]
    # Walk from the nearest hop back; the first address not ours is the client.
    for hop in reversed(hops):
        if not _trusted(hop, proxies):
            return hop
    return hops[0] if hops else peer


def client_address(scope: Scope, proxies: Proxies) -> str | None:
    """The request's client, found once and kept in its scope: the session record, the
    security events and the access log all see the same address. Repeated `X-Forwarded-For`
    lines count as one list, in order (RFC 9110 §5.3), so a proxy that adds a line of its
    own instead of extending the client's is read as one that extends it."""
    if CLIENT_ADDRESS in scope:
        found: str | None = scope[CLIENT_ADDRESS]
        return found
    lines = [
        value.decode("latin-1") for name, value in scope["headers"] if name == b"x-forwarded-for"
    ]
    peer = scope.get("client")
    address = address_from(peer[0] if peer else None, ", ".join(lines) or None, proxies)
    scope[CLIENT_ADDRESS] = address
    return address
