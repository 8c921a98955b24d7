"""Operations generated from the committed `schema.graphql`, sent over HTTP to the real server.

What an outside fuzzer would send: every query and mutation of the schema with arbitrary
arguments (odd unicode, NUL bytes, huge numbers, forged global IDs, edge dates), anonymously
and as a signed-in member. Whatever the input, the server answers as a GraphQL API should:

- never an HTTP 500;
- never a masked internal error ("Unexpected error.", `INTERNAL_SERVER_ERROR`): a client's
  mistake is a typed error, a `userErrors` entry or a coded top-level error;
- never internal text (a traceback, the ORM's or the database driver's words).

Bounded and derandomized for CI; `FUZZ_EXAMPLES=5000` runs it longer (docs/testing.md).
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
from collections.abc import Callable, Coroutine
from datetime import UTC, date, datetime
from itertools import count
from typing import Any, TypeVar

import graphql
import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from hypothesis_graphql import Mode, mutations, nodes, queries

from models.identity.roles import Role
from services.identity import roles
from tests.conftest import ROOT, RunningServer, _forget_counts
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "150"))
SEED = int(os.environ["FUZZ_SEED"]) if os.environ.get("FUZZ_SEED") else None
SCHEMA = graphql.build_schema((ROOT / "schema.graphql").read_text())
INTERNAL_TEXT = (
    "Traceback",
    "tortoise",
    "asyncpg",
    "sqlite3",
    "IntegrityError",
    "OperationalError",
    "Error 111",
    'File "',
)
T = TypeVar("T")

# Global IDs as a client could forge them: the types we issue, keys no row has.
_ID_TYPES = st.sampled_from(["Session", "PrivacyRequest", "User", "Sig", "Nope", ""])
_ID_KEYS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.integers(min_value=1, max_value=5).map(str),  # rows the fuzzing itself made
    st.sampled_from(["0", "²", "١٢", "9" * 30, "1e3", " 1", "\x00", ""]),
    st.text(max_size=12),
)
_FORGED_IDS = st.builds(
    lambda kind, key: base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode(),
    _ID_TYPES,
    _ID_KEYS,
)
_ODD_STRINGS = st.sampled_from(["", " ", "\x00", "a\x00b", "0", "-1", "9" * 40, "null"])
# Cursors as a client could forge them: offsets past any table, negative, not numbers.
_FORGED_CURSORS = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["²", "١٢", "", "x"]),
).map(lambda offset: base64.urlsafe_b64encode(f"o:{offset}".encode()).decode())
# Lengths between a column's width and the edge's ceiling (resolvers/limits.py).
_LONG = st.builds(
    lambda n, char, tail: char * n + tail,
    st.integers(min_value=15, max_value=700),
    st.sampled_from(["a", "9", "İ", "-"]),
    st.sampled_from(["", "@example.org"]),
)
# Strings that mean something somewhere: addresses, phone numbers, purposes, user names.
_MEANINGFUL = st.sampled_from(
    ["a@example.org", "+8613800000000", "alice", "MARKETING", "ANALYTICS", "gitee", "2024-12-05"]
)


def _dates() -> st.SearchStrategy[str]:
    return st.one_of(
        st.dates().map(date.isoformat),
        st.sampled_from(["0000-00-00", "2024-02-30", "9999-12-31", "0001-01-01", "1990-1-1"]),
        st.text(max_size=12),
    )


def _datetimes() -> st.SearchStrategy[str]:
    return st.one_of(
        st.datetimes(timezones=st.just(UTC)).map(datetime.isoformat),
        st.sampled_from(["9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", "now"]),
        st.text(max_size=12),
    )


CUSTOM_SCALARS: dict[str, st.SearchStrategy[graphql.ValueNode]] = {
    "Date": _dates().map(nodes.String),
    "DateTime": _datetimes().map(nodes.String),
    "JSON": st.one_of(st.text(max_size=8), st.integers()).map(
        lambda v: nodes.String(json.dumps(v))
    ),
    "String": st.one_of(
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=30),
        _ODD_STRINGS,
        _FORGED_CURSORS,
        _MEANINGFUL,
        _LONG,
    ).map(nodes.String),
    "ID": st.one_of(_FORGED_IDS, _ODD_STRINGS, st.text(max_size=40)).map(nodes.String),
    # 32-bit as GraphQL says, with the edges a pagination or a count argument meets.
    "Int": st.one_of(
        st.integers(min_value=-(2**31), max_value=2**31 - 1),
        st.sampled_from([0, -1, 1, 100, 101, 2**31 - 1, -(2**31)]),
    ).map(nodes.Int),
}


def operations(mode: Mode = Mode.POSITIVE) -> st.SearchStrategy[str]:
    return st.one_of(
        queries(SCHEMA, custom_scalars=CUSTOM_SCALARS, mode=mode),
        mutations(SCHEMA, custom_scalars=CUSTOM_SCALARS, mode=mode),
    )


def fuzz_settings(examples: int = EXAMPLES) -> Callable[[Callable[..., None]], Any]:
    """Fixed examples for CI; FUZZ_SEED=<n> explores other ones (and reproduces them)."""
    chosen = settings(
        max_examples=examples,
        deadline=None,
        derandomize=SEED is None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=False,
    )
    if SEED is None:
        return chosen
    return lambda test: seed(SEED)(chosen(test))


class Fuzzer:
    """Sends generated documents from Hypothesis' thread to the server's event loop."""

    def __init__(self, loop: asyncio.AbstractEventLoop, client: GraphQLClient) -> None:
        self.loop = loop
        self.client = client
        self.sent = 0

    def run(self, work: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(work, self.loop).result(timeout=60)

    def send(self, query: str) -> tuple[int, Any]:
        self.sent += 1
        return self.run(self.client.raw({"query": query}))


def check(query: str, status: int, body: Any, validation_may_fail: bool = False) -> None:
    """The properties every answer has, whatever was sent."""
    where = f"\n--- document ---\n{query}\n--- answer ({status}) ---\n{body!r}"
    assert status != 500, where
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    for internal in INTERNAL_TEXT:
        assert internal not in text, f"internal text {internal!r} leaked{where}"
    assert isinstance(body, dict), where
    assert status in (200, 400), where
    for error in body.get("errors") or ():
        code = (error.get("extensions") or {}).get("code")
        assert code != "INTERNAL_SERVER_ERROR", where
        assert "Unexpected error" not in error.get("message", ""), where
        assert code is not None, f"a top-level error without a code{where}"
    if not validation_may_fail:
        for error in body.get("errors") or ():
            code = (error.get("extensions") or {}).get("code")
            message = error.get("message", "")
            refused = code in ("GRAPHQL_VALIDATION_FAILED", "GRAPHQL_PARSE_FAILED")
            assert not refused or _is_one_of_null(message), f"a document was refused{where}"


# hypothesis-graphql may write `null` into a @oneOf input, which the spec forbids.
_ONE_OF_TYPES = tuple(
    name
    for name, type_ in SCHEMA.type_map.items()
    if isinstance(type_, graphql.GraphQLInputObjectType) and type_.is_one_of
)


def _is_one_of_null(message: str) -> bool:
    return message.startswith("OneOf Input Object") or any(
        message.startswith(f"Field '{name}.") and message.endswith("must be non-null.")
        for name in _ONE_OF_TYPES
    )


_names = count()


def new_member(
    fuzzer: Fuzzer, server: RunningServer, mailbox: Mailbox, held: tuple[Role, ...] = ()
) -> None:
    """Signs the fuzzer's client up as a fresh member (a fuzzed mutation may have signed out)."""
    _forget_counts(server)  # the fuzzed mutations may have used up sign-up's rate limits
    n = next(_names)
    fuzzer.client.bearer = None
    payload = fuzzer.run(
        sign_up(fuzzer.client, mailbox, username=f"fuzz{n}", email=f"fuzz{n}@example.org")
    )
    for role in held:
        fuzzer.run(roles.grant(f"fuzz{n}", role))
    fuzzer.client.bearer = payload["sessionToken"]


