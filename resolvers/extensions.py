"""The production validation rules, built once per schema.

The depth and alias limits and, outside DEBUG, the introspection ban, as rule classes: the
same objects on every request, so the pipeline's validation cache stays valid
(`resolvers/pipeline.py`). Strawberry's `QueryDepthLimiter`, `MaxAliasesLimiter` and
`DisableIntrospection` extensions built their rule again on every request.
"""

from __future__ import annotations

from graphql import ASTValidationRule
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import MaxAliasesLimiter, QueryDepthLimiter

from settings import Settings


def validation_rules(settings: Settings) -> tuple[type[ASTValidationRule], ...]:
    """Built once per schema: the same classes for every request."""
    rules = [
        *QueryDepthLimiter(max_depth=settings.graphql_max_depth).validation_rules,
        *MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases).validation_rules,
    ]
    if not settings.debug:
        rules.append(NoSchemaIntrospectionCustomRule)
    return tuple(rules)
