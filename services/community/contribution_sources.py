"""What the contribution import reads and whom it credits: the repositories to read, the
members bound to Gitee authors (and their CLA status), and the cleanup after an unbinding.
"""

from __future__ import annotations

import structlog

from models.community.cla import ClaCheck
from models.community.contributions import Contribution, ContributionSource
from models.community.sigs import Sig
from models.gate.processing_limits import LimitKind, ProcessingLimit
from models.identity.identities import ExternalIdentity
from providers.http import ServiceUnavailable
from services.delivery.gitee_api import GiteeApi
from settings import Settings

log = structlog.get_logger(__name__)


async def repositories_to_sync(settings: Settings, api: GiteeApi) -> dict[str, int | None]:
    """`owner/repo` -> the id of the SIG it belongs to (None for an org's other repositories)."""
    found: dict[str, int | None] = {}
    for org in settings.contribution_org_names:
        try:
            names = await api.org_repositories(org)
        except ServiceUnavailable as exc:
            # This run goes on with the SIGs' repositories; the next one lists the org again.
            log.warning("organisation listing failed", org=org, reason=str(exc))
            continue
        for name in names:
            found.setdefault(name, None)
    for sig in await Sig.all().order_by("name"):
        for name in sig.repositories:
            if found.get(name) is None:
                found[name] = sig.id
    return found


async def bound_authors() -> dict[str, int]:
    """Gitee user id -> member id, for bound identities of members who allow processing."""
    restricted = set(
        await ProcessingLimit.filter(kind=LimitKind.RESTRICTION, lifted_at=None).values_list(
            "user_id", flat=True
        )
    )
    rows = await ExternalIdentity.filter(provider="gitee").values_list("subject", "user_id")
    return {str(subject): int(uid) for subject, uid in rows if uid not in restricted}


async def cla_signed(user_ids: set[int]) -> dict[int, bool]:
    found: dict[int, bool] = {}
    if not user_ids:
        return found
    rows = await ClaCheck.filter(user_id__in=list(user_ids)).values_list(
        "user_id", "signed", "version_matched"
    )
    for user_id, signed, matched in rows:
        found[user_id] = found.get(user_id, False) or bool(signed and matched)
    return found


async def remove_unbound() -> int:
    """Imported contributions of members who no longer have a Gitee identity bound."""
    bound = ExternalIdentity.filter(provider="gitee").values_list("user_id", flat=True)
    return await (
        Contribution.filter(source=ContributionSource.GITEE)
        .exclude(user_id__in=list(await bound))
        .delete()
    )
