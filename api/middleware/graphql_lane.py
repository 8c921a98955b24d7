"""`/graphql` handed straight to its view, inside every middleware of ours.

Starlette puts its exception middleware and router between the last middleware and an
endpoint: per request a `Request` object, two closures, a wrapper coroutine around each
message sent, a regular-expression match and a child scope, for the one route that carries
nearly every request. The view answers its own errors (Strawberry turns its HTTP exceptions
into responses, and an unexpected error still reaches Starlette's outermost error
middleware), so none of that is needed for it. Every other path and method, `HEAD` and
`OPTIONS /graphql` included, goes through the router as before.
"""

from __future__ import annotations

from collections.abc import Iterable

from starlette.types import ASGIApp, Receive, Scope, Send


class GraphQLLane:
    """`path` and `methods`: the view's route's own (api/app.py), so the two cannot differ."""

    def __init__(self, app: ASGIApp, view: ASGIApp, path: str, methods: Iterable[str]) -> None:
        self.app = app
        self.view = view
        self.path = path
        self.methods = frozenset(methods)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] == "http"
            and scope["path"] == self.path
            and scope["method"] in self.methods
        ):
            await self.view(scope, receive, send)
            return
        await self.app(scope, receive, send)
