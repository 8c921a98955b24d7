"""Validation that cannot be made to produce unbounded errors.

graphql-core reports one error per unknown directive, so `{ __typename @aa@aa@aa... }` got
one error per repetition (graphql-cop's "directive overloading"). A document that repeats a
directive on one node, or carries too many, gets a single error before validation runs; any
other document's errors are de-duplicated and capped at GRAPHQL_MAX_ERRORS.

Both run once per document text (`resolvers/pipeline.py` caches the outcome).
"""

from __future__ import annotations

from typing import Any

from graphql import DocumentNode, GraphQLError, Visitor, visit

MAX_DIRECTIVES_PER_DOCUMENT = 20


class _DirectiveCounter(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.total = 0
        self.repeated: str | None = None

    def enter(self, node: Any, *_: Any) -> None:
        directives = getattr(node, "directives", None) or ()
        names = [d.name.value for d in directives]
        self.total += len(names)
        if self.repeated is None and len(names) != len(set(names)):
            self.repeated = next(n for n in names if names.count(n) > 1)


def directive_problem(document: DocumentNode) -> str | None:
    counter = _DirectiveCounter()
    visit(document, counter)
    if counter.repeated is not None:
        return f"The directive '@{counter.repeated}' is repeated on one location."
    if counter.total > MAX_DIRECTIVES_PER_DOCUMENT:
        return f"A document may carry at most {MAX_DIRECTIVES_PER_DOCUMENT} directives."
    return None


def bounded(errors: list[GraphQLError], max_errors: int) -> list[GraphQLError]:
    """One error per distinct message, at most `max_errors`."""
    seen: set[str] = set()
    kept: list[GraphQLError] = []
    for error in errors:
        if error.message in seen:
            continue
        seen.add(error.message)
        kept.append(error)
        if len(kept) == max_errors:
            break
    return kept
