"""The member directory in the schema: `members`, `member(username)`, `me { publicProfile }`
and `updatePublicProfile`."""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import Annotated

import strawberry

from models.community.members import PublicProfile as PublicProfileModel
from models.identity.users import User as UserModel
from resolvers.community.contributions import (
    Contribution,
    ContributionFilter,
    ContributionStats,
    member_page,
    stats_of,
)
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.pagination import Connection, paginate_keys
from resolvers.permissions import owner_only, public, signed_in, user_is_owner
from services.community import members, publication


@strawberry.enum(description="A field of the public profile a member may show.")
class PublicField(Enum):
    AVATAR_URL = "avatar_url"
    NAME = "name"
    EMAIL = "email"
    COMPANY = "company"
    POSITION = "position"
    SCHOOL = "school"
    RESUME = "resume"
    GITEE_ID = "gitee_id"


@strawberry.type(description="A member as the directory shows them: only the fields they chose.")
class Member:
    # Plain values filled in once (`of`), not a method per field: a page shows a hundred.
    _entry: strawberry.Private[members.Entry]
    username: str
    avatar_url: str | None
    name: str | None
    email: str | None
    company: str | None
    position: str | None
    school: str | None
    resume: str | None
    gitee_id: str | None = strawberry.field(
        description="The login of the member's bound Gitee account."
    )

    @classmethod
    def of(cls, entry: members.Entry) -> Member:
        """Only the fields the member chose to show carry a value (`Entry.shown`)."""
        shown = entry.shown
        return cls(
            _entry=entry,
            username=entry.username,
            avatar_url=shown["avatar_url"],
            name=shown["name"],
            email=shown["email"],
            company=shown["company"],
            position=shown["position"],
            school=shown["school"],
            resume=shown["resume"],
            gitee_id=shown["gitee_id"],
        )

    @strawberry.field(
        extensions=[public("only where the member's profile may be published")],
        description="Newest first.",
    )
    async def contributions(
        self,
        info: Info,
        filter: ContributionFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Contribution] | None:
        # Shown only while the profile may be published (as the counts below): every member's
        # page of the directory is loaded at once.
        return await member_page(info, self._entry.user_id, filter, first, after, last, before)

    @strawberry.field(extensions=[public("only where the member's profile may be published")])
    async def contribution_stats(self, info: Info) -> ContributionStats | None:
        # A directory entry is shown only when it may be published; its counts came with
        # the page (one statement for all of them).
        if self._entry.stats is not None:
            return ContributionStats.from_stats(self._entry.stats)
        return await stats_of(info, self._entry.user_id)


@strawberry.type(description="The member's own public profile, shown or not. Owner only.")
class PublicProfile:
    avatar_url: str | None
    name: str | None
    email: str | None
    company: str | None
    position: str | None
    school: str | None
    resume: str | None
    visible: list[PublicField]
    published: bool = strawberry.field(
        description="True while others see it: content-release consent and no restriction "
        "or objection."
    )

    @classmethod
    def from_model(cls, profile: PublicProfileModel | None, published: bool) -> PublicProfile:
        def value(name: str) -> str | None:
            return getattr(profile, name) if profile is not None else None

        visible = profile.visible if profile is not None and profile.visible else []
        return cls(
            avatar_url=value("avatar_url"),
            name=value("name"),
            email=value("email"),
            company=value("company"),
            position=value("position"),
            school=value("school"),
            resume=value("resume"),
            visible=[PublicField(v) for v in visible],
            published=published,
        )


@strawberry.type
class UserPublicProfile:
    """`User.publicProfile`, mixed into `User`."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="What the directory may show of the member. Owner only.",
    )
    async def public_profile(self, info: Info) -> PublicProfile | None:
        # owner_only let only the member themself through.
        profile = await members.own_profile(self._model.id)
        published = await publication.may_publish_profile(self._model.id)
        return PublicProfile.from_model(profile, published)


def _max(length: int) -> dict[str, int]:
    """The edge's ceiling for a string input (the service applies the exact rule)."""
    return {"max_length": length}


@strawberry.input
class MemberFilter:
    sig: str | None = strawberry.field(
        default=None, description="Members with work in this SIG.", metadata={"max_length": 64}
    )
    query: str | None = strawberry.field(
        default=None,
        description="Part of a user name or shown name; at most 100 characters.",
        metadata={"max_length": 100},
    )


@strawberry.input
class UpdatePublicProfileInput:
    """Only the fields given change; null clears one. `visible` replaces the shown set."""

    avatar_url: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(2048))
    name: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(128))
    email: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(320))
    company: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(256))
    position: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(256))
    school: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(256))
    resume: str | None = strawberry.field(default=strawberry.UNSET, metadata=_max(4000))
    visible: list[PublicField] | None = None


@strawberry.type
class UpdatePublicProfilePayload:
    public_profile: PublicProfile | None = None
    user_errors: list[UserError]


async def _entries(keys: Sequence[int]) -> list[Member]:
    return [Member.of(e) for e in await members.entries(keys)]


@strawberry.type
class MemberQueries:
    @strawberry.field(
        extensions=[public("only members who chose to be shown")],
        description="Members who chose to be shown, by user name.",
    )
    async def members(
        self,
        filter: MemberFilter | None = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[Member]:
        chosen = filter or MemberFilter()
        query = (chosen.query or "")[: members.QUERY_MAX]
        keys = await members.directory(chosen.sig, query or None)
        return await paginate_keys(keys, _entries, first, after, last, before)

    @strawberry.field(
        extensions=[public("null unless the member chose to be shown")],
        description="One member, or null when not shown.",
    )
    async def member(
        self, username: Annotated[str, strawberry.argument(metadata=_max(64))]
    ) -> Member | None:
        entry = await members.member(username)
        return Member.of(entry) if entry else None


@strawberry.type
class MemberMutations:
    @strawberry.mutation(
        extensions=[signed_in(UpdatePublicProfilePayload)],
        description="Change the public profile and which fields others see.",
    )
    async def update_public_profile(
        self, info: Info, input: UpdatePublicProfileInput
    ) -> UpdatePublicProfilePayload:
        viewer = await info.context.require_viewer()
        values = {
            name: getattr(input, name)
            for name in members.MAX_LENGTHS
            if getattr(input, name) is not strawberry.UNSET
        }
        visible = [v.value for v in input.visible] if input.visible is not None else None
        change = members.ProfileChange(values, visible)
        saved, errors = await attempt(members.update_public_profile(viewer, change))
        if saved is None:
            return UpdatePublicProfilePayload(user_errors=errors)
        published = await publication.may_publish_profile(viewer.id)
        return UpdatePublicProfilePayload(
            public_profile=PublicProfile.from_model(saved, published), user_errors=[]
        )
