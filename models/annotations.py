"""Privacy annotations: every model field says what it is, why we hold it and what erasure does.

Export, erasure and retention are generated from these annotations (DESIGN §5), so a field
without one is a bug: `tests/models/test_privacy_annotations.py` fails for it.

Categories reuse fideslang's data-category keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any, TypeVar

from tortoise.models import Model


class Category(StrEnum):
    SYSTEM = "system.operations"
    UNIQUE_ID = "user.unique_id"
    USERNAME = "user.account.username"
    EMAIL = "user.contact.email"
    PHONE = "user.contact.phone_number"
    NAME = "user.name"
    CREDENTIALS = "user.authorization.credentials"
    AVATAR = "user.content.public"
    WORKPLACE = "user.workplace"
    IP_ADDRESS = "user.device.ip_address"
    USER_AGENT = "user.device.device_type"
    ACCOUNT_ACTIVITY = "user.behavior"
    THIRD_PARTY_ID = "user.account"
    DATE_OF_BIRTH = "user.demographic.date_of_birth"


class Purpose(StrEnum):
    """Why we process personal data: the purposes the privacy statement names (§1, §3)."""

    OPERATIONS = "operations"
    ACCOUNT = "account_service"
    SECURITY = "account_security"
    PROFILE = "profile"
    THIRD_PARTY_LOGIN = "third_party_login"
    MAIL_SUBSCRIPTION = "mail_subscription"
    SERVICE_OPTIMISATION = "service_optimisation"
    ANALYTICS_SHARING = "analytics_sharing"  # Baidu Statistics SDK
    QUESTIONNAIRE = "questionnaire"  # WJX
    MEETING_RECORDINGS = "meeting_recordings"  # published on Bilibili
    CONTENT_RELEASE = "content_release"  # public member profile
    MEETUP_CONTACT = "meetup_contact"
    CLA = "cla"


class Basis(StrEnum):
    """Legal basis, GDPR art. 6(1) letters."""

    NONE = "not_personal"
    CONTRACT = "contract"
    CONSENT = "consent"
    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"


class Erasure(StrEnum):
    DELETE = "delete"  # the whole row goes
    NULL = "null"
    PSEUDONYMISE = "pseudonymise"
    RETAIN = "retain"  # kept, with `retained_because` saying why


@dataclass(frozen=True, slots=True)
class Retention:
    description: str
    after: timedelta | None = None  # purge this long after the row's reference time


ACCOUNT_LIFETIME = Retention("while the account exists; erased within one month of deletion")
NOT_APPLICABLE = Retention("not personal data")


@dataclass(frozen=True, slots=True)
class Annotation:
    category: Category
    purpose: Purpose
    basis: Basis
    retention: Retention
    erasure: Erasure
    exported: bool
    retained_because: str | None = None

    @property
    def personal(self) -> bool:
        return self.category is not Category.SYSTEM


SYSTEM = Annotation(
    Category.SYSTEM,
    Purpose.OPERATIONS,
    Basis.NONE,
    NOT_APPLICABLE,
    Erasure.RETAIN,
    False,
    "not personal data",
)


def account_data(
    category: Category,
    *,
    erasure: Erasure = Erasure.NULL,
    exported: bool = True,
    purpose: Purpose = Purpose.ACCOUNT,
    basis: Basis = Basis.CONTRACT,
    retention: Retention = ACCOUNT_LIFETIME,
    retained_because: str | None = None,
) -> Annotation:
    """The common case: data a person gave us to run their account."""
    return Annotation(category, purpose, basis, retention, erasure, exported, retained_because)


def security_data(
    category: Category, retention: Retention = ACCOUNT_LIFETIME, *, exported: bool = True
) -> Annotation:
    """Data kept to keep an account safe (sessions, codes, audit, second factors): deleted
    on erasure, gone after `retention`."""
    return account_data(
        category,
        purpose=Purpose.SECURITY,
        erasure=Erasure.DELETE,
        retention=retention,
        exported=exported,
    )


F = TypeVar("F")


def annotated(field: F, annotation: Annotation) -> F:
    """Attach `annotation` to a Tortoise field and hand the field back."""
    field.privacy = annotation  # type: ignore[attr-defined]
    return field


def annotation_of(model: type[Model], field_name: str) -> Annotation | None:
    """The annotation of one field; the primary key is an internal row number, never personal."""
    if field_name == model._meta.pk_attr:
        return SYSTEM
    field: Any = model._meta.fields_map[field_name]
    found: Annotation | None = getattr(field, "privacy", None)
    if found is None and field_name.endswith("_id"):
        # The column behind a relation carries the relation's annotation.
        relation = model._meta.fields_map.get(field_name[: -len("_id")])
        found = getattr(relation, "privacy", None)
    return found


# consent: the ledger is kept as proof of what a person agreed to (GDPR art. 7(1)).
CONSENT_PROOF = Retention(
    "kept as proof of consent while claims can be made; client details nulled on erasure"
)


def consent_proof(category: Category, *, exported: bool = True) -> Annotation:
    """A consent-ledger field: retained after erasure because it proves a decision."""
    return Annotation(
        category,
        Purpose.ACCOUNT,
        Basis.LEGAL_OBLIGATION,
        CONSENT_PROOF,
        Erasure.RETAIN,
        exported,
        "proof of consent (GDPR art. 7(1)); the ledger is hash-chained and append-only",
    )
