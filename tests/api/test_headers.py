"""Headers read straight from the scope answer as Starlette's `Headers.get` does."""

from __future__ import annotations

from starlette.datastructures import Headers

from api.headers import first_values

RAW = [
    (b"user-agent", b"first/1.0"),
    (b"referer", b"https://a.example/"),
    (b"user-agent", b"second/2.0"),
]


def test_the_first_of_a_repeated_header_is_read_and_an_absent_one_is_left_out() -> None:
    scope = {"type": "http", "headers": RAW}
    found = first_values(scope, frozenset((b"user-agent", b"authorization")))
    assert found == {b"user-agent": "first/1.0"}
    assert found[b"user-agent"] == Headers(scope=scope).get("user-agent")
