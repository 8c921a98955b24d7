"""Contributions: what members add themselves, a member's listing, and the statistics.

The import from Gitee lives in `contribution_import`; both add to the anonymous monthly
tallies through `add_to_tally` here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from urllib.parse import urlsplit

from tortoise import connections
from tortoise.expressions import F, RawSQL
from tortoise.functions import Count
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from models.community.contributions import (
    IMPORTED_KINDS,
    Contribution,
    ContributionKind,
    ContributionSource,
    ContributionTally,
)
from models.community.sigs import Sig
from models.identity.users import User
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode, raise_all

MERGED = "MERGED"  # tally kind of merged pull requests
TITLE_MAX = 255
URL_MAX = 512
MEMBER_KINDS = frozenset(ContributionKind) - IMPORTED_KINDS
OTHER_KINDS = MEMBER_KINDS


def month_of(moment: datetime) -> date:
    moment = moment.astimezone(UTC)
    return date(moment.year, moment.month, 1)


async def add_to_tally(sig_id: int | None, month: date, kind: str, count: int) -> None:
    if count == 0:
        return
    changed = await ContributionTally.filter(sig_id=sig_id, month=month, kind=kind).update(
        count=F("count") + count
    )
    if not changed:
        await ContributionTally.create(sig_id=sig_id, month=month, kind=kind, count=count)


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
    query = _chosen(Contribution.filter(user_id=user_id), chosen)
    return query.order_by("-occurred_at", "-id").select_related("sig")


def _chosen(
    query: QuerySet[Contribution], chosen: ContributionFilter | None
) -> QuerySet[Contribution]:
    if chosen is not None:
        if chosen.kind is not None:
            query = query.filter(kind=chosen.kind)
        if chosen.sig is not None:
            query = query.filter(sig__name=chosen.sig.strip().lower()[:40])
        if chosen.start is not None:
            query = query.filter(occurred_at__gte=chosen.start)
        if chosen.end is not None:
            query = query.filter(occurred_at__lt=chosen.end)
    return query


async def totals_of_members(
    user_ids: Sequence[int], chosen: ContributionFilter | None = None
) -> dict[int, int]:
    """How many contributions each member has that `chosen` lets through: one statement."""
    rows = (
        await _chosen(Contribution.filter(user_id__in=list(user_ids)), chosen)
        .annotate(total=Count("id"))
        .group_by("user_id")
        .values_list("user_id", "total")
    )
    totals = dict.fromkeys(user_ids, 0)
    for user_id, total in rows:
        totals[int(user_id)] = int(total)
    return totals


async def pages_of_members(
    windows: Mapping[int, tuple[int, int]], chosen: ContributionFilter | None = None
) -> dict[int, list[Contribution]]:
    """Each member's contributions at offsets `start`..`end` (newest first, as `of_member`
    orders them), for every member at once: two statements, whatever the page of members.

    The offsets are numbered per member in SQL (`ROW_NUMBER() OVER (PARTITION BY ...)`,
    SQLite and PostgreSQL alike); Tortoise builds the filtered query, so it filters exactly as
    `of_member` does."""
    wanted = {u: (int(s), int(e)) for u, (s, e) in windows.items() if e > s}
    pages: dict[int, list[Contribution]] = {u: [] for u in windows}
    if not wanted:
        return pages
    table = Contribution._meta.db_table
    ranked = (
        _chosen(Contribution.filter(user_id__in=list(wanted)), chosen)
        .annotate(
            rn=RawSQL(
                f'ROW_NUMBER() OVER (PARTITION BY "{table}"."user_id" '
                f'ORDER BY "{table}"."occurred_at" DESC, "{table}"."id" DESC)'
            )
        )
        .values("id", "user_id", "rn")
    )
    ranked._make_query()
    inner, values = ranked.query.get_parameterized_sql()
    # Offsets are ints from the caller's window; user ids ints from the database.
    places = " OR ".join(
        f'("user_id" = {u} AND "rn" > {s} AND "rn" <= {e})' for u, (s, e) in wanted.items()
    )
    outer = f'SELECT "id", "user_id", "rn" FROM ({inner}) AS "ranked" WHERE {places}'  # noqa: S608
    found = await connections.get("default").execute_query_dict(outer, values)
    order = {int(row["id"]): (int(row["user_id"]), int(row["rn"])) for row in found}
    rows = await Contribution.filter(id__in=list(order)).select_related("sig")
    for row in sorted(rows, key=lambda r: order[r.id]):
        pages[order[row.id][0]].append(row)
    return pages


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
