"""Access statistics: the day's access log becomes anonymous aggregates that outlive the
raw log's 10-day purge; the frontend learns whether it may load analytics, and the cookies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import time_machine

from jobs.participation import aggregate_access_statistics
from jobs.privacy import purge_expired_data
from models.community.statistics import DailyAccessStatistics
from models.identity.roles import Role
from models.privacy.access_log import AccessLogEntry
from services.identity import roles
from services.identity.container import Services
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import publish_statement
from tests.support.privacy import job_context

STATS = """query S($from: Date!, $to: Date!) { serviceStatistics(from: $from, to: $to) {
  day requests visitors status2xx status4xx topPaths { value count }
  topReferrers { value count } } }"""
SITE = "{ siteConfig { analyticsAllowed } cookies { name essential lifetime setBy } }"


async def test_daily_statistics_survive_the_10_day_purge_of_the_raw_log(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    day = datetime(2026, 3, 2, tzinfo=UTC)
    token = "Xk3Jd9sLqP0aZr7TyU2w"
    rows = [
        ("198.51.100.1", "ua-1", 200, "/graphql", "https://www.openeuler.org/zh/blog?id=9"),
        ("198.51.100.1", "ua-1", 200, "/graphql", None),
        ("198.51.100.2", "ua-2", 404, f"/exports/{token}", None),
        ("198.51.100.2", "ua-3", 200, "/graphql", "https://gitee.com/openeuler"),
    ]
    for n, (ip, agent, status, path, referer) in enumerate(rows):
        await AccessLogEntry.create(
            at=day + timedelta(hours=n),
            ip_address=ip,
            user_agent=agent,
            status=status,
            path=path,
            method="POST",
            response_size=10,
            referer=referer,
        )
    async with job_context(services) as ctx:
        with time_machine.travel(day + timedelta(days=1, hours=1)):
            assert await aggregate_access_statistics(ctx) == 1
            assert await aggregate_access_statistics(ctx) == 0  # once a day
        with time_machine.travel(day + timedelta(days=12)):
            await purge_expired_data(ctx)
    assert await AccessLogEntry.filter(at__lt=day + timedelta(days=1)).count() == 0

    await sign_up(client, mailbox, username="adam", email="adam@example.org")
    await roles.grant("adam", Role.ADMIN)
    (stats,) = (await client.execute(STATS, **{"from": "2026-03-01", "to": "2026-03-03"}))[
        "serviceStatistics"
    ]
    assert (stats["day"], stats["requests"], stats["visitors"]) == ("2026-03-02", 4, 3)
    assert (stats["status2xx"], stats["status4xx"]) == (3, 1)
    assert stats["topPaths"] == [
        {"value": "/graphql", "count": 3},
        {"value": "/exports/:token", "count": 1},
    ]
    assert {r["value"] for r in stats["topReferrers"]} == {"www.openeuler.org", "gitee.com"}
    # No address, agent or token is kept anywhere in the statistics.
    kept = str(await DailyAccessStatistics.all().values())
    assert "198.51.100" not in kept and "ua-1" not in kept and token not in kept


async def test_statistics_are_for_admins_only(client: GraphQLClient, mailbox: Mailbox) -> None:
    assert (await client.execute(STATS, **{"from": "2026-03-01", "to": "2026-03-03"}))[
        "serviceStatistics"
    ] is None
    await sign_up(client, mailbox)
    assert (await client.execute(STATS, **{"from": "2026-03-01", "to": "2026-03-03"}))[
        "serviceStatistics"
    ] is None


async def test_analytics_is_allowed_only_with_consent_and_the_cookies_are_listed(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    site = await client.execute(SITE)
    assert site["siteConfig"]["analyticsAllowed"] is False
    assert {c["name"] for c in site["cookies"]} == {"commons_session", "commons_oauth_state"}
    assert all(c["essential"] and c["setBy"] == "Commons" for c in site["cookies"])

    await publish_statement(services.queue)
    await sign_up(client, mailbox, consents=["ANALYTICS_SHARING"])
    # Consent alone is not enough while the analytics recipient (CN) is outside DATA_REGIONS.
    assert (await client.execute(SITE))["siteConfig"]["analyticsAllowed"] is False
    # An operator who allows CN (DATA_REGIONS=HK,CN): the cached property, replaced for a while.
    services.settings.__dict__["allowed_data_regions"] = frozenset({"HK", "CN"})
    try:
        assert (await client.execute(SITE))["siteConfig"]["analyticsAllowed"] is True
    finally:
        services.settings.__dict__.pop("allowed_data_regions")
