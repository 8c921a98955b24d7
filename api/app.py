"""`create_app(settings)`: the Starlette application with its routes, middleware and lifespan."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.routing import Route

from api.cors import cross_origin_middleware
from api.exports import download_export
from api.graphql import CommonsGraphQL
from api.health import healthz, readyz
from api.lifespan import lifespan
from api.meetings import meeting_calendar, recordings_hook
from api.metrics import metrics
from api.middleware.body_limit import BodyLimitMiddleware
from api.middleware.edge import EdgeMiddleware
from api.middleware.graphql_lane import GraphQLLane
from settings import Settings, load_settings, secret_key_problem

GRAPHQL_PATH = "/graphql"
GRAPHQL_METHODS = ("GET", "POST")


class InsecureConfiguration(RuntimeError):
    """The API refuses to start with a setting that would make it unsafe."""


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or load_settings()
    problem = secret_key_problem(settings)
    if problem:
        raise InsecureConfiguration(problem)
    graphql = CommonsGraphQL(settings)
    app = Starlette(
        debug=False,
        routes=[
            Route(GRAPHQL_PATH, graphql, methods=list(GRAPHQL_METHODS)),
            Route("/healthz", healthz, methods=["GET"]),
            Route("/readyz", readyz, methods=["GET"]),
            Route("/exports/{token}", download_export, methods=["GET"]),
            Route("/meetings/{id}.ics", meeting_calendar, methods=["GET"]),
            Route("/hooks/recordings", recordings_hook, methods=["POST"]),
            Route("/metrics", metrics, methods=["GET"]),
        ],
        middleware=[
            Middleware(
                EdgeMiddleware,
                log_all=settings.request_log == "all",
                slow_ms=settings.request_log_slow_ms,
            ),
            *cross_origin_middleware(settings),
            Middleware(BodyLimitMiddleware, max_bytes=settings.max_request_bytes),
            # Last, so every check above still applies to /graphql (api/middleware/graphql_lane.py).
            Middleware(GraphQLLane, view=graphql, path=GRAPHQL_PATH, methods=GRAPHQL_METHODS),
        ],
        lifespan=lifespan,
    )
    app.state.settings = settings
    return app
