"""Who outside Commons receives which categories of personal data (statement §3).

A small stand-in: the `consent` work brings the full recipient registry (with regions and
the outbound gate); the export reads recipients through `recipients_of` so it can switch.
"""

from __future__ import annotations

from models.privacy import Category

RECIPIENTS: dict[str, frozenset[Category]] = {
    "mail server (delivery of mail we send you)": frozenset({Category.EMAIL}),
    "SMS gateway (delivery of codes)": frozenset({Category.PHONE}),
    "Gitee (sign-in with Gitee)": frozenset({Category.THIRD_PARTY_ID}),
    "mailing lists (Mailman, when you subscribe)": frozenset({Category.EMAIL, Category.NAME}),
}


def recipients_of(category: Category) -> list[str]:
    return sorted(name for name, categories in RECIPIENTS.items() if category in categories)
