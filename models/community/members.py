"""The public member profile of the directory (statement §1f, content release).

What a member chooses to show others, field by field. Shown only while the member consents
to content release and has not restricted or objected to it; when they leave (withdraw or
object) it is hidden at once and its fields are cleared by the next retention run, within
one month (services/privacy/retention.py clears every CONTENT_RELEASE field of former members).
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
from models.identity.users import User

PUBLIC_RETENTION = Retention(
    "while the member is shown in the directory; cleared within one month of leaving "
    "(withdrawn consent or an objection) and erased with the account"
)

# The fields a member may show, in the order the directory lists them.
PUBLIC_FIELDS = (
    "avatar_url",
    "name",
    "email",
    "company",
    "position",
    "school",
    "resume",
    "gitee_id",
)


def _public(category: Category) -> Annotation:
    return Annotation(
        category, Purpose.CONTENT_RELEASE, Basis.CONSENT, PUBLIC_RETENTION, Erasure.DELETE, True
    )


class PublicProfile(Model):
    id: int
    user_id: int
    user: fields.OneToOneRelation[User] = annotated(
        fields.OneToOneField(
            "models.User", related_name="public_profile", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    avatar_url = annotated(fields.CharField(max_length=512, null=True), _public(Category.AVATAR))
    name = annotated(fields.CharField(max_length=64, null=True), _public(Category.NAME))
    email = annotated(fields.CharField(max_length=254, null=True), _public(Category.EMAIL))
    company = annotated(fields.CharField(max_length=128, null=True), _public(Category.WORKPLACE))
    position = annotated(fields.CharField(max_length=128, null=True), _public(Category.WORKPLACE))
    school = annotated(fields.CharField(max_length=128, null=True), _public(Category.WORKPLACE))
    resume = annotated(fields.TextField(null=True), _public(Category.WORKPLACE))
    # Names from PUBLIC_FIELDS the member shows; `gitee_id` is the login of the bound identity.
    visible: fields.Field[list[str]] = annotated(
        fields.JSONField(default=list, null=True), _public(Category.ACCOUNT_ACTIVITY)
    )
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    class Meta:
        table = "public_profiles"
