"""Headers every answer carries: no sniffing, no framing, no caching of personal data
(added by `api/middleware/edge.py`)."""

from __future__ import annotations

HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),
]
