"""Announcing a material change of the privacy statement to every active account."""

from __future__ import annotations

from typing import Any

from services.delivery import announcements


async def announce_policy(ctx: dict[str, Any], version: str) -> int:
    return await announcements.announce(ctx["settings"], version)
