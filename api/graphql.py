"""The Strawberry view at /graphql, with production defaults unless DEBUG is on."""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import Request
from starlette.responses import Response
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLHTTPResponse
from strawberry.types import ExecutionResult

from api.auth import session_token
from api.client_address import client_address
from api.documents import carry_document_id
from api.observability import log_unexpected_errors, observe_operation
from resolvers.client_errors import with_error_codes
from resolvers.context import Context
from resolvers.schema import create_schema
from services.identity.container import Services
from services.kernel.client import ClientInfo
from settings import Settings


class CommonsGraphQL(GraphQL[Context, None]):
    def __init__(self, settings: Settings) -> None:
        super().__init__(
            create_schema(
                settings,
                before_masking=(log_unexpected_errors,),
                after_masking=(observe_operation,),
            ),
            graphql_ide="graphiql" if settings.debug else None,
            allow_queries_via_get=False,
            multipart_uploads_enabled=False,
        )
        self.settings = settings

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
            token=session_token(request, self.settings),
        )

    def parse_json(self, data: str | bytes) -> Any:
        return carry_document_id(super().parse_json(data))

    def encode_json(self, data: object) -> bytes:
        # The answer is plain JSON types by now; orjson writes it several times faster.
        return orjson.dumps(data)

    async def process_result(
        self, request: Request, result: ExecutionResult
    ) -> GraphQLHTTPResponse:
        return with_error_codes(await super().process_result(request, result))
