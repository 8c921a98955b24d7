"""The one outbound gate: every aiohttp call that carries personal data goes through here.

A call names its recipient (from `services/recipients.py`), the purpose and, when it is
about one person, that person. The gate refuses before any byte leaves when
- the recipient processes data in a region outside `DATA_REGIONS` (statement §7),
- the person restricted processing or objected to the purpose (§6d, §6e), or
- the recipient needs consent the person has not given (or has withdrawn) (§3).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import structlog

from models.annotations import Purpose
from models.identity.guardians import GuardianApproval
from services.gate import consent, processing_limits
from services.gate.recipients import Recipient, recipients
from settings import Settings

log = structlog.get_logger(__name__)


class OutboundRefused(Exception):
    """The gate would not let this call out. Not worth retrying until something changes."""

    def __init__(self, recipient: str, reason: str) -> None:
        super().__init__(f"call to {recipient} refused: {reason}")
        self.recipient = recipient
        self.reason = reason


class OutboundGate:
    def __init__(self, settings: Settings, http: aiohttp.ClientSession) -> None:
        self.settings = settings
        self.http = http
        self.register = recipients(settings.recipient_region_overrides)

    async def check(
        self, recipient_key: str, user_id: int | None, purpose: Purpose | None = None
    ) -> Recipient:
        """The recipient, when a call to it about `user_id` for `purpose` may go out."""
        recipient = self.register[recipient_key]
        purpose = purpose or recipient.purpose
        refusal: str | None = None
        if recipient.region not in self.settings.allowed_data_regions:
            refusal = f"region {recipient.region} is outside DATA_REGIONS"
        elif user_id is not None and await GuardianApproval.exists(
            user_id=user_id, confirmed_at=None
        ):
            refusal = "the account waits for a guardian's consent"
        elif user_id is not None and not await processing_limits.may_process(user_id, purpose):
            refusal = "the person restricted or objected to this processing"
        elif recipient.consent is not None and (
            user_id is None or not await consent.has_consent(user_id, recipient.consent)
        ):
            refusal = f"no consent for {recipient.consent.value}"
        if refusal:
            log.info("outbound call refused", recipient=recipient_key, reason=refusal)
            raise OutboundRefused(recipient_key, refusal)
        return recipient

    @asynccontextmanager
    async def request(
        self,
        recipient_key: str,
        method: str,
        url: str,
        *,
        user_id: int | None,
        purpose: Purpose | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        """`async with gate.request("WJX", "POST", url, user_id=7, json=...) as response:`"""
        await self.check(recipient_key, user_id, purpose)
        async with self.http.request(method, url, **kwargs) as response:
            yield response
