"""Mailing-list subscriptions a member made through Commons (statement §1b).

Mailman keeps the membership; this row remembers which list and address the member chose,
so `me { subscriptions }`, the export and erasure (which ends them at Mailman) can find it.
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
from models.identity.users import User

SUBSCRIPTION_RETENTION = Retention(
    "while subscribed; deleted on unsubscribing and erased with the account"
)


def _subscription(category: Category) -> Annotation:
    return Annotation(
        category,
        Purpose.MAIL_SUBSCRIPTION,
        Basis.CONSENT,
        SUBSCRIPTION_RETENTION,
        Erasure.DELETE,
        True,
    )


class SubscriptionState(StrEnum):
    SUBSCRIBED = "SUBSCRIBED"
    PENDING_CONFIRMATION = "PENDING_CONFIRMATION"  # Mailman mailed the address a link
    PENDING_APPROVAL = "PENDING_APPROVAL"  # the list's moderators decide


class MailingListSubscription(Model):
    id: int
    user_id: int
    user: fields.ForeignKeyRelation[User] = annotated(
        fields.ForeignKeyField(
            "models.User", related_name="subscriptions", on_delete=fields.CASCADE
        ),
        SYSTEM,
    )
    list_id = annotated(fields.CharField(max_length=254), _subscription(Category.ACCOUNT_ACTIVITY))
    email = annotated(fields.CharField(max_length=254), _subscription(Category.EMAIL))
    state = annotated(fields.CharEnumField(SubscriptionState, max_length=24), SYSTEM)
    created_at = annotated(
        fields.DatetimeField(auto_now_add=True), _subscription(Category.ACCOUNT_ACTIVITY)
    )
    updated_at = annotated(fields.DatetimeField(auto_now=True), SYSTEM)

    class Meta:
        table = "mailing_list_subscriptions"
        unique_together = (("user", "list_id", "email"),)
