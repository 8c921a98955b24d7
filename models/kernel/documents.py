"""Trusted documents: the GraphQL operations a first-party frontend registered by hash."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from models.annotations import SYSTEM, annotated


class TrustedDocument(Model):
    # "sha256:" and the hex SHA-256 of `text`, as clients send it in `documentId`.
    id = annotated(fields.CharField(max_length=71, primary_key=True), SYSTEM)
    # The document exactly as registered; it never changes (a new text is a new id).
    text = annotated(fields.TextField(), SYSTEM)
    # Its operation names, for `commons documents list`.
    operations = annotated(fields.CharField(max_length=512), SYSTEM)
    added_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)

    class Meta:
        table = "trusted_documents"
