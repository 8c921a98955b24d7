"""The CLA signing service (statement §1d): has this address signed the individual CLA?

`GET {CLA_SERVICE_URL}/v1/individual-signing/{CLA_LINK_ID}?email=ADDRESS` answers
`{"data": {"signed": bool, "version_matched": bool}}`; errors are 4xx with
`{"error_code", "error_message"}` (an unknown link id, a missing address) and 5xx when its
database is away. The address leaves Commons, so the call names the person (the outbound
gate checks their limits) and the service is in the recipients register as `CLA`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.annotations import Purpose
from providers.http import ServiceUnavailable
from services.gate.outbound import OutboundClient
from settings import Settings

SERVICE = "CLA"


@dataclass(frozen=True, slots=True)
class ClaAnswer:
    signed: bool
    version_matched: bool


class ClaClient:
    def __init__(self, settings: Settings, outbound: OutboundClient) -> None:
        assert settings.cla_service_url and settings.cla_link_id
        base = settings.cla_service_url.rstrip("/")
        self.url = f"{base}/v1/individual-signing/{settings.cla_link_id}"
        self.outbound = outbound

    async def check(self, user_id: int, email: str) -> ClaAnswer:
        """Raises `ServiceUnavailable` when the service is down or answers an error."""
        async with self.outbound.request(
            SERVICE, "GET", self.url, params={"email": email}, user_id=user_id, purpose=Purpose.CLA
        ) as response:
            try:
                body: Any = await response.json(content_type=None)
            except ValueError:
                body = None
            status = response.status
        data = body.get("data") if isinstance(body, dict) else None
        if status != 200 or not isinstance(data, dict):
            code = body.get("error_code") if isinstance(body, dict) else None
            raise ServiceUnavailable(SERVICE, f"answered {status} {code or ''}".strip())
        signed = data.get("signed") is True
        return ClaAnswer(signed, signed and data.get("version_matched") is True)


def cla_client(settings: Settings, outbound: OutboundClient) -> ClaClient | None:
    """The client, when this deployment has a CLA service configured."""
    if not (settings.cla_service_url and settings.cla_link_id):
        return None
    return ClaClient(settings, outbound)
