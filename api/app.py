"""`create_app(settings)`: the Starlette application with its routes, middleware and lifespan."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from api.exports import download_export
from api.graphql import CommonsGraphQL
from api.health import healthz, readyz
from api.lifespan import lifespan
from api.metrics import metrics
from api.middleware.access_log import AccessLogMiddleware
from api.middleware.request_id import RequestIdMiddleware
from api.middleware.security_headers import SecurityHeadersMiddleware
from settings import Settings, load_settings


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    graphql = CommonsGraphQL(settings)
    app = Starlette(
        debug=False,
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/exports/{token}", download_export, methods=["GET"]),
            Route("/metrics", metrics, methods=["GET"]),
        ],
        middleware=[
            Middleware(RequestIdMiddleware),
            Middleware(AccessLogMiddleware),
            Middleware(SecurityHeadersMiddleware),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    return app