def signed_in(fuzzer: Fuzzer) -> bool:
    status, body = fuzzer.send("{ me { id } }")
    return status == 200 and isinstance(body, dict) and bool((body.get("data") or {}).get("me"))


async def _in_thread(
    server: RunningServer, body: Callable[[Fuzzer], None], setup: Callable[[Fuzzer], None]
) -> Fuzzer:
    client = GraphQLClient(server.base_url, user_agent="commons-fuzzer")
    fuzzer = Fuzzer(asyncio.get_running_loop(), client)
    try:
        await asyncio.to_thread(setup, fuzzer)
        await asyncio.to_thread(body, fuzzer)
    finally:
        await client.close()
    return fuzzer


async def test_generated_operations_from_an_anonymous_client_get_typed_answers(
    server: RunningServer,
) -> None:
    def body(fuzzer: Fuzzer) -> None:
        @fuzz_settings()
        @given(operations())
        def one(query: str) -> None:
            if fuzzer.sent % 50 == 0:
                _forget_counts(server)
            check(query, *fuzzer.send(query))

        one()

    fuzzer = await _in_thread(server, body, lambda fuzzer: None)
    assert fuzzer.sent >= EXAMPLES


@pytest.mark.parametrize(
    "held", [(), (Role.ADMIN, Role.PRIVACY_OFFICER)], ids=["member", "admin-and-officer"]
)
async def test_generated_operations_from_a_signed_in_member_get_typed_answers(
    server: RunningServer, mailbox: Mailbox, held: tuple[Role, ...]
) -> None:
    def body(fuzzer: Fuzzer) -> None:
        @fuzz_settings()
        @given(operations())
        def one(query: str) -> None:
            if fuzzer.sent % 50 == 0:
                _forget_counts(server)
            if not signed_in(fuzzer):
                new_member(fuzzer, server, mailbox, held)
            check(query, *fuzzer.send(query))

        one()

    fuzzer = await _in_thread(server, body, lambda f: new_member(f, server, mailbox, held))
    assert fuzzer.sent >= EXAMPLES


async def test_documents_with_one_schema_violation_get_coded_client_errors(
    server: RunningServer,
) -> None:
    def body(fuzzer: Fuzzer) -> None:
        @fuzz_settings(max(EXAMPLES // 2, 20))
        @given(operations(Mode.NEGATIVE))
        def one(query: str) -> None:
            status, answer = fuzzer.send(query)
            check(query, status, answer, validation_may_fail=True)
            assert answer.get("errors"), f"a schema violation was accepted:\n{query}\n{answer}"

        one()

    fuzzer = await _in_thread(server, body, lambda fuzzer: None)
    assert fuzzer.sent >= 20
