"""The schema, assembled from each feature's queries and mutations, with production limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import strawberry
from graphql import GraphQLError
from strawberry.extensions import (
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.disable_introspection import DisableIntrospection
from strawberry.schema.config import StrawberryConfig

from resolvers.errors import PublicError
from resolvers.gate.consent import PrivacyConsentMutations, PrivacyConsentQueries
from resolvers.gate.consent_gate import ConsentGate
from resolvers.identity.account_changes import AccountChangeMutations
from resolvers.identity.accounts import AccountMutations
from resolvers.identity.guardians import PrivacyGuardianMutations
from resolvers.identity.identities import IdentityMutations, IdentityQueries
from resolvers.identity.mfa import MfaMutations
from resolvers.identity.users import UserQueries
from resolvers.privacy.requests import PrivacyRequestMutations, PrivacyRequestQueries
from settings import Settings


@strawberry.type
class Query(UserQueries, IdentityQueries, PrivacyRequestQueries, PrivacyConsentQueries):
    pass


@strawberry.type
class Mutation(
    AccountMutations,
    IdentityMutations,
    MfaMutations,
    AccountChangeMutations,
    PrivacyRequestMutations,
    PrivacyConsentMutations,
    PrivacyGuardianMutations,
):
    pass


_SUGGESTION = re.compile(r"\s*Did you mean .*\?$")


def _should_mask(error: GraphQLError) -> bool:
    """Validation and syntax errors (no original error) and deliberate `PublicError`s pass."""
    original = error.original_error
    return original is not None and not isinstance(original, PublicError)


class StripSuggestions(SchemaExtension):
    """graphql-core suggests argument, type and enum names too; those leak the schema."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        errors = getattr(result, "errors", None)
        if not errors:
            return
        for error in errors:
            if "Did you mean" in error.message:
                error.message = _SUGGESTION.sub("", error.message)


def create_schema(settings: Settings) -> strawberry.Schema:
    extensions: list[Any] = [
        MaxTokensLimiter(max_token_count=settings.graphql_max_tokens),
        ParserCache(maxsize=settings.graphql_cache_size),
        ValidationCache(maxsize=settings.graphql_cache_size),
        QueryDepthLimiter(max_depth=settings.graphql_max_depth),
        MaxAliasesLimiter(max_alias_count=settings.graphql_max_aliases),
        MaskErrors(should_mask_error=_should_mask),
        StripSuggestions(),
        ConsentGate(),
    ]
    if not settings.debug:
        extensions.append(DisableIntrospection())
    return strawberry.Schema(
        query=Query,
        mutation=Mutation,
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=True),
    )


def printed_schema(settings: Settings | None = None) -> str:
    """The SDL committed as `schema.graphql`."""
    return create_schema(settings or Settings(debug=True)).as_str() + "\n"
