"""The member directory (statement §1f): public profiles, field by field, with consent only.

A member writes a public profile and chooses which of its fields others see; it is shown
only while `publication.may_publish_profile` holds. The directory is read in a constant
number of statements per page: candidates, SIG membership, publication (three), the page's
profiles and their Gitee logins.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tortoise.transactions import in_transaction

from models.community.contributions import Contribution
from models.community.members import PUBLIC_FIELDS, PublicProfile
from models.identity.identities import ExternalIdentity
from models.identity.users import USERNAME_MAX_LENGTH, User, UserStatus
from services.community import contributions, publication
from services.community.contributions import Stats
from services.identity.identifiers import normalise_email
from services.kernel.errors import DomainError, ErrorCode, raise_all

MAX_LENGTHS = {
    "avatar_url": 512,
    "name": 64,
    "email": 254,
    "company": 128,
    "position": 128,
    "school": 128,
    "resume": 4000,
}
QUERY_MAX = 100
_URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """New values (a key with None clears the field; absent keys stay) and, when given,
    the whole set of fields to show."""

    values: Mapping[str, str | None] = field(default_factory=dict)
    visible: Sequence[str] | None = None


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _checked(change: ProfileChange) -> dict[str, str | None]:
    errors: list[DomainError] = []
    cleaned: dict[str, str | None] = {}
    for name, value in change.values.items():
        if name not in MAX_LENGTHS:
            errors.append(DomainError(ErrorCode.INVALID, f"No field {name[:40]}.", [_camel(name)]))
            continue
        text = (value or "").strip() or None
        limit = MAX_LENGTHS[name]
        if text is not None and len(text) > limit:
            errors.append(
                DomainError(ErrorCode.TOO_LONG, f"At most {limit} characters.", [_camel(name)])
            )
            continue
        try:
            if text is not None and name == "email":
                text = normalise_email(text, [_camel(name)])
        except DomainError as error:
            errors.append(error)
            continue
        if text is not None and name == "avatar_url" and not _URL.fullmatch(text):
            errors.append(
                DomainError(ErrorCode.INVALID, "Give an http(s) address.", [_camel(name)])
            )
            continue
        cleaned[name] = text
    if change.visible is not None:
        unknown = [v for v in change.visible if v not in PUBLIC_FIELDS]
        if unknown:
            errors.append(
                DomainError(ErrorCode.INVALID, f"No field {unknown[0][:40]}.", ["visible"])
            )
    raise_all(errors)
    return cleaned


async def update_public_profile(user: User, change: ProfileChange) -> PublicProfile:
    values = _checked(change)
    async with in_transaction():
        profile, _ = await PublicProfile.get_or_create(user_id=user.id)
        for name, value in values.items():
            setattr(profile, name, value)
        if change.visible is not None:
            profile.visible = [f for f in PUBLIC_FIELDS if f in set(change.visible)]
        await profile.save()
    return profile


async def own_profile(user_id: int) -> PublicProfile | None:
    return await PublicProfile.get_or_none(user_id=user_id)


@dataclass(frozen=True, slots=True)
class Entry:
    """One member as the directory shows them: only the fields they chose, and their
    contribution counts (loaded with the page)."""

    user_id: int
    username: str
    shown: dict[str, str | None]
    stats: Stats | None = None


def _entry(profile: PublicProfile, gitee_login: str | None, stats: Stats | None = None) -> Entry:
    visible = set(profile.visible or [])
    shown: dict[str, str | None] = {}
    for name in PUBLIC_FIELDS:
        if name not in visible:
            shown[name] = None
        elif name == "gitee_id":
            shown[name] = gitee_login
        else:
            shown[name] = getattr(profile, name)
    return Entry(profile.user_id, profile.user.username, shown, stats)


async def _gitee_logins(user_ids: Sequence[int]) -> dict[int, str]:
    if not user_ids:
        return {}
    rows = await ExternalIdentity.filter(
        user_id__in=list(user_ids), provider="gitee", login__not_isnull=True
    ).values_list("user_id", "login")
    return {int(uid): str(login) for uid, login in rows}


def _matches(query: str, username: str, name: str | None, visible: Sequence[str] | None) -> bool:
    """A search sees what the directory shows: the user name, and the name when shown."""
    if query in username.lower():
        return True
    return bool(name) and "name" in (visible or []) and query in str(name).lower()


async def directory(sig: str | None = None, query: str | None = None) -> list[int]:
    """The ids of members shown in the directory, by user name."""
    if query is not None and len(query) > QUERY_MAX:
        raise DomainError(ErrorCode.TOO_LONG, f"A search is at most {QUERY_MAX} characters.")
    rows = (
        await PublicProfile.filter(user__status=UserStatus.ACTIVE)
        .order_by("user__username_key")
        .values_list("user_id", "user__username", "name", "visible")
    )
    wanted = (query or "").strip().lower()
    candidates = [int(r[0]) for r in rows if not wanted or _matches(wanted, r[1], r[2], r[3])]
    if sig is not None:
        in_sig = {
            int(str(u))
            for u in await Contribution.filter(sig__name=sig.strip().lower()[:40])
            .distinct()
            .values_list("user_id", flat=True)
        }
        candidates = [c for c in candidates if c in in_sig]
    shown = await publication.publishable(candidates)
    return [c for c in candidates if c in shown]


async def entries(user_ids: Sequence[int]) -> list[Entry]:
    """The directory entries of `user_ids`, in that order (three statements)."""
    profiles = {
        p.user_id: p
        for p in await PublicProfile.filter(user_id__in=list(user_ids)).select_related("user")
    }
    logins = await _gitee_logins(user_ids)
    stats = await contributions.stats_of_members(list(user_ids))
    return [_entry(profiles[u], logins.get(u), stats[u]) for u in user_ids if u in profiles]


async def member(username: str) -> Entry | None:
    """One member's entry, when they may be shown."""
    key = username.strip().lower()
    # Longer than any user name: no such member (the column would refuse the comparison).
    if not key or len(key) > USERNAME_MAX_LENGTH:
        return None
    profile = await PublicProfile.get_or_none(
        user__username_key=key, user__status=UserStatus.ACTIVE
    ).select_related("user")
    if profile is None or not await publication.may_publish_profile(profile.user_id):
        return None
    return _entry(profile, (await _gitee_logins([profile.user_id])).get(profile.user_id))
