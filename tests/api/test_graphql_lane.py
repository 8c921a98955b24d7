"""`/graphql` goes straight to its view inside every middleware of ours; every other request
meets Starlette's router as before."""

from __future__ import annotations

from typing import Any

import aiohttp

from api.middleware.graphql_lane import GraphQLLane
from tests.conftest import RunningServer


async def test_only_get_and_post_of_graphql_take_the_lane() -> None:
    reached: list[str] = []

    def recorder(name: str) -> Any:
        async def app(scope: Any, receive: Any, send: Any) -> None:
            reached.append(name)

        return app

    lane = GraphQLLane(
        recorder("router"), view=recorder("view"), path="/graphql", methods=("GET", "POST")
    )
    for kind, method, path in [
        ("http", "POST", "/graphql"),
        ("http", "GET", "/graphql"),
        ("http", "PUT", "/graphql"),
        ("http", "OPTIONS", "/graphql"),
        ("http", "POST", "/graphql/"),
        ("http", "POST", "/hooks/recordings"),
        ("websocket", "GET", "/graphql"),
    ]:
        await lane({"type": kind, "method": method, "path": path}, None, None)  # type: ignore[arg-type]

    assert reached == ["view", "view", "router", "router", "router", "router", "router"]


async def test_graphql_through_the_lane_keeps_the_edge_and_other_methods_get_the_router(
    server: RunningServer,
) -> None:
    async with aiohttp.ClientSession() as http:
        async with http.post(
            f"{server.base_url}/graphql", json={"query": "{ __typename }"}
        ) as answer:
            assert answer.status == 200
            assert await answer.json() == {"data": {"__typename": "Query"}}
            # The edge still wraps it: request id and security headers.
            assert answer.headers["X-Content-Type-Options"] == "nosniff"
            assert len(answer.headers["X-Request-ID"]) == 32
        async with http.put(f"{server.base_url}/graphql", data=b"{}") as answer:
            assert answer.status == 405
            assert set(answer.headers["Allow"].split(", ")) == {"GET", "HEAD", "POST"}
        async with http.post(
            f"{server.base_url}/graphql",
            data=b"x" * (server.app.state.settings.max_request_bytes + 1),
            headers={"Content-Type": "application/json"},
        ) as answer:
            assert answer.status == 413  # the body limit sits above the lane
