"""graphql-cop's twelve checks, as HTTP probes against the production defaults (DEBUG=false).

Each probe sends what the auditor sends and applies the auditor's own verdict rule; every
one must report nothing. Written from graphql-cop's published checks (we cannot run the tool).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from typing import Any

import aiohttp
import pytest

from tests.conftest import RunningServer

Verdict = bool  # True: graphql-cop would report the issue


@pytest.fixture
async def http() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


async def _post_json(
    http: aiohttp.ClientSession, server: RunningServer, body: Any
) -> tuple[int, Any]:
    async with http.post(f"{server.base_url}/graphql", json=body) as answer:
        text = await answer.text()
    try:
        return answer.status, json.loads(text)
    except ValueError:
        return answer.status, text


async def _query(http: aiohttp.ClientSession, server: RunningServer, query: str) -> Any:
    _, body = await _post_json(http, server, {"query": query, "operationName": "cop"})
    return body


def _dig(body: Any, *path: Any) -> Any:
    """What graphql-cop's `try: ...[a][b]... except: pass` reads, or None."""
    try:
        for step in path:
            body = body[step]
    except (KeyError, IndexError, TypeError):
        return None
    return body


async def test_introspection(http: aiohttp.ClientSession, server: RunningServer) -> None:
    body = await _query(http, server, "query cop { __schema { types { name fields { name } } } }")
    found: Verdict = bool(_dig(body, "data", "__schema", "types"))
    assert not found


async def test_graphiql(http: aiohttp.ClientSession, server: RunningServer) -> None:
    async with http.get(f"{server.base_url}/graphql", headers={"Accept": "text/html"}) as answer:
        text = await answer.text()
    heuristics = ("graphiql.min.css", "GraphQL Playground", "GraphiQL", "graphql-playground")
    found: Verdict = any(word in text for word in heuristics)
    assert not found


async def test_field_suggestions(http: aiohttp.ClientSession, server: RunningServer) -> None:
    body = await _query(http, server, "query cop { __schema { directive } }")
    found: Verdict = "Did you mean" in str(_dig(body, "errors", 0, "message"))
    assert not found
    # Nor for our own types, arguments and enum values (graphql-core suggests those too).
    for probe in ("query cop { me { usernam } }", "query cop { sigs(frist: 1) { totalCount } }"):
        assert "Did you mean" not in json.dumps(await _query(http, server, probe))


async def test_alias_overloading(http: aiohttp.ClientSession, server: RunningServer) -> None:
    aliases = "".join(f"alias{i}:__typename \n" for i in range(101))
    body = await _query(http, server, "query cop { " + aliases + " }")
    found: Verdict = bool(_dig(body, "data", "alias100"))
    assert not found


async def test_batch_queries(http: aiohttp.ClientSession, server: RunningServer) -> None:
    _, body = await _post_json(http, server, [{"query": "query cop { __typename }"}] * 10)
    found: Verdict = isinstance(body, list) and len(body) >= 10
    assert not found


async def test_directive_overloading(http: aiohttp.ClientSession, server: RunningServer) -> None:
    body = await _query(http, server, "query cop { __typename " + "@aa" * 10 + " }")
    found: Verdict = len(_dig(body, "errors") or []) == 10
    assert not found
    assert len(body["errors"]) == 1


async def test_circular_introspection(http: aiohttp.ClientSession, server: RunningServer) -> None:
    query = (
        "query cop { __schema { types { fields { type { fields { type { fields { type "
        "{ fields { type { name } } } } } } } } } } }"
    )
    body = await _query(http, server, query)
    found: Verdict = len(_dig(body, "data", "__schema", "types") or []) > 25
    assert not found


async def test_get_queries(http: aiohttp.ClientSession, server: RunningServer) -> None:
    params = {"query": "query cop {__typename}"}
    async with http.get(f"{server.base_url}/graphql", params=params) as answer:
        text = await answer.text()
    found: Verdict = '"__typename"' in text
    assert not found


async def test_get_mutations(http: aiohttp.ClientSession, server: RunningServer) -> None:
    params = {"query": "mutation cop {__typename}"}
    async with http.get(f"{server.base_url}/graphql", params=params) as answer:
        text = await answer.text()
    found: Verdict = '"__typename"' in text
    assert not found


async def test_post_url_encoded_csrf(http: aiohttp.ClientSession, server: RunningServer) -> None:
    async with http.post(
        f"{server.base_url}/graphql", data={"query": "query cop { __typename }"}
    ) as answer:
        text = await answer.text()
    found: Verdict = '"__typename"' in text
    assert not found


async def test_trace_mode(http: aiohttp.ClientSession, server: RunningServer) -> None:
    body = await _query(http, server, "query cop { __typename }")
    found: Verdict = bool(_dig(body, "errors", 0, "extensions", "tracing")) or (
        "'extensions': {'tracing':" in str(body).lower()
    )
    assert not found
    assert "tracing" not in json.dumps(body)


async def test_unhandled_errors(http: aiohttp.ClientSession, server: RunningServer) -> None:
    body = await _query(http, server, "qwerty cop { abc }")
    found: Verdict = bool(_dig(body, "errors", 0, "extensions", "exception")) or (
        "'extensions': {'exception':" in str(body).lower()
    )
    assert not found
    assert "Traceback" not in json.dumps(body)
