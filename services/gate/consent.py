"""The consent ledger: grant and withdraw in one call, hash-chained rows, verification.

Each row stores the previous row's hash and its own hash over its canonical content, so
editing or deleting any row (but the newest) breaks the chain that `verify` walks.
The client details are covered through `client_digest`, so erasure may null them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC
from enum import StrEnum
from ipaddress import ip_network

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from models.annotations import Purpose
from models.gate.consent import ConsentMethod, ConsentRecord
from models.gate.policies import PolicyVersion
from services.gate import policies
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode

GENESIS = "0" * 64


class ConsentPurpose(StrEnum):
    """The purposes a person decides on (statement §1, §3); values are `Purpose` values."""

    ACCOUNT_SERVICE = Purpose.ACCOUNT.value
    MAIL_SUBSCRIPTION = Purpose.MAIL_SUBSCRIPTION.value
    SERVICE_OPTIMISATION = Purpose.SERVICE_OPTIMISATION.value
    ANALYTICS_SHARING = Purpose.ANALYTICS_SHARING.value
    QUESTIONNAIRE = Purpose.QUESTIONNAIRE.value
    MEETING_RECORDINGS = Purpose.MEETING_RECORDINGS.value
    CONTENT_RELEASE = Purpose.CONTENT_RELEASE.value
    MEETUP_CONTACT = Purpose.MEETUP_CONTACT.value

    @property
    def purpose(self) -> Purpose:
        return Purpose(self.value)


# The words shown next to each choice; the ledger stores them with every decision.
WORDING: dict[ConsentPurpose, str] = {
    ConsentPurpose.ACCOUNT_SERVICE: (
        "I have read the Privacy Statement and agree that Commons processes my account data "
        "(user name, e-mail address, phone number, password) to run my account."
    ),
    ConsentPurpose.MAIL_SUBSCRIPTION: (
        "Send me the community mailing lists I subscribe to, using my e-mail address and name."
    ),
    ConsentPurpose.SERVICE_OPTIMISATION: (
        "Use analytics cookies to collect statistics about my visits to improve the service."
    ),
    ConsentPurpose.ANALYTICS_SHARING: (
        "Share device and usage information with Baidu Statistics SDK (Beijing Baidu Netcom "
        "Science Technology Co., Ltd.) for data analysis."
    ),
    ConsentPurpose.QUESTIONNAIRE: (
        "Share my name and phone number with the questionnaire partner WJX when I answer a "
        "satisfaction questionnaire, so the community can contact me about my feedback."
    ),
    ConsentPurpose.MEETING_RECORDINGS: (
        "Publish recordings of meetings I take part in on Bilibili."
    ),
    ConsentPurpose.CONTENT_RELEASE: (
        "Show my public member profile (avatar, name, company, Gitee ID) on the website."
    ),
    ConsentPurpose.MEETUP_CONTACT: ("Contact me by phone and e-mail about meetups I apply for."),
}

REQUIRED = frozenset({ConsentPurpose.ACCOUNT_SERVICE})


def truncate_address(address: str | None) -> str | None:
    """IPv4 to its /24, IPv6 to its /48: enough to spot abuse, not to find a household."""
    if not address:
        return None
    try:
        network = ip_network(address)
    except ValueError:
        return None
    prefix = 24 if network.version == 4 else 48
    return str(ip_network(f"{network.network_address}/{prefix}", strict=False))


def client_digest(client_network: str | None, user_agent: str | None) -> str:
    joined = f"consent-client\x1f{client_network or ''}\x1f{user_agent or ''}"
    return hashlib.sha256(joined.encode()).hexdigest()


def row_hash(record: ConsentRecord) -> str:
    canonical = {
        "user_id": record.user_id,
        "purpose": record.purpose,
        "granted": bool(record.granted),
        "policy_version": record.policy_version,
        "policy_hash": record.policy_hash,
        "wording": record.wording,
        "method": ConsentMethod(record.method).value,
        "client_digest": record.client_digest,
        "decided_at": record.decided_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "prev_hash": record.prev_hash,
    }
    encoded = json.dumps(canonical, sort_keys=True, separators=(",", ":")).encode()
    return hashlib.sha256(encoded).hexdigest()


@dataclass(frozen=True, slots=True)
class Decision:
    purpose: ConsentPurpose
    granted: bool


async def _append(
    user_id: int,
    decisions: Sequence[Decision],
    policy: PolicyVersion | None,
    method: ConsentMethod,
    client: ClientInfo,
) -> list[ConsentRecord]:
    network = truncate_address(client.ip_address)
    agent = (client.user_agent or "")[:512] or None
    # A racing writer takes the same predecessor; the unique prev_hash makes one of us retry.
    for _ in range(10):
        written: list[ConsentRecord] = []
        try:
            async with in_transaction():
                last = await ConsentRecord.all().order_by("-id").first()
                previous = last.row_hash if last else GENESIS
                for decision in decisions:
                    record = ConsentRecord(
                        user_id=user_id,
                        purpose=decision.purpose.value,
                        granted=decision.granted,
                        policy_version=policy.version if policy else "",
                        policy_hash=policy.content_hash if policy else "",
                        wording=WORDING[decision.purpose],
                        method=method,
                        client_network=network,
                        user_agent=agent,
                        client_digest=client_digest(network, agent),
                        decided_at=clock.now(),
                        prev_hash=previous,
                    )
                    record.row_hash = row_hash(record)
                    await record.save()
                    written.append(record)
                    previous = record.row_hash
            return written
        except IntegrityError:
            continue
    raise RuntimeError("the consent ledger stayed contended")


async def record_sign_up(
    user_id: int,
    optional: Iterable[ConsentPurpose],
    client: ClientInfo,
    method: ConsentMethod = ConsentMethod.SIGN_UP,
) -> list[ConsentRecord]:
    """Sign-up grants the account purpose and any optional ones chosen; the rest are declined
    explicitly, so the ledger shows what was offered."""
    chosen = set(optional) | REQUIRED
    decisions = [Decision(p, p in chosen) for p in ConsentPurpose]
    return await _append(user_id, decisions, await policies.current(), method, client)


async def grant(
    user_id: int,
    purposes: Sequence[ConsentPurpose],
    policy_version: str,
    client: ClientInfo,
    method: ConsentMethod = ConsentMethod.SETTINGS,
) -> list[ConsentRecord]:
    """Grant purposes under the version in effect (the one the person was shown)."""
    if not purposes:
        raise DomainError(ErrorCode.REQUIRED, "Choose at least one purpose.", ["purposes"])
    if method not in (ConsentMethod.SETTINGS, ConsentMethod.BANNER):
        # Sign-up and guardian decisions are recorded by their own flows, never claimed.
        raise DomainError(ErrorCode.INVALID, "Choose SETTINGS or BANNER.", ["method"])
    policy = await policies.current()
    if policy is None or policy.version != policy_version:
        raise DomainError(
            ErrorCode.POLICY_VERSION_OUTDATED,
            "This is not the privacy statement in effect. Reload it and decide again.",
            ["policyVersion"],
        )
    decisions = [Decision(p, True) for p in dict.fromkeys(purposes)]
    return await _append(user_id, decisions, policy, method, client)


async def withdraw(
    user_id: int, purposes: Sequence[ConsentPurpose], client: ClientInfo
) -> list[ConsentRecord]:
    """Withdrawing is one call, like granting. The account purpose ends with the account."""
    if not purposes:
        raise DomainError(ErrorCode.REQUIRED, "Choose at least one purpose.", ["purposes"])
    if ConsentPurpose.ACCOUNT_SERVICE in purposes:
        raise DomainError(
            ErrorCode.CONSENT_NOT_WITHDRAWABLE,
            "The account itself needs this consent. Delete the account to end it.",
            ["purposes"],
        )
    decisions = [Decision(p, False) for p in dict.fromkeys(purposes)]
    return await _append(
        user_id, decisions, await policies.current(), ConsentMethod.SETTINGS, client
    )


async def current_decisions(user_id: int) -> dict[ConsentPurpose, ConsentRecord]:
    """The newest decision per purpose."""
    latest: dict[ConsentPurpose, ConsentRecord] = {}
    for record in await ConsentRecord.filter(user_id=user_id).order_by("id"):
        latest[ConsentPurpose(record.purpose)] = record
    return latest


async def withdrawn_after_granting(purpose: Purpose) -> set[int]:
    """People whose newest decision on `purpose` withdraws a consent they had given.

    Someone who never granted it (declined at sign-up) is not among them: for content
    release that is the difference between a former member and one never shown.
    """
    granted_before: set[int] = set()
    latest: dict[int, bool] = {}
    rows = (
        await ConsentRecord.filter(purpose=purpose.value)
        .order_by("id")
        .values_list("user_id", "granted")
    )
    for user_id, granted in rows:
        if granted:
            granted_before.add(user_id)
        latest[user_id] = granted
    return {user_id for user_id, granted in latest.items() if not granted} & granted_before


async def has_consent(user_id: int, purpose: Purpose) -> bool:
    record = (
        await ConsentRecord.filter(user_id=user_id, purpose=purpose.value).order_by("-id").first()
    )
    return record is not None and bool(record.granted)


@dataclass(frozen=True, slots=True)
class Verification:
    checked: int
    bad_row_id: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.bad_row_id is None


async def verify(batch: int = 1000) -> Verification:
    """Walk the chain from the first row; report the first row that does not hold."""
    previous = GENESIS
    checked = 0
    last_id = 0
    while True:
        rows = await ConsentRecord.filter(id__gt=last_id).order_by("id").limit(batch)
        if not rows:
            return Verification(checked)
        for row in rows:
            if row.prev_hash != previous:
                return Verification(
                    checked,
                    row.id,
                    "does not follow the row before it (a row was deleted or edited)",
                )
            if row.row_hash != row_hash(row):
                return Verification(checked, row.id, "its content does not match its hash")
            erased = row.client_network is None and row.user_agent is None
            if not erased and row.client_digest != client_digest(
                row.client_network, row.user_agent
            ):
                return Verification(checked, row.id, "its client details were altered")
            previous = row.row_hash
            checked += 1
            last_id = row.id


async def erase_client_details(user_id: int) -> int:
    """Erasure keeps the decisions as proof but drops where they were made from."""
    return await ConsentRecord.filter(user_id=user_id).update(client_network=None, user_agent=None)
