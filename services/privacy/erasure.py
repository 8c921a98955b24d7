"""Erasure (statement §4, §6c), generated from the annotations.

Each field is deleted, nulled, pseudonymised or retained exactly as its annotation says; a
row with any personal field annotated DELETE goes entirely. Outside systems are told first,
while we still know the person's addresses. Keyed-hash tombstones let `commons erasure
replay` erase again whatever a backup restore brings back.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import uuid
from collections.abc import Sequence
from typing import Any, Protocol

from tortoise import fields as tortoise_fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

from models.annotations import Erasure
from models.identity.sessions import Session
from models.identity.users import User, UserStatus
from models.privacy.erasure import ErasureTombstone
from models.privacy.privacy_requests import PrivacyRequest, RequestKind, RequestState
from providers.http import ServiceUnavailable
from services.gate.personal_data import PersonalTable, personal_tables, rows_of
from services.kernel import clock
from services.privacy.privacy_requests import complete_by_system, record
from settings import Settings


class ErasureHook(Protocol):
    """Erases a person's data held by an outside system. Raises `ServiceUnavailable` when
    the system cannot be reached, so the erasure is tried again later. Domains that hand
    data to an outside system register one (`jobs/context.py` collects them)."""

    name: str

    async def erase(self, user: User) -> None: ...


def _digest(settings: Settings, kind: str, value: str) -> str:
    return hmac.new(
        settings.secret_key.encode(), f"erased\x1f{kind}\x1f{value}".encode(), hashlib.sha256
    ).hexdigest()


def _identifiers(user: User) -> dict[str, str]:
    found = {
        "public_id": str(user.public_id),
        "username": user.username_key,
        "email": user.email,
        "phone": user.phone,
    }
    return {kind: value for kind, value in found.items() if value}


def _pseudonym(model: type[Model], name: str) -> Any:
    field = model._meta.fields_map[name]
    if isinstance(field, tortoise_fields.UUIDField):
        return uuid.uuid4()
    length = getattr(field, "max_length", None) or 32
    # Unique, unlinkable, and recognisable to an operator as an erased value.
    return ("erased-" + secrets.token_hex(16))[: max(length, 8)]


async def _erase_table(table: PersonalTable, user_id: int) -> None:
    ids = await rows_of(table, user_id).values_list("id", flat=True)
    if not ids:
        return
    model = table.model
    actions = {a.erasure for a in table.fields.values()}
    if Erasure.DELETE in actions:
        await model.filter(id__in=list(ids)).delete()
        return
    nulls = {n: None for n, a in table.fields.items() if a.erasure is Erasure.NULL}
    pseudonymised = [n for n, a in table.fields.items() if a.erasure is Erasure.PSEUDONYMISE]
    for row_id in ids:
        changes = {**nulls, **{n: _pseudonym(model, n) for n in pseudonymised}}
        if changes:
            await model.filter(id=row_id).update(**changes)


async def erase_person(settings: Settings, user_id: int) -> None:
    """Erase one person's data in this database, as the annotations say, and leave tombstones."""
    user = await User.get(id=user_id)
    async with in_transaction():
        for kind, value in _identifiers(user).items():
            await ErasureTombstone.get_or_create(digest=_digest(settings, kind, value), kind=kind)
        await User.filter(id=user_id).update(status=UserStatus.DEACTIVATED)
        await Session.filter(user_id=user_id).delete()
        for table in personal_tables():
            await _erase_table(table, user_id)


async def erase_for_request(
    settings: Settings, hooks: Sequence[ErasureHook], request: PrivacyRequest
) -> bool:
    """Carry out an ERASURE request whose grace period is over; False if postponed."""
    user = await User.get(id=request.user_id)
    try:
        for hook in hooks:
            await hook.erase(user)
    except ServiceUnavailable as exc:
        await record(request, "erasure_postponed", "system", note=f"outside system: {exc}")
        return False
    await erase_person(settings, request.user_id)
    await complete_by_system(request, "personal data erased")
    return True


async def erase_due(settings: Settings, hooks: Sequence[ErasureHook]) -> int:
    """Erase every account whose grace period has ended. Returns how many were erased."""
    due = await PrivacyRequest.filter(
        kind=RequestKind.ERASURE, state=RequestState.IN_PROGRESS, erase_after__lte=clock.now()
    ).order_by("id")
    erased = 0
    for request in due:
        erased += await erase_for_request(settings, hooks, request)
    return erased


async def replay(settings: Settings) -> int:
    """Erase again every account a tombstone names (after a backup restore). Returns a count."""
    digests: set[str] = {
        str(d) for d in await ErasureTombstone.all().values_list("digest", flat=True)
    }
    if not digests:
        return 0
    replayed = 0
    for user in await User.all():
        if any(_digest(settings, k, v) in digests for k, v in _identifiers(user).items()):
            await erase_person(settings, user.id)
            replayed += 1
    return replayed
