"""While a material privacy-statement version waits for the viewer's consent, mutations
other than deciding on consent and signing in or out are refused — in one place, for
every mutation present and future (statement §8)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graphql import GraphQLResolveInfo
from strawberry.extensions import SchemaExtension

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


class ConsentGate(SchemaExtension):
    def resolve(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        # Only root mutation fields pay for the check; every other field passes straight on.
        if info.parent_type.name != "Mutation" or info.field_name in ALLOWED_WHILE_CONSENT_REQUIRED:
            return _next(root, info, *args, **kwargs)
        return self._checked(_next, root, info, *args, **kwargs)

    async def _checked(
        self,
        _next: Callable[..., Any],
        root: Any,
        info: GraphQLResolveInfo[Any],
        *args: Any,
        **kwargs: Any,
    ) -> Any:
        context: Context = info.context
        viewer = await context.viewer()
        if viewer is not None:
            pending = await policies.consent_required(viewer.id)
            if pending is not None:
                raise ConsentRequiredError(pending.version)
        result = _next(root, info, *args, **kwargs)
        if hasattr(result, "__await__"):
            result = await result
        return result
