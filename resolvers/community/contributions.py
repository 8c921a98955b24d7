"""Contributions in the schema: `me { contributions contributionStats }`, the public monthly
`contributionStats`, and `addContribution` / `removeContribution`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import strawberry

from models.community.contributions import Contribution as ContributionModel
from models.community.contributions import ContributionKind as DomainKind
from models.community.contributions import ContributionSource as DomainSource
from models.identity.users import User as UserModel
from resolvers.community.sigs import Sig
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.ids import from_global_id, to_global_id
from resolvers.pagination import Connection, connection, paginate, window
from resolvers.permissions import owner_only, public, signed_in, user_is_owner
from services.community import contributions, publication
from services.community.contributions import ContributionFilter as DomainFilter

ContributionKind = strawberry.enum(DomainKind, name="ContributionKind")
ContributionSource = strawberry.enum(DomainSource, name="ContributionSource")


@strawberry.type(description="A pull request, issue or comment from Gitee, or one a member added.")
class Contribution:
    # Plain values filled in once (`of`), not a method per field: lists show many.
    _model: strawberry.Private[ContributionModel]
    id: strawberry.ID
    kind: ContributionKind  # type: ignore[valid-type]
    title: str
    url: str | None
    repository: str | None = strawberry.field(
        description="owner/repo on Gitee, for imported contributions."
    )
    sig: Sig | None
    occurred_at: datetime
    merged_at: datetime | None = strawberry.field(
        description="When a pull request was merged; null otherwise."
    )
    source: ContributionSource  # type: ignore[valid-type]
    cla_signed: bool | None = strawberry.field(
        description="Whether the author had signed the current CLA when it was imported "
        "(null: not known, or added by the member)."
    )

    @classmethod
    def of(cls, model: ContributionModel) -> Contribution:
        """`model` with its SIG loaded (or none)."""
        found = model.sig
        return cls(
            _model=model,
            id=strawberry.ID(to_global_id("Contribution", model.id)),
            kind=model.kind,
            title=model.title,
            url=model.url,
            repository=model.repository,
            sig=Sig.of(found) if found is not None else None,
            occurred_at=model.occurred_at,
            merged_at=model.merged_at,
            source=model.source,
            cla_signed=model.cla_signed,
        )


@strawberry.type
class ContributionStats:
    pull_requests: int
    merged_pull_requests: int
    issues: int
    comments: int
    other: int = strawberry.field(description="Talks, blog posts, documentation, events, other.")

    @classmethod
    def from_stats(cls, stats: contributions.Stats) -> ContributionStats:
        return cls(
            pull_requests=stats.pull_requests,
            merged_pull_requests=stats.merged_pull_requests,
            issues=stats.issues,
            comments=stats.comments,
            other=stats.other,
        )


@strawberry.type(description="Anonymous counts of one SIG (null: no SIG) in one month.")
class ContributionMonth:
    sig: str | None
    month: date = strawberry.field(description="The first day of the month.")
    stats: ContributionStats


@strawberry.input
class ContributionFilter:
    kind: ContributionKind | None = None  # type: ignore[valid-type]
    sig: str | None = strawberry.field(default=None, metadata={"max_length": 64})
    from_: datetime | None = strawberry.field(default=None, name="from")
    to: datetime | None = strawberry.field(default=None, description="Exclusive.")

    def domain(self) -> DomainFilter:
        return DomainFilter(self.kind, self.sig, self.from_, self.to)


@strawberry.input
class ContributionStatsFilter:
    sig: str | None = strawberry.field(default=None, metadata={"max_length": 64})
    from_: date | None = strawberry.field(default=None, name="from")
    to: date | None = strawberry.field(default=None, description="Exclusive.")


async def may_see_contributions(info: Info, user_id: int) -> bool:
    """The member themself, or anyone when the member's profile may be published."""
    viewer = await info.context.viewer()
    if viewer is not None and viewer.id == user_id:
        return True
    return await publication.may_publish_profile(user_id)


