"""Contributions (issue 9): pull requests, issues and comments imported from Gitee for members
who bound a Gitee identity, and talks, posts and the like members add themselves.

Only bound members' contributions are stored, each tied to its member. Everyone's work,
bound or not, is counted in `ContributionTally` rows per SIG, month and kind, which name
nobody. `ContributionCursor` remembers per repository and listing how far an import got.
"""

from __future__ import annotations

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from models.annotations import (
    SYSTEM,
    Annotation,
    Basis,
    Category,
    Erasure,
    Purpose,
    Retention,
    annotated,
)
from models.community.sigs import Sig
from models.identity.users import User

CONTRIBUTION_RETENTION = Retention(
    "while the account exists; imported ones also only while a Gitee identity stays bound "
    "(the next import run deletes them after unbinding); erased with the account"
)


def _contribution(category: Category = Category.ACCOUNT_ACTIVITY) -> Annotation:
    """A member's own record of their work: shown to them, and to others only with
    content-release consent (services/community/publication.py)."""
    return Annotation(
        category,
        Purpose.ACCOUNT,
        Basis.CONTRACT,
        CONTRIBUTION_RETENTION,
        Erasure.DELETE,
        True,
    )


class ContributionKind(StrEnum):
    PULL_REQUEST = "PULL_REQUEST"
    ISSUE = "ISSUE"
    PULL_REQUEST_COMMENT = "PULL_REQUEST_COMMENT"
    ISSUE_COMMENT = "ISSUE_COMMENT"
    TALK = "TALK"
    BLOG = "BLOG"
    DOCS = "DOCS"
    EVENT = "EVENT"
    OTHER = "OTHER"


IMPORTED_KINDS = frozenset(
    {
        ContributionKind.PULL_REQUEST,
        ContributionKind.ISSUE,
        ContributionKind.PULL_REQUEST_COMMENT,
        ContributionKind.ISSUE_COMMENT,
    }
)


class ContributionSource(StrEnum):
    GITEE = "GITEE"
    MEMBER = "MEMBER"  # added by the member (addContribution)


class Contribution(Model):
    id: int
    user_id: int
    sig_id: int | None
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="contributions", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    kind = annotated(fields.CharEnumField(ContributionKind, max_length=24), SYSTEM)
    source = annotated(fields.CharEnumField(ContributionSource, max_length=8), SYSTEM)
    # Gitee's id of the pull request, issue or comment (unique per kind); null for added ones.
    external_id = annotated(fields.BigIntField(null=True), _contribution(Category.UNIQUE_ID))
    title = annotated(fields.CharField(max_length=255), _contribution())
    url = annotated(fields.CharField(max_length=512, null=True), _contribution())
    # "owner/repo" on Gitee, for imported contributions.
    repository = annotated(fields.CharField(max_length=201, null=True), _contribution())
    sig: fields.ForeignKeyNullableRelation[Sig] = annotated(
        fields.ForeignKeyField(
            "models.Sig", related_name="contributions", null=True, on_delete=fields.SET_NULL
        ),
        SYSTEM,
    )
    occurred_at = annotated(fields.DatetimeField(db_index=True), _contribution())
    merged_at = annotated(fields.DatetimeField(null=True), _contribution())
    # Whether the author had signed the current CLA when this was imported (null: unknown).
    cla_signed = annotated(fields.BooleanField(null=True), _contribution())
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    class Meta:
        table = "contributions"
        unique_together = (("kind", "external_id"),)


class ContributionTally(Model):
    """How many contributions of a kind a SIG had in a month: counts, no people."""

    id: int
    sig_id: int | None
    sig: fields.ForeignKeyNullableRelation[Sig] = annotated(
        fields.ForeignKeyField(
            "models.Sig", related_name="tallies", null=True, on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    # The first day of the month (UTC).
    month = annotated(fields.DateField(), SYSTEM)
    # ContributionKind, or MERGED for merged pull requests.
    kind = annotated(fields.CharField(max_length=24), SYSTEM)
    count = annotated(fields.IntField(default=0), SYSTEM)

    class Meta:
        table = "contribution_tallies"
        unique_together = (("sig", "month", "kind"),)


class ContributionCursor(Model):
    """How far the import of one listing (pulls, issues, ...) of one repository got: the
    newest `updated_at` seen, so the next run asks only for what changed since."""

    id: int
    repository = annotated(fields.CharField(max_length=201), SYSTEM)
    listing = annotated(fields.CharField(max_length=24), SYSTEM)
    seen_until = annotated(fields.DatetimeField(null=True), SYSTEM)
    last_run_at = annotated(fields.DatetimeField(null=True), SYSTEM)
    # ok | not_found | forbidden | rate_limited | unavailable
    last_status = annotated(fields.CharField(max_length=16, default="ok"), SYSTEM)

    class Meta:
        table = "contribution_cursors"
        unique_together = (("repository", "listing"),)
