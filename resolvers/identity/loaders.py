"""Batch functions for `User` relations (see resolvers/dataloaders.py)."""

from __future__ import annotations

from models.identity.identities import ExternalIdentity
from models.identity.users import Profile
from resolvers.dataloaders import many_per_key, one_per_key


async def profiles_by_user(user_ids: list[int]) -> list[Profile | None]:
    rows = await Profile.filter(user_id__in=user_ids)
    return one_per_key(user_ids, rows, lambda p: p.user_id)


async def identities_by_user(user_ids: list[int]) -> list[list[ExternalIdentity]]:
    rows = await ExternalIdentity.filter(user_id__in=user_ids).order_by("linked_at", "id")
    return many_per_key(user_ids, rows, lambda i: i.user_id)
