"""Identity providers: `authProviders`, `startOAuth`, `linkIdentity`, `unlinkIdentity`."""

from __future__ import annotations

from typing import Annotated

import strawberry

from providers.base import ProviderKind as DomainProviderKind
from providers.base import RedirectProvider
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.identity.oauth_cookie import flow_cookie, forget_flow, remember_flow
from resolvers.identity.types import Identity
from resolvers.permissions import public, signed_in
from services.identity import identities

ProviderKind = Annotated[DomainProviderKind, strawberry.enum(name="ProviderKind")]


@strawberry.type
class AuthProvider:
    """An enabled way of signing in, with what a frontend needs to offer it."""

    id: str = strawberry.field(description="What `logIn`, `startOAuth` and friends call it.")
    kind: ProviderKind
    display_name: str
    channels: list[str] = strawberry.field(
        description="Where codes can be sent (code providers); empty otherwise."
    )
    starts_with_redirect: bool = strawberry.field(
        description="True when sign-in begins with `startOAuth` and a browser redirect."
    )


@strawberry.input
class StartOAuthInput:
    provider: str
    redirect_uri: str = strawberry.field(
        description="Where the provider sends the browser back, with `code` and `state`."
    )


@strawberry.type
class StartOAuthPayload:
    """Send the browser to `authorizeUrl`. A cookie binds the flow to this browser."""

    authorize_url: str | None = None
    user_errors: list[UserError]


@strawberry.input
class OAuthCallbackInput:
    provider: str
    code: str
    state: str


@strawberry.input
class LinkIdentityInput:
    oauth: OAuthCallbackInput


@strawberry.type
class LinkIdentityPayload:
    identity: Identity | None = None
    user_errors: list[UserError]


@strawberry.input
class UnlinkIdentityInput:
    provider: str


@strawberry.type
class UnlinkIdentityPayload:
    unlinked_provider: str | None = None
    user_errors: list[UserError]


@strawberry.type
class IdentityQueries:
    @strawberry.field(
        extensions=[public()], description="The enabled sign-in providers, built-in and plugins."
    )
    def auth_providers(self, info: Info) -> list[AuthProvider]:
        return [
            AuthProvider(
                id=p.name,
                kind=p.kind,
                display_name=p.display_name,
                channels=list(getattr(p, "channels", ())),
                starts_with_redirect=isinstance(p, RedirectProvider),
            )
            for p in info.context.services.providers
        ]


@strawberry.type
class IdentityMutations:
    @strawberry.mutation(
        extensions=[public()],
        name="startOAuth",
        description="Begin signing in or binding with an OAuth provider.",
    )
    async def start_oauth(self, info: Info, input: StartOAuthInput) -> StartOAuthPayload:
        ctx = info.context
        started, errors = await attempt(
            identities.start_oauth(ctx.services, input.provider, input.redirect_uri)
        )
        if started is None:
            return StartOAuthPayload(user_errors=errors)
        url, flow = started
        remember_flow(ctx, flow)
        return StartOAuthPayload(authorize_url=url, user_errors=[])

    @strawberry.mutation(
        extensions=[signed_in(LinkIdentityPayload)],
        description="Bind an outside account; needs a recent sign-in.",
    )
    async def link_identity(self, info: Info, input: LinkIdentityInput) -> LinkIdentityPayload:
        ctx = info.context
        session = await ctx.require_session()
        oauth = input.oauth
        cookie = flow_cookie(ctx)
        forget_flow(ctx)
        linked, errors = await attempt(
            identities.link_identity(
                ctx.services, session, oauth.provider, oauth.code, oauth.state, cookie, ctx.client
            )
        )
        return LinkIdentityPayload(
            identity=Identity(_model=linked) if linked else None, user_errors=errors
        )

    @strawberry.mutation(
        extensions=[signed_in(UnlinkIdentityPayload)],
        description="Unbind an outside account; refused when it is the last way to sign in.",
    )
    async def unlink_identity(
        self, info: Info, input: UnlinkIdentityInput
    ) -> UnlinkIdentityPayload:
        ctx = info.context
        session = await ctx.require_session()
        _, errors = await attempt(
            identities.unlink_identity(ctx.services, session, input.provider, ctx.client)
        )
        return UnlinkIdentityPayload(
            unlinked_provider=None if errors else input.provider, user_errors=errors
        )