async def contributions_of(
    info: Info,
    user_id: int,
    chosen: ContributionFilter | None,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[Contribution] | None:
    if not await may_see_contributions(info, user_id):
        return None
    query = contributions.of_member(user_id, chosen.domain() if chosen else None)
    return await paginate(query, Contribution.of, first, after, last, before)


@dataclass(frozen=True, slots=True)
class PageArguments:
    """A `contributions` field's arguments: the same for every member of a page."""

    chosen: DomainFilter | None
    first: int | None
    after: str | None
    last: int | None
    before: str | None

    def window(self, total: int) -> tuple[int, int]:
        return window(total, self.first, self.after, self.last, self.before)


async def member_pages(
    keys: list[tuple[int, PageArguments]],
) -> list[Connection[Contribution]]:
    """A page of contributions for each member of a directory page: per set of arguments
    (an alias each), one statement for the totals and two for the pages."""
    groups: dict[PageArguments, list[int]] = {}
    for user_id, arguments in keys:
        groups.setdefault(arguments, []).append(user_id)
    found: dict[tuple[int, PageArguments], Connection[Contribution]] = {}
    for arguments, user_ids in groups.items():
        totals = await contributions.totals_of_members(user_ids, arguments.chosen)
        windows = {u: arguments.window(totals[u]) for u in user_ids}
        pages = await contributions.pages_of_members(windows, arguments.chosen)
        for user_id in user_ids:
            start, end = windows[user_id]
            nodes = [Contribution.of(row) for row in pages[user_id]]
            found[(user_id, arguments)] = connection(nodes, start, end, totals[user_id])
    return [found[key] for key in keys]


async def member_page(
    info: Info,
    user_id: int,
    chosen: ContributionFilter | None,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[Contribution]:
    """A directory member's page, loaded with every other member's of the same page. The
    entry is shown only while the profile may be published, so it needs no check of its own."""
    arguments = PageArguments(chosen.domain() if chosen else None, first, after, last, before)
    arguments.window(0)  # bad arguments are refused here, before anything is loaded
    return await info.context.loaders.load(member_pages, (user_id, arguments))


async def stats_of(info: Info, user_id: int) -> ContributionStats | None:
    if not await may_see_contributions(info, user_id):
        return None
    return ContributionStats.from_stats(await contributions.member_stats(user_id))


@strawberry.type
class UserContributions:
    """`User.contributions` and `User.contributionStats`, mixed into `User`."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Newest first. The member, or others when the profile may be published.",
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
        return await contributions_of(info, self._model.id, filter, first, after, last, before)

    @strawberry.field(extensions=[owner_only(user_is_owner)])
    async def contribution_stats(self, info: Info) -> ContributionStats | None:
        return await stats_of(info, self._model.id)


@strawberry.input
class AddContributionInput:
    kind: ContributionKind = strawberry.field(  # type: ignore[valid-type]
        description="TALK, BLOG, DOCS, EVENT or OTHER; the rest come from Gitee."
    )
    title: str = strawberry.field(
        description="At most 255 characters.", metadata={"max_length": 512}
    )
    occurred_at: datetime
    url: str | None = strawberry.field(
        default=None, description="http(s), at most 512.", metadata={"max_length": 2048}
    )
    sig: str | None = strawberry.field(
        default=None, description="A SIG's name.", metadata={"max_length": 64}
    )


@strawberry.type
class AddContributionPayload:
    contribution: Contribution | None = None
    user_errors: list[UserError]


@strawberry.input
class RemoveContributionInput:
    id: strawberry.ID


@strawberry.type
class RemoveContributionPayload:
    removed_id: strawberry.ID | None = None
    user_errors: list[UserError]


@strawberry.type
class ContributionQueries:
    @strawberry.field(
        extensions=[public()],
        description="Anonymous counts per SIG and month, for anyone: no person is named.",
    )
    async def contribution_stats(
        self, filter: ContributionStatsFilter | None = None
    ) -> list[ContributionMonth]:
        chosen = filter or ContributionStatsFilter()
        months = await contributions.monthly_stats(chosen.sig, chosen.from_, chosen.to)
        return [
            ContributionMonth(sig=m.sig, month=m.month, stats=ContributionStats.from_stats(m.stats))
            for m in months
        ]


@strawberry.type
class ContributionMutations:
    @strawberry.mutation(
        extensions=[signed_in(AddContributionPayload)],
        description="Record a talk, post or other work Gitee cannot see.",
    )
    async def add_contribution(
        self, info: Info, input: AddContributionInput
    ) -> AddContributionPayload:
        viewer = await info.context.require_viewer()
        new = contributions.NewContribution(
            input.kind, input.title, input.occurred_at, input.url, input.sig
        )
        made, errors = await attempt(contributions.add(viewer, new))
        if made is not None:
            made = await ContributionModel.get(id=made.id).select_related("sig")
        return AddContributionPayload(
            contribution=Contribution.of(made) if made else None, user_errors=errors
        )

    @strawberry.mutation(
        extensions=[signed_in(RemoveContributionPayload)],
        description="Remove a contribution the member added.",
    )
    async def remove_contribution(
        self, info: Info, input: RemoveContributionInput
    ) -> RemoveContributionPayload:
        viewer = await info.context.require_viewer()
        key = from_global_id("Contribution", input.id)
        wanted = int(key) if key is not None and key.isdigit() and len(key) < 19 else None
        removed, errors = await attempt(contributions.remove(viewer, wanted))
        return RemoveContributionPayload(
            removed_id=to_global_id("Contribution", removed) if removed else None,
            user_errors=errors,
        )
