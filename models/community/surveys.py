"""Satisfaction survey answers (statement §1g), replacing the third-party questionnaire.

An answer may come from a visitor (linked to nobody) or a member (linked to the account, so
it is exported and erased with it). Contact details are kept only when the person ticked the
consent the form asks for, and only for 90 days; answers go after one year.
"""

from __future__ import annotations

from datetime import timedelta

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

ANSWER_RETENTION = Retention("one year after the answer, then deleted", timedelta(days=365))
CONTACT_RETENTION = Retention(
    "only with consent, for the follow-up; cleared 90 days after the answer", timedelta(days=90)
)


def _answer(category: Category = Category.ACCOUNT_ACTIVITY) -> Annotation:
    return Annotation(
        category, Purpose.QUESTIONNAIRE, Basis.CONSENT, ANSWER_RETENTION, Erasure.DELETE, True
    )


def _contact(category: Category) -> Annotation:
    return Annotation(
        category, Purpose.QUESTIONNAIRE, Basis.CONSENT, CONTACT_RETENTION, Erasure.NULL, True
    )


class SurveyResponse(Model):
    id: int
    user_id: int | None
    user: fields.ForeignKeyNullableRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="survey_responses", null=True, on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    score = annotated(fields.SmallIntField(), _answer())
    feedback = annotated(fields.TextField(default=""), _answer())
    contact_name = annotated(fields.CharField(max_length=64, null=True), _contact(Category.NAME))
    contact_phone = annotated(fields.CharField(max_length=20, null=True), _contact(Category.PHONE))
    # When the person agreed to be contacted (null: no contact details kept).
    contact_consented_at = annotated(
        fields.DatetimeField(null=True), _contact(Category.ACCOUNT_ACTIVITY)
    )
    created_at = annotated(fields.DatetimeField(auto_now_add=True, db_index=True), _answer())

    class Meta:
        table = "survey_responses"
