"""A member's act that is itself a consent (subscribing, applying for a meetup) is recorded
in the consent ledger, under the privacy statement in effect, when not given already."""

from __future__ import annotations

from services.gate import consent, policies
from services.gate.consent import ConsentPurpose
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode


async def record_consent(user_id: int, purpose: ConsentPurpose, client: ClientInfo) -> None:
    if await consent.has_consent(user_id, purpose.purpose):
        return
    policy = await policies.current()
    if policy is None:
        raise DomainError(ErrorCode.CONSENT_REQUIRED, "No privacy statement is in effect yet.")
    await consent.grant(user_id, [purpose], policy.version, client)
