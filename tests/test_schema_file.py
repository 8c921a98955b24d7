"""The committed SDL is what the code serves."""

from __future__ import annotations

from resolvers.schema import printed_schema
from tests.conftest import ROOT


def test_schema_graphql_matches_the_code() -> None:
    committed = (ROOT / "schema.graphql").read_text()
    assert committed == printed_schema(), "schema.graphql is stale: run `make schema`"
