"""Versions of the privacy statement (statement §8): what people were shown and agreed to."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, annotated


class PolicyVersion(Model):
    id: int
    version = annotated(fields.CharField(max_length=32, unique=True), SYSTEM)
    effective_at = annotated(fields.DatetimeField(db_index=True), SYSTEM)
    # SHA-256 of the text, so a consent record names exactly the words it refers to.
    content_hash = annotated(fields.CharField(max_length=64), SYSTEM)
    text = annotated(fields.TextField(), SYSTEM)
    # A material change needs everyone's consent again before they go on (statement §8).
    material = annotated(fields.BooleanField(default=False), SYSTEM)
    url = annotated(fields.CharField(max_length=512), SYSTEM)
    published_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "policy_versions"
