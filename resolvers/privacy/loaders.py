"""Batch functions for `PrivacyRequest` relations (see resolvers/dataloaders.py)."""

from __future__ import annotations

from models.privacy.privacy_requests import PrivacyExport, PrivacyRequestEvent
from resolvers.dataloaders import many_per_key, one_per_key
from services.kernel import clock


async def live_export_by_request(request_ids: list[int]) -> list[PrivacyExport | None]:
    """The newest unexpired access package of each request."""
    # The package itself (document, page) is large and not needed for the link.
    rows = (
        await PrivacyExport.filter(request_id__in=request_ids, expires_at__gt=clock.now())
        .order_by("id")
        .only("id", "request_id", "token", "expires_at")
    )
    return one_per_key(request_ids, rows, lambda e: e.request_id)  # the last (newest) wins


async def events_by_request(request_ids: list[int]) -> list[list[PrivacyRequestEvent]]:
    """Each request's audit trail, oldest first (a handful of rows per request)."""
    rows = await PrivacyRequestEvent.filter(request_id__in=request_ids).order_by("id")
    return many_per_key(request_ids, rows, lambda e: e.request_id)
