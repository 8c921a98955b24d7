"""CLA status of members (statement §1d), checked by address and cached.

The addresses checked are the member's verified account address and the e-mail of their
bound Gitee identity (the commit address Gitee confirmed). Results are kept per address in
`ClaCheck`; a read older than `CLA_CACHE_HOURS` asks the job to refresh it, and a member may
refresh on demand `CLA_REFRESHES_PER_HOUR` times an hour.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from models.community.cla import ClaCheck
from models.identity.identities import ExternalIdentity
from models.identity.users import User, UserStatus
from providers.http import ServiceUnavailable
from services.delivery.cla import cla_client
from services.gate.outbound import OutboundClient, OutboundRefused
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue
from services.kernel.ratelimit import Counter
from settings import Settings

# How many members one periodic run refreshes at most.
BATCH = 200


@dataclass(frozen=True, slots=True)
class ClaStatus:
    signed: bool
    version_matched: bool
    checked_at: datetime | None
    email: str | None  # the address that signed (the current version preferably)


async def addresses_of(user: User) -> list[str]:
    found = [user.email] if user.email else []
    rows = await ExternalIdentity.filter(
        user_id=user.id, provider="gitee", email__not_isnull=True
    ).values_list("email", flat=True)
    found += [str(e).lower() for e in rows if e]
    return list(dict.fromkeys(found))


def summarise(checks: list[ClaCheck]) -> ClaStatus:
    if not checks:
        return ClaStatus(False, False, None, None)
    ranked = sorted(checks, key=lambda c: (c.version_matched, c.signed), reverse=True)
    best = ranked[0]
    return ClaStatus(
        best.signed,
        best.version_matched,
        min(c.checked_at for c in checks),
        best.email if best.signed else None,
    )


async def status(user: User) -> ClaStatus:
    return summarise(list(await ClaCheck.filter(user_id=user.id).order_by("id")))


def is_stale(settings: Settings, found: ClaStatus) -> bool:
    return found.checked_at is None or found.checked_at < clock.now() - timedelta(
        hours=settings.cla_cache_hours
    )


async def refresh(settings: Settings, outbound: OutboundClient, user: User) -> ClaStatus:
    """Ask the CLA service about each address now; raises a DomainError when it cannot."""
    client = cla_client(settings, outbound)
    if client is None:
        raise DomainError(ErrorCode.PROVIDER_UNAVAILABLE, "CLA checking is not configured here.")
    addresses = await addresses_of(user)
    answers = {}
    try:
        for address in addresses:
            answers[address] = await client.check(user.id, address)
    except ServiceUnavailable:
        raise DomainError(
            ErrorCode.PROVIDER_UNAVAILABLE, "The CLA service is not available; try later."
        ) from None
    except OutboundRefused:
        raise DomainError(
            ErrorCode.OUTBOUND_REFUSED,
            "The limits on processing your data stop the CLA check.",
        ) from None
    now = clock.now()
    async with in_transaction():
        await ClaCheck.filter(user_id=user.id).exclude(email__in=addresses).delete()
        for address, answer in answers.items():
            changed = await ClaCheck.filter(user_id=user.id, email=address).update(
                signed=answer.signed, version_matched=answer.version_matched, checked_at=now
            )
            if not changed:
                await ClaCheck.create(
                    user_id=user.id,
                    email=address,
                    signed=answer.signed,
                    version_matched=answer.version_matched,
                    checked_at=now,
                )
    return await status(user)


async def refresh_on_demand(
    settings: Settings, outbound: OutboundClient, counter: Counter, user: User
) -> ClaStatus:
    hits = await counter.hit(f"cla-refresh:{user.id}", 3600)
    if hits > settings.cla_refreshes_per_hour:
        raise DomainError(
            ErrorCode.RATE_LIMITED, "The CLA status was checked often; try again in an hour."
        )
    return await refresh(settings, outbound, user)


async def read(settings: Settings, queue: JobQueue, user: User) -> ClaStatus:
    """The cached status; a stale one is refreshed in the background for the next read."""
    found = await status(user)
    if settings.cla_service_url and is_stale(settings, found):
        await queue.enqueue("refresh_cla_status", _key=f"cla:{user.id}", user_id=user.id)
    return found


async def due_members(settings: Settings) -> list[int]:
    """Members whose status is stale: checked before, or bound to Gitee and never checked."""
    cutoff = clock.now() - timedelta(hours=settings.cla_cache_hours)
    stale = await ClaCheck.filter(checked_at__lt=cutoff).values_list("user_id", flat=True)
    checked = await ClaCheck.all().values_list("user_id", flat=True)
    bound = await ExternalIdentity.filter(provider="gitee").values_list("user_id", flat=True)
    ever = {int(str(u)) for u in checked}
    due = {int(str(u)) for u in stale} | ({int(str(u)) for u in bound} - ever)
    active = await User.filter(id__in=list(due), status=UserStatus.ACTIVE).values_list(
        "id", flat=True
    )
    return sorted(int(str(u)) for u in active)[:BATCH]


async def refresh_due(settings: Settings, outbound: OutboundClient) -> int:
    """The periodic refresh; a member the service or the gate refuses is tried next run."""
    if cla_client(settings, outbound) is None:
        return 0
    refreshed = 0
    for user in await User.filter(id__in=await due_members(settings)):
        try:
            await refresh(settings, outbound, user)
        except DomainError:
            continue
        refreshed += 1
    return refreshed
