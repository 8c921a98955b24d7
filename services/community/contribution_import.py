"""The contribution import from Gitee (`sync`) and its cursors.

The import reads, per repository of a SIG or of a `CONTRIBUTION_ORGS` organisation,
the pull requests, issues and comments on both that changed since its cursor. It stores an
item only when its author's Gitee user id is the subject of a bound Gitee identity (and the
member has not restricted processing); everyone's items, bound or not, only add to the
anonymous monthly tallies. A listing is stored in one transaction with its cursor, so an
interrupted run (rate limit, outage) neither loses nor double-counts anything: the next run
reads the same changes again and counts only items created after the old cursor.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

import structlog
from tortoise.transactions import in_transaction

from models.community.contributions import (
    Contribution,
    ContributionCursor,
    ContributionKind,
    ContributionSource,
)
from providers.http import ServiceUnavailable
from services.community.contribution_sources import (
    bound_authors,
    cla_signed,
    remove_unbound,
    repositories_to_sync,
)
from services.community.contributions import MERGED, TITLE_MAX, URL_MAX, add_to_tally, month_of
from services.delivery.gitee_api import (
    GiteeApi,
    Item,
    RateLimited,
    RepositoryUnreadable,
    gitee_time,
)
from services.gate.outbound import OutboundClient
from services.kernel import clock
from settings import Settings

log = structlog.get_logger(__name__)


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
        signed = await cla_signed({uid for uid, _ in wanted.values()})
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
        importer = _Importer(api, await bound_authors(), report)
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
