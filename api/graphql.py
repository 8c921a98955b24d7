"""The Strawberry view at /graphql, with production defaults unless DEBUG is on.

Nearly every request is a POST of one JSON operation. Those are answered by `_answer`, which
does what Strawberry's `run` does for them (context, `Schema.execute`, `process_result`, the
sub-response's status and cookies) without the parts made for every other kind of request
(and without a sub-response at all unless a resolver sets a cookie):
a content type parsed with the `email` package, request adapters, batching, streaming
transports, the IDE. Anything else, or a body that is not plainly one operation, goes to
Strawberry's own `run` unchanged, and so gets its own answers (400s included).
"""

from __future__ import annotations

from typing import Any

import orjson
from starlette.requests import ClientDisconnect, Request
from starlette.responses import PlainTextResponse, Response
from starlette.types import Receive, Scope, Send
from strawberry.asgi import GraphQL
from strawberry.exceptions import MissingQueryError
from strawberry.http import GraphQLHTTPResponse, process_result
from strawberry.schema.exceptions import CannotGetOperationTypeError, InvalidOperationTypeError
from strawberry.types import ExecutionResult
from strawberry.types.graphql import OperationType

from api.auth import token_from
from api.client_address import client_address
from api.documents import carry_document_id
from api.headers import first_values
from api.observability import log_unexpected_errors, observe_operation
from resolvers.client_errors import with_error_codes
from resolvers.context import Context
from resolvers.schema import create_schema
from services.identity.container import Services
from services.kernel.client import ClientInfo
from settings import Settings

POST_OPERATIONS = OperationType.from_http("POST")
_CONTEXT_HEADERS = frozenset((b"authorization", b"user-agent"))
# Answers that are streamed (`multipart/mixed`, server-sent events) go through Strawberry.
STREAMED = (b"multipart/mixed", b"text/event-stream")


def _plain_json_post(scope: Scope) -> bool:
    """A POST of `application/json` (any parameters) that asks for no streamed answer."""
    if scope["type"] != "http" or scope["method"] != "POST":
        return False
    content_type = b""
    for name, value in scope["headers"]:
        if name == b"content-type":
            content_type = value
        elif name == b"accept" and any(kind in value.lower() for kind in STREAMED):
            return False
    return content_type.partition(b";")[0].strip().lower() == b"application/json"


def _one_operation(body: bytes) -> dict[str, Any] | None:
    """The body as one operation, if it plainly is one (else Strawberry decides)."""
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict):
        return None
    data = carry_document_id(data)
    assert isinstance(data, dict)
    plain = (
        isinstance(data.get("query"), str | None)
        and isinstance(data.get("variables"), dict | None)
        and isinstance(data.get("operationName"), str | None)
        and isinstance(data.get("extensions"), dict | None)
    )
    return data if plain else None


async def _read_body(receive: Receive) -> bytes:
    """The whole body, as `Request.body()` reads it, without its async generator."""
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientDisconnect
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return chunks[0] if len(chunks) == 1 else b"".join(chunks)


async def _send_json(send: Send, body: bytes, sub_response: Response | None) -> None:
    """The answer as Strawberry's `create_response` and Starlette's `Response` send it: the
    JSON body, then the sub-response's cookies and status, if a resolver made one."""
    headers = [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
    status = 200
    if sub_response is not None:
        headers.extend(sub_response.raw_headers)
        status = sub_response.status_code or 200
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
    if sub_response is not None and sub_response.background is not None:
        await sub_response.background()


def _replay(body: bytes) -> Receive:
    """A `receive` that hands Strawberry the body already read."""
    sent = False

    async def receive() -> dict[str, Any]:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}

    return receive


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

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if _plain_json_post(scope):
            body = await _read_body(receive)
            operation = _one_operation(body)
            if operation is not None:
                await self._answer(scope, receive, send, operation)
                return
            receive = _replay(body)
        await super().__call__(scope, receive, send)

    async def _answer(
        self, scope: Scope, receive: Receive, send: Send, operation: dict[str, Any]
    ) -> None:
        """One operation, answered as Strawberry's `run` would answer it."""
        context = self._context(Request(scope, receive), None)
        try:
            result = await self.schema.execute(
                operation.get("query"),
                variable_values=operation.get("variables"),
                context_value=context,
                operation_name=operation.get("operationName"),
                allowed_operation_types=POST_OPERATIONS,
                operation_extensions=operation.get("extensions"),
            )
        except CannotGetOperationTypeError as error:
            refusal = PlainTextResponse(error.as_http_error_reason(), status_code=400)
        except InvalidOperationTypeError as error:
            refusal = PlainTextResponse(error.as_http_error_reason("POST"), status_code=400)
        except MissingQueryError:
            refusal = PlainTextResponse("No GraphQL query found in the request", status_code=400)
        else:
            answer = orjson.dumps(with_error_codes(process_result(result)))
            await _send_json(send, answer, context.sub_response)
            return
        await refusal(scope, receive, send)

    async def get_context(self, request: Request, response: Response) -> Context:  # type: ignore[override]
        return self._context(request, response)

    def _context(self, request: Request, response: Response | None) -> Context:
        """`response`: Strawberry's sub-response; None on the direct path, where the context
        makes one only if a resolver sets a cookie."""
        scope = request.scope
        services: Services = scope["app"].state.services
        found = first_values(scope, _CONTEXT_HEADERS)
        client = ClientInfo(
            ip_address=client_address(scope, self.settings.trusted_proxy_networks),
            user_agent=found.get(b"user-agent"),
        )
        return Context(
            request=request,
            sub_response=response,
            services=services,
            client=client,
            token=token_from(found.get(b"authorization"), request, self.settings),
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
