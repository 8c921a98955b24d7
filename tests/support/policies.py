"""Helpers for the privacy tests: the shipped privacy statement, published as a version."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from models.gate.policies import PolicyVersion
from services.gate import policies
from services.kernel.queue import JobQueue

STATEMENT = (
    Path(__file__).resolve().parents[2] / "docs" / "policies" / "privacy-statement-v20241205.md"
)


async def publish_statement(
    queue: JobQueue,
    *,
    version: str | None = None,
    material: bool = False,
    effective_at: datetime | None = None,
    amendment: str = "",
) -> PolicyVersion:
    text = STATEMENT.read_text(encoding="utf-8") + amendment
    return await policies.publish(
        queue,
        text,
        url="https://commons.example/privacy",
        version=version,
        material=material,
        effective_at=effective_at,
    )
