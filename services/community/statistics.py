"""Access statistics (statement §1c): daily anonymous aggregates of the access log, whether
this visitor may be given the analytics script, and the cookies the service sets.

`aggregate` turns each complete day still in the raw log (kept 10 days) into one
`DailyAccessStatistics` row, once: requests, distinct visitors (a keyed hash of address and
agent whose key is derived from the day and never stored), status classes, the top paths
(ids and tokens replaced) and the top referring sites (host only).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from urllib.parse import urlsplit

from models.annotations import Purpose
from models.community.statistics import DailyAccessStatistics
from models.identity.users import User
from models.privacy.access_log import AccessLogEntry
from services.gate import consent, processing_limits
from services.gate.recipients import recipients
from services.identity.oauth_state import STATE_COOKIE
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

TOP = 10
MAX_DAYS = 366
_NUMBER = re.compile(r"^\d+$")
_TOKEN = re.compile(r"^[A-Za-z0-9_=-]{16,}$")


def normalised_path(path: str) -> str:
    parts = []
    for part in path.split("/"):
        if _NUMBER.fullmatch(part):
            parts.append(":n")
        elif _TOKEN.fullmatch(part):
            parts.append(":token")
        else:
            parts.append(part[:64])
    return "/".join(parts)[:200]


def referring_site(referer: str | None) -> str | None:
    if not referer:
        return None
    host = urlsplit(referer).hostname
    return host[:200] if host else None


def _day_key(settings: Settings, day: date) -> bytes:
    return hmac.new(
        settings.secret_key.encode(), f"visitors\x1f{day.isoformat()}".encode(), hashlib.sha256
    ).digest()


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(), tzinfo=UTC)
    return start, start + timedelta(days=1)


async def aggregate_day(settings: Settings, day: date) -> DailyAccessStatistics:
    start, end = _bounds(day)
    rows = await AccessLogEntry.filter(at__gte=start, at__lt=end).values_list(
        "ip_address", "user_agent", "status", "path", "referer"
    )
    key = _day_key(settings, day)
    visitors: set[bytes] = set()
    statuses: Counter[int] = Counter()
    paths: Counter[str] = Counter()
    referrers: Counter[str] = Counter()
    for ip, agent, status, path, referer in rows:
        visitors.add(hmac.new(key, f"{ip}\x1f{agent}".encode(), hashlib.sha256).digest())
        statuses[int(status) // 100] += 1
        paths[normalised_path(str(path))] += 1
        site = referring_site(referer)
        if site:
            referrers[site] += 1
    return await DailyAccessStatistics.create(
        day=day,
        requests=len(rows),
        visitors=len(visitors),
        status_2xx=statuses[2],
        status_3xx=statuses[3],
        status_4xx=statuses[4],
        status_5xx=statuses[5],
        top_paths=[[p, c] for p, c in paths.most_common(TOP)],
        top_referrers=[[r, c] for r, c in referrers.most_common(TOP)],
    )


async def aggregate(settings: Settings) -> int:
    """Aggregate every complete day of the raw log not aggregated yet. Returns days done."""
    today = clock.now().astimezone(UTC).date()
    oldest = await AccessLogEntry.all().order_by("at").first()
    if oldest is None:
        return 0
    done = {
        d
        for d in await DailyAccessStatistics.filter(day__lt=today).values_list("day", flat=True)
        if isinstance(d, date)
    }
    day = oldest.at.astimezone(UTC).date()
    made = 0
    while day < today:
        if day not in done:
            await aggregate_day(settings, day)
            made += 1
        day += timedelta(days=1)
    return made


async def daily(start: date, end: date) -> list[DailyAccessStatistics]:
    """Days from `start` to `end` inclusive (at most a year)."""
    if end < start or (end - start).days >= MAX_DAYS:
        raise DomainError(ErrorCode.INVALID, f"Choose 1 to {MAX_DAYS} days.", ["to"])
    return list(await DailyAccessStatistics.filter(day__gte=start, day__lte=end).order_by("day"))


async def analytics_allowed(settings: Settings, user: User | None) -> bool:
    """May the frontend load the analytics script (Baidu Statistics, statement §3d) for this
    visitor? Only with a member's consent, no objection or restriction, and when the
    analytics recipient's region is allowed. A visitor without an account: no."""
    if user is None:
        return False
    recipient = recipients(settings.recipient_region_overrides)["BAIDU_STATISTICS"]
    if recipient.region not in settings.allowed_data_regions:
        return False
    return await consent.has_consent(
        user.id, Purpose.ANALYTICS_SHARING
    ) and await processing_limits.may_process(user.id, Purpose.ANALYTICS_SHARING)


@dataclass(frozen=True, slots=True)
class CookieNotice:
    name: str
    purpose: str
    lifetime: str
    essential: bool
    set_by: str


def cookies(settings: Settings) -> list[CookieNotice]:
    """Every cookie the service sets, for the cookie page. Commons sets no others."""
    days = settings.session_absolute_days
    return [
        CookieNotice(
            settings.session_cookie_name,
            "Keeps you signed in; HttpOnly, SameSite=Lax.",
            f"{days} days at most, or until you sign out",
            True,
            "Commons",
        ),
        CookieNotice(
            STATE_COOKIE,
            "Ties a sign-in with Gitee or another provider to this browser; HttpOnly.",
            f"{settings.oauth_state_minutes} minutes",
            True,
            "Commons",
        ),
    ]
