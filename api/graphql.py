"""The Strawberry view at /graphql, with production defaults unless DEBUG is on."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from strawberry.asgi import GraphQL

from api.client_address import client_address
from api.observability import ErrorLogger, OperationObserver
from resolvers.context import Context
from resolvers.schema import create_schema
from services.identity.container import Services
from services.kernel.client import ClientInfo
from settings import Settings


def _token(request: Request, settings: Settings) -> str | None:
    authorization = request.headers.get("authorization", "")
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.cookies.get(settings.session_cookie_name)


class CommonsGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(
            create_schema(settings),
            graphql_ide="graphiql" if settings.debug else None,
            allow_queries_via_get=False,
            multipart_uploads_enabled=False,
        )
        self.settings = settings
        # Outermost and innermost: see api/observability.py.
        schema = self.schema
        schema.extensions = [OperationObserver, *schema.extensions, ErrorLogger]  # type: ignore[attr-defined]

    async def get_context(self, request: Request, response: Response) -> Context:  # type: ignore[override]
        services: Services = request.app.state.services
        client = ClientInfo(
            ip_address=client_address(request, self.settings.trusted_proxy_networks),
            user_agent=request.headers.get("user-agent"),
        )
        return Context(
            request=request,
            response=response,
            services=services,
            client=client,
            token=_token(request, self.settings),
        )
