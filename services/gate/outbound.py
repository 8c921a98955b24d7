"""The one way out: every call to an outside service goes through `OutboundClient`.

A call names its recipient (a key of the register in `services/gate/recipients.py`), the
purpose and, when it is about one person, that person. Before any byte leaves, the gate
refuses (`OutboundRefused`) when
- the recipient processes data in a region outside `DATA_REGIONS` (statement §7),
- the person waits for a guardian, restricted processing or objected to the purpose (§6d,
  §6e, §9), or
- the recipient needs consent the person has not given (or has withdrawn) (§3).

Then one rule for everyone: a timeout on every call (`OUTBOUND_TIMEOUT_SECONDS`), retries
with doubling back-off for refused connections, timeouts and 5xx answers (idempotent methods
only, unless the caller says a retry is safe), one `ServiceUnavailable` naming the service
when it stays down, and one log line per failure with the service and status, never the URL's
query or any personal data.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar
from urllib.parse import urlsplit

import aiohttp
import structlog

from models.annotations import Purpose
from models.identity.guardians import GuardianApproval
from providers.http import ServiceUnavailable
from services.gate import consent, processing_limits
from services.gate.recipients import Recipient, recipients
from services.kernel.metrics import provider_failed
from settings import Settings

log = structlog.get_logger(__name__)
T = TypeVar("T")

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})


class OutboundRefused(Exception):
    """The gate would not let this call out. Not worth retrying until something changes."""

    def __init__(self, recipient: str, reason: str) -> None:
        super().__init__(f"call to {recipient} refused: {reason}")
        self.recipient = recipient
        self.reason = reason


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """How hard to try: `attempts` in all, waiting `backoff`, then twice that, and so on."""

    attempts: int = 3
    backoff_seconds: float = 0.25
    timeout_seconds: float = 10.0

    def delay(self, attempt: int) -> float:
        return float(self.backoff_seconds * 2 ** (attempt - 1))


class OutboundClient:
    """The shared aiohttp session behind the gate and the retry rule. One per process."""

    def __init__(
        self, settings: Settings, http: aiohttp.ClientSession, policy: RetryPolicy | None = None
    ) -> None:
        self.settings = settings
        self.http = http
        self.register = recipients(settings.recipient_region_overrides)
        self.policy = policy or RetryPolicy(
            attempts=settings.outbound_attempts,
            backoff_seconds=settings.outbound_backoff_seconds,
            timeout_seconds=settings.outbound_timeout_seconds,
        )

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
            log.info("outbound call refused", service=recipient_key, reason=refusal)
            raise OutboundRefused(recipient_key, refusal)
        return recipient

    @asynccontextmanager
    async def request(
        self,
        service: str,
        method: str,
        url: str,
        *,
        user_id: int | None = None,
        purpose: Purpose | None = None,
        retry: bool | None = None,
        policy: RetryPolicy | None = None,
        gated: bool = True,
        **kwargs: Any,
    ) -> AsyncIterator[aiohttp.ClientResponse]:
        """`async with outbound.request("MAILMAN", "GET", url, user_id=7) as response:`

        The response is yielded for any status below 500; a 5xx, refused connection or
        timeout is retried (when `retry`, by default for idempotent methods) and finally
        raises `ServiceUnavailable`. `gated=False` is for services outside the register
        (third-party identity-provider plugins): the rest of the rule still applies."""
        if gated:
            await self.check(service, user_id, purpose)
        policy = policy or self.policy
        attempts = policy.attempts if (retry if retry is not None else method in IDEMPOTENT) else 1
        kwargs.setdefault("timeout", aiohttp.ClientTimeout(total=policy.timeout_seconds))
        for attempt in range(1, attempts + 1):
            failure = await self._attempt(service, method, url, attempt, kwargs)
            if isinstance(failure, aiohttp.ClientResponse):
                async with failure as response:
                    yield response
                return
            if attempt < attempts:
                await asyncio.sleep(policy.delay(attempt))
        raise ServiceUnavailable(service, f"{method} {_where(url)}: {failure}")

    async def _attempt(
        self, service: str, method: str, url: str, attempt: int, kwargs: dict[str, Any]
    ) -> aiohttp.ClientResponse | str:
        """The response to hand on, or why this attempt failed (already logged)."""
        try:
            response = await self.http.request(method, url, **kwargs)
        except (aiohttp.ClientError, TimeoutError) as exc:
            reason = type(exc).__name__
        else:
            if response.status < 500:
                return response
            response.release()
            reason = f"status {response.status}"
        log.warning(
            "outside service failed",
            service=service,
            method=method,
            where=_where(url),
            reason=reason,
            attempt=attempt,
        )
        provider_failed(service, reason)
        return reason

    async def call(
        self,
        service: str,
        operation: Callable[[], Awaitable[T]],
        *,
        transient: tuple[type[BaseException], ...],
        user_id: int | None = None,
        purpose: Purpose | None = None,
        policy: RetryPolicy | None = None,
    ) -> T:
        """The same rule around a call that is not HTTP (SMTP): gate, timeout, retries of the
        `transient` errors, `ServiceUnavailable` in the end."""
        await self.check(service, user_id, purpose)
        policy = policy or self.policy
        reason = "unavailable"
        errors: tuple[type[BaseException], ...] = (TimeoutError, *transient)
        for attempt in range(1, policy.attempts + 1):
            try:
                async with asyncio.timeout(policy.timeout_seconds):
                    return await operation()
            except errors as exc:
                reason = type(exc).__name__
                log.warning(
                    "outside service failed", service=service, reason=reason, attempt=attempt
                )
                provider_failed(service, reason)
            if attempt < policy.attempts:
                await asyncio.sleep(policy.delay(attempt))
        raise ServiceUnavailable(service, reason)

    def for_service(
        self, service: str, *, gated: bool = True, policy: RetryPolicy | None = None
    ) -> ServiceClient:
        """A client bound to one service, in the shape providers consume (`HttpClient`)."""
        return ServiceClient(self, service, gated, policy)


class ServiceClient:
    """`OutboundClient.request` with the service fixed: what an identity provider is given."""

    def __init__(
        self, outbound: OutboundClient, service: str, gated: bool, policy: RetryPolicy | None
    ) -> None:
        self.outbound = outbound
        self.service = service
        self.gated = gated
        self.policy = policy

    def request(
        self, method: str, url: str, **kwargs: Any
    ) -> AbstractAsyncContextManager[aiohttp.ClientResponse]:
        return self.outbound.request(
            self.service, method, url, gated=self.gated, policy=self.policy, **kwargs
        )


def _where(url: str) -> str:
    """Scheme, host and path: queries and fragments may carry personal data."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"
