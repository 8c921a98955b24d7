"""The register of recipients (statement §1, §3): who outside Commons receives personal
data, which categories, for which purpose, where it is processed and what consent it needs.

The outbound gate (`services/gate/outbound.py`) and the record of processing activities
(`services/register.py`) both read this one list.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from models.annotations import Basis, Category, Purpose


@dataclass(frozen=True, slots=True)
class Recipient:
    key: str
    name: str
    categories: tuple[Category, ...]
    purpose: Purpose
    basis: Basis
    region: str  # ISO 3166 code of where the recipient processes the data
    consent: Purpose | None  # the purpose the person must have consented to, if any
    description: str


RECIPIENTS: dict[str, Recipient] = {
    r.key: r
    for r in (
        Recipient(
            "GITEE",
            "Gitee (Shenzhen Oschina)",
            (Category.USERNAME, Category.THIRD_PARTY_ID, Category.EMAIL, Category.AVATAR),
            Purpose.THIRD_PARTY_LOGIN,
            Basis.CONTRACT,
            "CN",
            None,
            "Sign-in with and binding of a Gitee account; code repository access (§1a.3, §1a.6).",
        ),
        Recipient(
            "BILIBILI",
            "Bilibili",
            (Category.NAME, Category.AVATAR),
            Purpose.MEETING_RECORDINGS,
            Basis.CONSENT,
            "CN",
            Purpose.MEETING_RECORDINGS,
            "Publication of meeting recordings (§1e).",
        ),
        Recipient(
            "BAIDU_STATISTICS",
            "Baidu Statistics SDK (Beijing Baidu Netcom Science Technology Co., Ltd.)",
            (Category.IP_ADDRESS, Category.USER_AGENT, Category.ACCOUNT_ACTIVITY),
            Purpose.ANALYTICS_SHARING,
            Basis.CONSENT,
            "CN",
            Purpose.ANALYTICS_SHARING,
            "Web analytics of device and usage information (§3d.1).",
        ),
        Recipient(
            "WJX",
            "WJX questionnaires",
            (Category.NAME, Category.PHONE),
            Purpose.QUESTIONNAIRE,
            Basis.CONSENT,
            "CN",
            Purpose.QUESTIONNAIRE,
            "Satisfaction questionnaires and follow-up contact (§1g, §3e).",
        ),
        Recipient(
            "SMS_GATEWAY",
            "SMS gateway",
            (Category.PHONE,),
            Purpose.SECURITY,
            Basis.CONTRACT,
            "HK",
            None,
            "Verification codes and security notices by text message (§1a).",
        ),
        Recipient(
            "MAIL_SERVER",
            "Mail server",
            (Category.EMAIL, Category.NAME),
            Purpose.ACCOUNT,
            Basis.CONTRACT,
            "HK",
            None,
            "Delivery of codes, notices and subscribed mailing lists (§1a, §1b).",
        ),
        Recipient(
            "MAILMAN",
            "Mailing-list server (Mailman 3)",
            (Category.EMAIL, Category.NAME),
            Purpose.MAIL_SUBSCRIPTION,
            Basis.CONSENT,
            "HK",
            None,
            "Mailing-list subscriptions, and their end on erasure (§1b).",
        ),
        Recipient(
            "CLA",
            "CLA signing service of the community",
            (Category.EMAIL,),
            Purpose.CLA,
            Basis.LEGITIMATE_INTEREST,
            "HK",
            None,
            "Checking by e-mail address whether a contributor signed the CLA (§1d).",
        ),
        Recipient(
            "MEETING_INVITEES",
            "People invited to a community meeting",
            (Category.EMAIL, Category.USERNAME),
            Purpose.OPERATIONS,
            Basis.CONTRACT,
            "HK",  # handed over at the community's mail server (MAIL_SERVER)
            None,
            "Meeting invitations name the scheduler's e-mail address and user name as the "
            "organizer (§1e).",
        ),
        Recipient(
            "AFFILIATES",
            "Huawei Technologies Co., Ltd. and its affiliates",
            (Category.USERNAME, Category.EMAIL, Category.ACCOUNT_ACTIVITY),
            Purpose.OPERATIONS,
            Basis.LEGITIMATE_INTEREST,
            "CN",
            None,
            "Service and security support (§3c).",
        ),
    )
}


def recipients(region_overrides: dict[str, str] | None = None) -> dict[str, Recipient]:
    """The register, with the regions an operator configured (`RECIPIENT_REGIONS`)."""
    overrides = region_overrides or {}
    return {
        key: replace(r, region=overrides[key]) if key in overrides else r
        for key, r in RECIPIENTS.items()
    }


def recipients_of(category: Category) -> list[str]:
    """Names of the recipients that receive `category` (for access packages)."""
    return sorted(r.name for r in RECIPIENTS.values() if category in r.categories)
