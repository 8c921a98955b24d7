"""The production limits as few, per-request Strawberry extensions.

Strawberry runs every hook of every extension on every operation, so each extension costs
even when it does nothing; and an extension *instance* given to the schema is shared by all
concurrent requests (its `execution_context` is overwritten by each: DESIGN §11). So the
schema gets factories, and the work that can be done once is done once, here:

- `CachedParse`: the token limit and the bounded parse cache in one hook (was
  `MaxTokensLimiter` + `ParserCache`);
- `validation_rules(settings)`: the depth and alias limits and, outside DEBUG, the
  introspection ban, built once as rule classes and added by one `AddValidationRules` per
  request (was `QueryDepthLimiter`, `MaxAliasesLimiter`, `DisableIntrospection`, each of which
  built its rule again when constructed). The rule classes must be the same objects on every
  request: `ValidationCache` keys its results by them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from typing import Any

from graphql import ASTValidationRule
from graphql.language.parser import parse
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaxAliasesLimiter,
    QueryDepthLimiter,
    SchemaExtension,
)

from settings import Settings


@cache
def _parser(maxsize: int) -> Callable[..., Any]:
    """One bounded cache of parsed documents per size, shared by every request."""
    return lru_cache(maxsize=maxsize)(parse)


class CachedParse(SchemaExtension):
    """Parse with the token limit, through the shared cache."""

    def __init__(self, max_tokens: int, maxsize: int) -> None:
        self.max_tokens = max_tokens
        self.parse = _parser(maxsize)

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        # A registered document arrives parsed (resolvers/documents.py): nothing to do.
        if context.graphql_document is None:
            context.parse_options["max_tokens"] = self.max_tokens
            context.graphql_document = self.parse(context.query, **context.parse_options)
        yield


def validation_rules(settings: Settings) -> tuple[type[ASTValidationRule], ...]:
    """Built once per schema: the same classes for every request (the validation cache key)."""
    rules = [
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases).validation_rules,
    ]
    if not settings.debug:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)


def add_rules(rules: tuple[type[ASTValidationRule], ...]) -> Callable[[], SchemaExtension]:
    return lambda: AddValidationRules(list(rules))
