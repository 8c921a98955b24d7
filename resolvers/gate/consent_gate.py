"""While a material privacy-statement version waits for the viewer's consent, mutations
other than deciding on consent and signing in or out are refused — in one place, for
every mutation present and future (statement §8)."""

from __future__ import annotations

from collections.abc import Iterable

from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from graphql.language import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    InlineFragmentNode,
    OperationDefinitionNode,
    SelectionNode,
)
from strawberry.types import ExecutionContext
from strawberry.types.graphql import OperationType

from resolvers.context import Context
from resolvers.errors import PublicError
from services.gate import policies

# Mutations that stay open: the consent decision itself, getting in and out, and the
# rights a person keeps whether or not they accept the new text (statement §6).
ALLOWED_WHILE_CONSENT_REQUIRED = frozenset(
    {
        "deleteAccount",
        "submitPrivacyRequest",
        "withdrawPrivacyRequest",
        "grantConsent",
        "withdrawConsent",
        "logIn",
        "logOut",
        "signUp",
        "sendVerificationCode",
        "confirmGuardianConsent",
        "resendGuardianCode",
    }
)


class ConsentRequiredError(PublicError):
    """A top-level error with `extensions.code = "CONSENT_REQUIRED"`."""

    def __init__(self, version: str) -> None:
        super().__init__(
            f"The privacy statement changed (version {version}). "
            "Grant consent to it (grantConsent) before anything else."
        )
        self.extensions = {"code": "CONSENT_REQUIRED", "policyVersion": version}


async def consent_gate(context: ExecutionContext) -> None:
    """Checked once per operation, before execution, and only for mutations that name a
    gated root field: queries and the allowed mutations pay nothing. (A per-field `resolve`
    hook did the same check but wrapped every field of every query, about a fifth of the
    GraphQL work of `me`; docs/performance.md.) A refused operation runs no resolver at all."""
    gated = _gated_field(context)
    if gated is None:
        return
    request: Context = context.context
    viewer = await request.viewer()
    pending = await policies.consent_required(viewer.id) if viewer else None
    if pending is not None:
        refused = ConsentRequiredError(pending.version)
        error = GraphQLError(
            str(refused),
            nodes=[gated],
            path=[(gated.alias or gated.name).value],
            original_error=refused,
            extensions=refused.extensions,
        )
        context.result = GraphQLExecutionResult(data=None, errors=[error])


def _gated_field(context: ExecutionContext) -> FieldNode | None:
    """The first root field of a mutation that is not allowed while consent is due."""
    document = context.graphql_document
    if document is None or context.operation_type is not OperationType.MUTATION:
        return None
    name = context.operation_name
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    operation = next(
        (o for o in operations if name is None or (o.name and o.name.value == name)), None
    )
    if operation is None:
        return None
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    return _first_gated(operation.selection_set.selections, fragments)


def _first_gated(
    selections: Iterable[SelectionNode], fragments: dict[str, FragmentDefinitionNode]
) -> FieldNode | None:
    for selection in selections:
        if isinstance(selection, FieldNode):
            if selection.name.value not in ALLOWED_WHILE_CONSENT_REQUIRED:
                return selection
        elif isinstance(selection, InlineFragmentNode):
            found = _first_gated(selection.selection_set.selections, fragments)
            if found is not None:
                return found
        elif isinstance(selection, FragmentSpreadNode):
            fragment = fragments.get(selection.name.value)
            if fragment is not None:
                found = _first_gated(fragment.selection_set.selections, fragments)
                if found is not None:
                    return found
    return None
