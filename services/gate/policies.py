"""Privacy-statement versions: publishing, the one in effect, and who must consent again."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime

from tortoise.exceptions import IntegrityError
from tortoise.queryset import QuerySet

from models.annotations import Purpose
from models.gate.consent import ConsentRecord
from models.gate.policies import PolicyVersion
from services.kernel import clock
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue

_VERSION = re.compile(r"version:\s*\**\s*(v\d{8})", re.IGNORECASE)
_UPDATED = re.compile(r"Last updated:\s*\**\s*([A-Z][a-z]+ \d{1,2}, \d{4})")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class StatementFacts:
    version: str | None
    effective_at: datetime | None


def read_statement(text: str) -> StatementFacts:
    """The version and date the statement states about itself ("Privacy policy version: …")."""
    version = _VERSION.search(text)
    updated = _UPDATED.search(text)
    effective = (
        datetime.strptime(updated.group(1), "%B %d, %Y").replace(tzinfo=UTC) if updated else None
    )
    return StatementFacts(version.group(1) if version else None, effective)


async def publish(
    queue: JobQueue,
    text: str,
    *,
    url: str,
    version: str | None = None,
    effective_at: datetime | None = None,
    material: bool = False,
) -> PolicyVersion:
    """Store a new version. A material one makes everyone consent again and is announced."""
    facts = read_statement(text)
    version = version or facts.version
    if not version:
        raise DomainError(ErrorCode.INVALID, "The statement names no version; give one.")
    when = effective_at or facts.effective_at or clock.now()
    try:
        policy = await PolicyVersion.create(
            version=version,
            effective_at=when,
            content_hash=content_hash(text),
            text=text,
            material=material,
            url=url,
        )
    except IntegrityError:
        raise DomainError(
            ErrorCode.POLICY_VERSION_EXISTS, f"Version {version} is already published."
        ) from None
    if material:
        await queue.enqueue("announce_policy", version=version)
    return policy


async def current() -> PolicyVersion | None:
    """The version in effect now: the newest whose effective date has come."""
    return (
        await PolicyVersion.filter(effective_at__lte=clock.now())
        .order_by("-effective_at", "-id")
        .first()
    )


def history_query() -> QuerySet[PolicyVersion]:
    return PolicyVersion.all().order_by("-effective_at", "-id")


async def latest_material() -> PolicyVersion | None:
    return (
        await PolicyVersion.filter(effective_at__lte=clock.now(), material=True)
        .order_by("-effective_at", "-id")
        .first()
    )


async def consent_required(user_id: int) -> PolicyVersion | None:
    """The material version this person has not yet accepted, or None.

    Accepting means a grant of the account purpose under that version or a later one.
    """
    material = await latest_material()
    if material is None:
        return None
    accepted = await ConsentRecord.filter(
        user_id=user_id, purpose=Purpose.ACCOUNT.value, granted=True
    ).values_list("policy_version", flat=True)
    if not accepted:
        return material
    newer_or_same = await PolicyVersion.filter(
        version__in=list(set(accepted)), effective_at__gte=material.effective_at
    ).exists()
    return None if newer_or_same else material
