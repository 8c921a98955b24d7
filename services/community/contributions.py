"""Contributions: the import from Gitee, what members add themselves, and the statistics.

The import (`sync`) reads, per repository of a SIG or of a `CONTRIBUTION_ORGS` organisation,
the pull requests, issues and comments on both that changed since its cursor. It stores an
item only when its author's Gitee user id is the subject of a bound Gitee identity (and the
member has not restricted processing); everyone's items, bound or not, only add to the
anonymous monthly tallies. A listing is stored in one transaction with its cursor, so an
interrupted run (rate limit, outage) neither loses nor double-counts anything: the next run
reads the same changes again and counts only items created after the old cursor.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

import structlog
from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.community.cla import ClaCheck
from models.community.contributions import (
    IMPORTED_KINDS,
    Contribution,
    ContributionCursor,
    ContributionKind,
    ContributionSource,
    ContributionTally,
)
from models.community.sigs import Sig
from models.gate.processing_limits import LimitKind, ProcessingLimit
from models.identity.identities import ExternalIdentity
from models.identity.users import User
from providers.http import ServiceUnavailable
from services.delivery.gitee_api import (
    GiteeApi,
    Item,
    RateLimited,
    RepositoryUnreadable,
    gitee_time,
)
from services.gate.outbound import OutboundClient
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode, raise_all
from settings import Settings

log = structlog.get_logger(__name__)

MERGED = "MERGED"  # tally kind of merged pull requests
TITLE_MAX = 255
URL_MAX = 512
MEMBER_KINDS = frozenset(ContributionKind) - IMPORTED_KINDS
OTHER_KINDS = MEMBER_KINDS


@dataclass(frozen=True, slots=True)
class Listing:
    name: str
    path: str
    kind: ContributionKind
    uses_since: bool


LISTINGS = (
    Listing("pulls", "pulls", ContributionKind.PULL_REQUEST, False),
    Listing("issues", "issues", ContributionKind.ISSUE, True),
    Listing("pull_comments", "pulls/comments", ContributionKind.PULL_REQUEST_COMMENT, True),
    Listing("issue_comments", "issues/comments", ContributionKind.ISSUE_COMMENT, True),
)


@dataclass
class SyncReport:
    repositories: int = 0
    fetched: int = 0
    stored: int = 0
    not_attributed: int = 0
    unreadable: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    removed_unbound: int = 0
    rate_limited_for: int | None = None

    def summary(self) -> str:
        text = (
            f"{self.repositories} repositories, {self.fetched} items read, {self.stored} stored, "
            f"{self.not_attributed} of unbound authors counted only"
        )
        if self.unreadable:
            text += f"; skipped (deleted or private): {', '.join(self.unreadable)}"
        if self.failed:
            text += f"; unavailable: {', '.join(self.failed)}"
        if self.removed_unbound:
            text += f"; {self.removed_unbound} removed after unbinding"
        if self.rate_limited_for is not None:
            text += f"; rate limited, run again in {self.rate_limited_for} s"
        return text


def month_of(moment: datetime) -> date:
    moment = moment.astimezone(UTC)
    return date(moment.year, moment.month, 1)


async def repositories_to_sync(settings: Settings, api: GiteeApi) -> dict[str, int | None]:
    """`owner/repo` -> the id of the SIG it belongs to (None for an org's other repositories)."""
    found: dict[str, int | None] = {}
    for org in settings.contribution_org_names:
        try:
            names = await api.org_repositories(org)
        except ServiceUnavailable as exc:
            # This run goes on with the SIGs' repositories; the next one lists the org again.
            log.warning("organisation listing failed", org=org, reason=str(exc))
            continue
        for name in names:
            found.setdefault(name, None)
    for sig in await Sig.all().order_by("name"):
        for name in sig.repositories:
            if found.get(name) is None:
                found[name] = sig.id
    return found


async def _bound_authors() -> dict[str, int]:
    """Gitee user id -> member id, for bound identities of members who allow processing."""
    restricted = set(
        await ProcessingLimit.filter(kind=LimitKind.RESTRICTION, lifted_at=None).values_list(
            "user_id", flat=True
        )
    )
    rows = await ExternalIdentity.filter(provider="gitee").values_list("subject", "user_id")
    return {str(subject): int(uid) for subject, uid in rows if uid not in restricted}


async def _cla_signed(user_ids: set[int]) -> dict[int, bool]:
    found: dict[int, bool] = {}
    if not user_ids:
        return found
    rows = await ClaCheck.filter(user_id__in=list(user_ids)).values_list(
        "user_id", "signed", "version_matched"
    )
    for user_id, signed, matched in rows:
        found[user_id] = found.get(user_id, False) or bool(signed and matched)
    return found


def _title(listing: Listing, item: Item, repository: str) -> str:
    if listing.kind in (ContributionKind.PULL_REQUEST, ContributionKind.ISSUE):
        return str(item.get("title") or "")[:TITLE_MAX] or f"#{item.get('number')}"
    # Comments: no body is copied, only where it was made.
    return f"Comment on {repository}"[:TITLE_MAX]


class _Importer:
    def __init__(self, api: GiteeApi, authors: dict[str, int], report: SyncReport) -> None:
        self.api = api
        self.authors = authors
        self.report = report

    async def fetch(self, repository: str, listing: Listing, since: datetime | None) -> list[Item]:
        path = f"/repos/{repository}/{listing.path}"
        params = {"sort": "updated", "direction": "desc"}
        if listing.kind in (ContributionKind.PULL_REQUEST, ContributionKind.ISSUE):
            params["state"] = "all"
        stop = None
        if since is not None and listing.uses_since:
            params["since"] = since.isoformat()
        elif since is not None:

            def stop(item: Item) -> bool:
                updated = gitee_time(item.get("updated_at"))
                return updated is not None and updated < since

        items: list[Item] = []
        async for page in self.api.pages(path, params, repository, stop):
            items.extend(page)
        return items

    async def store(
        self,
        repository: str,
        sig_id: int | None,
        listing: Listing,
        cursor: ContributionCursor,
        items: Sequence[Item],
    ) -> None:
        previous = cursor.seen_until
        tallies: Counter[tuple[date, str]] = Counter()
        newest = previous
        wanted: dict[int, tuple[int, Item]] = {}
        for item in items:
            created = gitee_time(item.get("created_at"))
            updated = gitee_time(item.get("updated_at")) or created
            if created is None or not isinstance(item.get("id"), int):
                continue
            if updated is not None and (newest is None or updated > newest):
                newest = updated
            if previous is None or created > previous:
                tallies[(month_of(created), listing.kind.value)] += 1
            merged = gitee_time(item.get("merged_at"))
            if merged is not None and (previous is None or merged > previous):
                tallies[(month_of(merged), MERGED)] += 1
            author = item.get("user") or {}
            user_id = self.authors.get(str(author.get("id")))
            if user_id is None:
                self.report.not_attributed += 1
                continue
            wanted[int(item["id"])] = (user_id, item)
        signed = await _cla_signed({uid for uid, _ in wanted.values()})
        async with in_transaction():
            await self._upsert(repository, sig_id, listing, wanted, signed)
            for (month, kind), count in tallies.items():
                await add_to_tally(sig_id, month, kind, count)
            cursor.seen_until = newest
            cursor.last_run_at = clock.now()
            cursor.last_status = "ok"
            await cursor.save()
        self.report.fetched += len(items)
        self.report.stored += len(wanted)

    async def _upsert(
        self,
        repository: str,
        sig_id: int | None,
        listing: Listing,
        wanted: dict[int, tuple[int, Item]],
        signed: dict[int, bool],
    ) -> None:
        if not wanted:
            return
        existing = {
            c.external_id: c
            for c in await Contribution.filter(kind=listing.kind, external_id__in=list(wanted))
        }
        new: list[Contribution] = []
        for external_id, (user_id, item) in wanted.items():
            values = {
                "user_id": user_id,
                "title": _title(listing, item, repository),
                "url": str(item.get("html_url") or "")[:URL_MAX] or None,
                "repository": repository,
                "sig_id": sig_id,
                "occurred_at": gitee_time(item.get("created_at")),
                "merged_at": gitee_time(item.get("merged_at")),
            }
            found = existing.get(external_id)
            if found is None:
                new.append(
                    Contribution(
                        kind=listing.kind,
                        source=ContributionSource.GITEE,
                        external_id=external_id,
                        cla_signed=signed.get(user_id),
                        **values,
                    )
                )
            else:
                await Contribution.filter(id=found.id).update(**values)
        if new:
            await Contribution.bulk_create(new)

    async def repository(self, repository: str, sig_id: int | None) -> None:
        for listing in LISTINGS:
            cursor, _ = await ContributionCursor.get_or_create(
                repository=repository, listing=listing.name
            )
            try:
                items = await self.fetch(repository, listing, cursor.seen_until)
            except RepositoryUnreadable as gone:
                await ContributionCursor.filter(repository=repository).update(
                    last_status=gone.reason, last_run_at=clock.now()
                )
                self.report.unreadable.append(repository)
                return
            except RateLimited:
                cursor.last_status = "rate_limited"
                await cursor.save()
                raise
            await self.store(repository, sig_id, listing, cursor, items)


async def add_to_tally(sig_id: int | None, month: date, kind: str, count: int) -> None:
    if count == 0:
        return
    changed = await ContributionTally.filter(sig_id=sig_id, month=month, kind=kind).update(
        count=F("count") + count
    )
    if not changed:
        await ContributionTally.create(sig_id=sig_id, month=month, kind=kind, count=count)


async def remove_unbound() -> int:
    """Imported contributions of members who no longer have a Gitee identity bound."""
    bound = ExternalIdentity.filter(provider="gitee").values_list("user_id", flat=True)
    return await (
        Contribution.filter(source=ContributionSource.GITEE)
        .exclude(user_id__in=list(await bound))
        .delete()
    )


async def sync(settings: Settings, outbound: OutboundClient) -> SyncReport:
    """One import run over every repository; see the module docstring."""
    report = SyncReport()
    if not settings.gitee_api_token:
        log.info("contribution import skipped: GITEE_API_TOKEN is not set")
        return report
    api = GiteeApi(settings, outbound)
    report.removed_unbound = await remove_unbound()
    try:
        repositories = await repositories_to_sync(settings, api)
        importer = _Importer(api, await _bound_authors(), report)
        for repository, sig_id in sorted(repositories.items()):
            report.repositories += 1
            try:
                await importer.repository(repository, sig_id)
            except ServiceUnavailable as exc:
                log.warning("contribution import failed", repository=repository, reason=str(exc))
                await ContributionCursor.filter(repository=repository).update(
                    last_status="unavailable"
                )
                report.failed.append(repository)
    except RateLimited as limited:
        report.rate_limited_for = limited.retry_after
    log.info("contribution import", summary=report.summary())
    return report


# Members' own contributions.

_URL = re.compile(r"^https?://[^\s]+$")


@dataclass(frozen=True, slots=True)
class NewContribution:
    kind: ContributionKind
    title: str
    occurred_at: datetime
    url: str | None = None
    sig: str | None = None


async def add(user: User, new: NewContribution) -> Contribution:
    errors: list[DomainError] = []
    if new.kind not in MEMBER_KINDS:
        errors.append(
            DomainError(
                ErrorCode.INVALID,
                "Pull requests, issues and comments come from Gitee; add a talk, blog post, "
                "documentation, event or other contribution.",
                ["kind"],
            )
        )
    title = new.title.strip()
    if not title:
        errors.append(DomainError(ErrorCode.REQUIRED, "A title is required.", ["title"]))
    elif len(title) > TITLE_MAX:
        errors.append(
            DomainError(
                ErrorCode.TOO_LONG, f"A title is at most {TITLE_MAX} characters.", ["title"]
            )
        )
    url = (new.url or "").strip() or None
    if url is not None and (
        len(url) > URL_MAX or not _URL.fullmatch(url) or not urlsplit(url).netloc
    ):
        errors.append(DomainError(ErrorCode.INVALID, "Give an http(s) address.", ["url"]))
    sig = None
    if new.sig:
        sig = await Sig.get_or_none(name=new.sig.strip().lower()[:40])
        if sig is None:
            errors.append(DomainError(ErrorCode.NOT_FOUND, "No such SIG.", ["sig"]))
    occurred = new.occurred_at
    if occurred.tzinfo is None:
        occurred = occurred.replace(tzinfo=UTC)
    if occurred > clock.now():
        errors.append(
            DomainError(
                ErrorCode.INVALID, "A contribution cannot be in the future.", ["occurredAt"]
            )
        )
    raise_all(errors)
    async with in_transaction():
        made = await Contribution.create(
            user_id=user.id,
            kind=new.kind,
            source=ContributionSource.MEMBER,
            title=title,
            url=url,
            sig=sig,
            occurred_at=occurred,
        )
        await add_to_tally(sig.id if sig else None, month_of(occurred), new.kind.value, 1)
    return made


async def remove(user: User, contribution_id: int | None) -> int:
    found = (
        await Contribution.get_or_none(id=contribution_id, user_id=user.id)
        if contribution_id is not None
        else None
    )
    if found is None:
        raise DomainError(ErrorCode.NOT_FOUND, "No such contribution of yours.", ["id"])
    if found.source is not ContributionSource.MEMBER:
        raise DomainError(
            ErrorCode.FORBIDDEN,
            "Contributions imported from Gitee leave with the Gitee binding.",
            ["id"],
        )
    async with in_transaction():
        await found.delete()
        await add_to_tally(found.sig_id, month_of(found.occurred_at), found.kind.value, -1)
    return found.id


# Reading.


@dataclass(frozen=True, slots=True)
class ContributionFilter:
    kind: ContributionKind | None = None
    sig: str | None = None
    start: datetime | None = None
    end: datetime | None = None


def of_member(user_id: int, chosen: ContributionFilter | None = None) -> QuerySet[Contribution]:
    query = Contribution.filter(user_id=user_id)
    if chosen is not None:
        if chosen.kind is not None:
            query = query.filter(kind=chosen.kind)
        if chosen.sig is not None:
            query = query.filter(sig__name=chosen.sig.strip().lower()[:40])
        if chosen.start is not None:
            query = query.filter(occurred_at__gte=chosen.start)
        if chosen.end is not None:
            query = query.filter(occurred_at__lt=chosen.end)
    return query.order_by("-occurred_at", "-id").select_related("sig")


@dataclass(frozen=True, slots=True)
class Stats:
    pull_requests: int = 0
    merged_pull_requests: int = 0
    issues: int = 0
    comments: int = 0
    other: int = 0


def _stats(counts: Counter[str]) -> Stats:
    return Stats(
        pull_requests=counts[ContributionKind.PULL_REQUEST.value],
        merged_pull_requests=counts[MERGED],
        issues=counts[ContributionKind.ISSUE.value],
        comments=counts[ContributionKind.PULL_REQUEST_COMMENT.value]
        + counts[ContributionKind.ISSUE_COMMENT.value],
        other=sum(counts[k.value] for k in OTHER_KINDS),
    )


async def member_stats(user_id: int) -> Stats:
    return (await stats_of_members([user_id]))[user_id]


async def stats_of_members(user_ids: Sequence[int]) -> dict[int, Stats]:
    """Each member's counts, in one statement (a directory page)."""
    counts: dict[int, Counter[str]] = {u: Counter() for u in user_ids}
    rows = await Contribution.filter(user_id__in=list(user_ids)).values_list(
        "user_id", "kind", "merged_at"
    )
    for user_id, kind, merged_at in rows:
        found = counts[int(user_id)]
        found[str(kind.value if isinstance(kind, ContributionKind) else kind)] += 1
        if merged_at is not None:
            found[MERGED] += 1
    return {u: _stats(c) for u, c in counts.items()}


@dataclass(frozen=True, slots=True)
class MonthStats:
    sig: str | None
    month: date
    stats: Stats


async def monthly_stats(
    sig: str | None = None, start: date | None = None, end: date | None = None
) -> list[MonthStats]:
    """Anonymous counts per SIG and month, oldest first (`end` exclusive)."""
    query = ContributionTally.all()
    if sig is not None:
        query = query.filter(sig__name=sig.strip().lower()[:40])
    if start is not None:
        query = query.filter(month__gte=date(start.year, start.month, 1))
    if end is not None:
        query = query.filter(month__lt=end)
    grouped: dict[tuple[str | None, date], Counter[str]] = {}
    for name, month, kind, count in await query.values_list("sig__name", "month", "kind", "count"):
        grouped.setdefault((name, month), Counter())[kind] += count
    return [
        MonthStats(name, month, _stats(counts))
        for (name, month), counts in sorted(grouped.items(), key=lambda e: (e[0][1], e[0][0] or ""))
    ]
