"""The account as the API shows it: `me`, `User`, `Profile`, sessions and security events."""

from __future__ import annotations

from collections.abc import Awaitable
from datetime import datetime

import strawberry

from models.identity.security_events import SecurityEvent as SecurityEventModel
from models.identity.sessions import Session as SessionModel
from models.identity.users import Profile as ProfileModel
from models.identity.users import User as UserModel
from resolvers.community.cla import UserCla
from resolvers.community.contributions import UserContributions
from resolvers.community.mailing_lists import UserSubscriptions
from resolvers.community.meetups import UserMeetupApplications
from resolvers.community.members import UserPublicProfile
from resolvers.context import Info
from resolvers.gate.consent import (
    Bulletin,
    Consent,
    ConsentRecord,
    bulletins_of,
    consent_history_of,
    consents_of,
)
from resolvers.identity.loaders import profiles_by_user
from resolvers.identity.types import UserIdentityFields
from resolvers.ids import to_global_id
from resolvers.pagination import Connection, paginate
from resolvers.permissions import owner_only, public, user_is_owner
from resolvers.privacy.requests import UserPrivacyRequests
from services.community import publication
from services.gate import policies
from services.identity import mfa


@strawberry.type
class Profile:
    nickname: str | None
    avatar_url: str | None
    company: str | None

    @classmethod
    def from_model(cls, profile: ProfileModel) -> Profile:
        return cls(
            nickname=profile.nickname, avatar_url=profile.avatar_url, company=profile.company
        )


@strawberry.type
class Session:
    """A signed-in browser or client of the viewer's."""

    id: strawberry.ID
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    ip_address: str | None
    user_agent: str | None
    current: bool = strawberry.field(description="True for the session this request is made with.")

    @classmethod
    def from_model(cls, session: SessionModel, current_id: int | None) -> Session:
        return cls(
            id=to_global_id("Session", session.id),
            created_at=session.created_at,
            last_seen_at=session.last_seen_at,
            expires_at=session.expires_at,
            ip_address=session.ip_address,
            user_agent=session.user_agent,
            current=session.id == current_id,
        )


@strawberry.type
class SecurityEvent:
    kind: str
    at: datetime
    ip_address: str | None
    user_agent: str | None

    @classmethod
    def from_model(cls, event: SecurityEventModel) -> SecurityEvent:
        return cls(
            kind=event.kind,
            at=event.created_at,
            ip_address=event.ip_address,
            user_agent=event.user_agent,
        )


@strawberry.type
class User(
    UserIdentityFields,
    UserPrivacyRequests,
    UserContributions,
    UserPublicProfile,
    UserCla,
    UserSubscriptions,
    UserMeetupApplications,
):
    """A member. Personal fields resolve only for the member themself; others get null."""

    _model: strawberry.Private[UserModel]
    # Plain values filled in once, not a method per field (lists of meetings show many users).
    id: strawberry.ID
    username: str
    created_at: datetime

    @classmethod
    def from_model(cls, user: UserModel) -> User:
        return cls(
            _model=user,
            id=strawberry.ID(to_global_id("User", user.public_id)),
            username=user.username,
            created_at=user.created_at,
        )

    @strawberry.field(extensions=[owner_only(user_is_owner)])
    def email(self, info: Info) -> str | None:
        return self._model.email

    @strawberry.field(extensions=[owner_only(user_is_owner)])
    def phone(self, info: Info) -> str | None:
        return self._model.phone

    @strawberry.field(
        extensions=[public("the owner's view, or the profile the member let us publish")],
        description="The member's own view, or for others the public profile when the "
        "member consented to content release and has not restricted or objected to it.",
        graphql_type=Profile | None,
    )
    def profile(self, info: Info) -> Profile | Awaitable[Profile | None] | None:
        context = info.context
        viewer = context.known_viewer()
        own = viewer is not None and viewer.id == self._model.id
        if own and context.viewer_profile is not None:
            # Read with the session, and answered without a coroutine: `me` then runs with
            # no await at all (docs/performance.md).
            return Profile.from_model(context.viewer_profile)
        return self._loaded_profile(info, own)

    async def _loaded_profile(self, info: Info, own: bool) -> Profile | None:
        context = info.context
        if not own and not await publication.may_publish_profile(self._model.id):
            return None
        profile = await context.loaders.load(profiles_by_user, self._model.id)
        if profile is None:  # accounts made before profiles were: make it now
            profile, _ = await ProfileModel.get_or_create(user_id=self._model.id)
        return Profile.from_model(profile)

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Live sessions, newest activity first. Owner only.",
    )
    async def sessions(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Session] | None:
        current = await info.context.session()
        current_id = current.id if current else None
        query = info.context.services.sessions.live_query(self._model.id)
        return await paginate(
            query, lambda s: Session.from_model(s, current_id), first, after, last, before
        )

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Sign-ins, failures and account changes, newest first. Owner only.",
    )
    async def security_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[SecurityEvent] | None:
        query = SecurityEventModel.filter(user_id=self._model.id).order_by("-created_at", "-id")
        return await paginate(query, SecurityEvent.from_model, first, after, last, before)

    # consent: decisions, their history and whether a new statement waits for consent.

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="The current decision per purpose. Owner only.",
    )
    async def consents(self, info: Info) -> list[Consent] | None:
        return await consents_of(self._model)

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Every consent decision, newest first. Owner only.",
    )
    async def consent_history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[ConsentRecord] | None:
        return await consent_history_of(self._model, first, after, last, before)

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="True while a material privacy-statement version waits for consent; "
        "until then every mutation but grantConsent, withdrawConsent and logOut is refused.",
    )
    async def consent_required(self, info: Info) -> bool | None:
        return await policies.consent_required(self._model.id) is not None

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="In-app notices, such as a changed privacy statement.",
    )
    async def bulletins(self, info: Info) -> list[Bulletin] | None:
        return await bulletins_of(self._model)

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Whether two-step sign-in (TOTP) is on. Owner only.",
    )
    async def mfa_enabled(self, info: Info) -> bool | None:
        return await mfa.is_enabled(self._model.id)

    @strawberry.field(
        extensions=[owner_only(user_is_owner)], description="Unused recovery codes. Owner only."
    )
    async def recovery_codes_left(self, info: Info) -> int | None:
        return await mfa.recovery_codes_left(self._model.id)


@strawberry.type
class UserQueries:
    @strawberry.field(
        extensions=[public("null when signed out")], description="The signed-in member, or null."
    )
    def me(self, info: Info) -> User | None:
        # Known before execution (the pipeline looks the session up): no await, no task.
        viewer = info.context.known_viewer()
        return User.from_model(viewer) if viewer else None
