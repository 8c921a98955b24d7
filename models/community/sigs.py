"""Special interest groups (SIGs): who maintains them, where they talk, which repositories.

A SIG's maintainers are named by Gitee login, as the community's SIG files name them; a
member whose bound Gitee identity has that login maintains the SIG (services/community/sigs.py).
"""

from __future__ import annotations

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

MAINTAINER_LOGIN = Annotation(
    Category.USERNAME,
    Purpose.OPERATIONS,
    Basis.LEGITIMATE_INTEREST,
    Retention("while the person is listed as a maintainer in the SIG's public configuration"),
    Erasure.RETAIN,
    False,
    "public community governance data, kept in step with the SIG's own configuration; "
    "not linked to an account, so an account's erasure does not reach it",
)


class Sig(Model):
    id: int
    name = annotated(fields.CharField(max_length=40, unique=True), SYSTEM)
    description = annotated(fields.CharField(max_length=500, default=""), SYSTEM)
    # The SIG's list address: a group's address, not a person's.
    mailing_list = annotated(fields.CharField(max_length=254, null=True), SYSTEM)
    # "owner/repo" names of the SIG's repositories on Gitee.
    repositories: fields.Field[list[str]] = annotated(fields.JSONField(default=list), SYSTEM)
    created_at = annotated(fields.DatetimeField(auto_now_add=True), SYSTEM)
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    maintainers: fields.ReverseRelation[SigMaintainer]

    class Meta:
        table = "sigs"


class SigMaintainer(Model):
    id: int
    sig_id: int
    sig: fields.ForeignKeyRelation[Sig] = annotated(
        fields.ForeignKeyField("models.Sig", related_name="maintainers", on_delete=fields.CASCADE),
        SYSTEM,
    )
    # Lower-cased, as Gitee compares logins.
    gitee_login = annotated(fields.CharField(max_length=100), MAINTAINER_LOGIN)

    not_linked_to_a_person = (
        "public Gitee logins of SIG maintainers, replaced whenever the SIG is set"
    )

    class Meta:
        table = "sig_maintainers"
        unique_together = (("sig", "gitee_login"),)
