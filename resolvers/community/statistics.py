"""Access statistics in the schema: `serviceStatistics` for admins, `siteConfig` and
`cookies` for the frontend."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import strawberry

from models.community.statistics import DailyAccessStatistics
from models.identity.roles import Role
from resolvers.context import Info
from resolvers.errors import PublicError
from resolvers.permissions import has_role, public
from services.community import statistics
from services.kernel.errors import DomainError


@strawberry.type
class CountedValue:
    value: str
    count: int


@strawberry.type(description="Anonymous counts of one day (UTC).")
class DailyStatistics:
    day: date
    requests: int
    visitors: int = strawberry.field(description="Distinct address and agent pairs of the day.")
    status_2xx: int
    status_3xx: int
    status_4xx: int
    status_5xx: int
    top_paths: list[CountedValue]
    top_referrers: list[CountedValue] = strawberry.field(description="Referring sites (hosts).")

    @classmethod
    def from_model(cls, row: DailyAccessStatistics) -> DailyStatistics:
        def counted(pairs: list[list[object]]) -> list[CountedValue]:
            return [CountedValue(value=str(v), count=int(str(c))) for v, c in pairs]

        return cls(
            day=row.day,
            requests=row.requests,
            visitors=row.visitors,
            status_2xx=row.status_2xx,
            status_3xx=row.status_3xx,
            status_4xx=row.status_4xx,
            status_5xx=row.status_5xx,
            top_paths=counted(row.top_paths),
            top_referrers=counted(row.top_referrers),
        )


@strawberry.type
class SiteConfig:
    analytics_allowed: bool = strawberry.field(
        description="Whether the frontend may load the analytics script for this visitor: "
        "only for a member who consented to ANALYTICS_SHARING and has not objected."
    )


@strawberry.type
class Cookie:
    name: str
    purpose: str
    lifetime: str
    essential: bool
    set_by: str


@strawberry.type
class StatisticsQueries:
    @strawberry.field(
        extensions=[has_role(Role.ADMIN)],
        description="Daily access statistics, `from` to `to` inclusive. Admins.",
    )
    async def service_statistics(
        self, info: Info, from_: Annotated[date, strawberry.argument(name="from")], to: date
    ) -> list[DailyStatistics] | None:
        try:
            days = await statistics.daily(from_, to)
        except DomainError as error:
            raise PublicError(error.message) from None
        return [DailyStatistics.from_model(d) for d in days]

    @strawberry.field(
        extensions=[public()],
        description="What the frontend needs to know about this visitor.",
    )
    async def site_config(self, info: Info) -> SiteConfig:
        allowed = await statistics.analytics_allowed(
            info.context.services.settings, await info.context.viewer()
        )
        return SiteConfig(analytics_allowed=allowed)

    @strawberry.field(
        extensions=[public()],
        description="Every cookie the service sets, for the cookie page.",
    )
    def cookies(self, info: Info) -> list[Cookie]:
        return [
            Cookie(
                name=c.name,
                purpose=c.purpose,
                lifetime=c.lifetime,
                essential=c.essential,
                set_by=c.set_by,
            )
            for c in statistics.cookies(info.context.services.settings)
        ]
