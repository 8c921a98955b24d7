"""Request headers read straight from the ASGI scope, for code every request runs.

Starlette's `Headers` copies and wraps the whole list, and each `get` scans it again: on the
hot path, one pass over the raw list for the few names wanted costs less.
"""

from __future__ import annotations

from starlette.types import Scope


def first_values(scope: Scope, names: frozenset[bytes]) -> dict[bytes, str]:
    """The first value of each of `names` (lower-case) the request carries, as Starlette's
    `Headers.get` answers it; a name it lacks is absent from the result."""
    found: dict[bytes, str] = {}
    for name, value in scope["headers"]:
        if name in names and name not in found:
            found[name] = value.decode("latin-1")
    return found
