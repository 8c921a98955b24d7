"""`me` is answered from what the session lookup read: no statement, no await, once the
pipeline has looked the session up."""

from __future__ import annotations

from graphql import ExecutionResult, parse
from starlette.requests import Request
from strawberry.execution import optimized_is_awaitable

from resolvers.context import Context
from services.identity.container import Services
from services.kernel.client import ClientInfo
from tests.conftest import RunningServer
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.statements import count_statements

ME = "{ me { id username email createdAt profile { nickname company } } }"


async def test_the_viewers_me_and_profile_complete_without_awaiting(
    server: RunningServer, client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    signed_up = await sign_up(client, mailbox)
    request = Request({"type": "http", "method": "POST", "path": "/graphql", "headers": []})
    context = Context(
        request=request,
        services=services,
        client=ClientInfo("192.0.2.1", "test"),
        token=signed_up["sessionToken"],
    )
    await context.look_up_session()
    graphql: object = next(r for r in server.app.routes if getattr(r, "path", "") == "/graphql")
    schema = graphql.endpoint.schema  # type: ignore[attr-defined]

    async with count_statements() as statements:
        result = schema.plans.execute(
            schema._schema, parse(ME), context_value=context, is_awaitable=optimized_is_awaitable
        )
    assert isinstance(result, ExecutionResult), result  # not an awaitable of one
    assert result.errors is None, result.errors
    assert result.data is not None
    assert result.data["me"]["username"] == "alice"
    assert result.data["me"]["profile"] == {"nickname": None, "company": None}
    assert statements.count == 0, str(statements)
