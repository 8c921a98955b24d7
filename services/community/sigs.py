"""SIGs: set by admins (or `commons sig set`), and who may act for one.

Maintainership is checked here, in one place: a member maintains SIG `x` when they hold the
scoped role `maintainer` of `sig:x` (or are an admin), or when the Gitee identity bound to
their account has one of the logins the SIG names as its maintainers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from models.community.sigs import Sig, SigMaintainer
from models.identity.identities import ExternalIdentity
from models.identity.roles import Role
from models.identity.users import User
from services.identity import roles
from services.identity.identifiers import normalise_email
from services.kernel.errors import DomainError, ErrorCode, raise_all

SIG_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$")
GITEE_LOGIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$")
REPOSITORY = re.compile(r"^[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}$")
DESCRIPTION_MAX = 500
MAX_ENTRIES = 200


@dataclass(frozen=True, slots=True)
class SigChange:
    """What `set_sig` changes; None leaves a field as it is."""

    maintainers: Sequence[str] | None = None
    description: str | None = None
    mailing_list: str | None = None
    repositories: Sequence[str] | None = None


def scope_of(name: str) -> str:
    """The role scope of SIG `name`, as `commons grant-role ... --scope` takes it."""
    return f"sig:{name}"


def check_name(name: str) -> str:
    name = name.strip().lower()
    if not SIG_NAME.fullmatch(name):
        raise DomainError(
            ErrorCode.INVALID,
            "A SIG name is 1 to 40 lowercase letters, digits or hyphens.",
            ["name"],
        )
    return name


def _checked_list(values: Sequence[str], pattern: re.Pattern[str], what: str) -> list[str]:
    cleaned = sorted({v.strip() for v in values if v.strip()})
    if len(cleaned) > MAX_ENTRIES:
        raise DomainError(ErrorCode.INVALID, f"At most {MAX_ENTRIES} {what}s.", [what])
    bad = [v for v in cleaned if not pattern.fullmatch(v)]
    if bad:
        raise DomainError(ErrorCode.INVALID, f"Not a valid {what}: {bad[0][:100]!r}.", [what])
    return cleaned


def _checked(change: SigChange) -> tuple[SigChange, list[DomainError]]:
    errors: list[DomainError] = []
    maintainers = repositories = mailing_list = None
    try:
        if change.maintainers is not None:
            found = _checked_list(change.maintainers, GITEE_LOGIN, "maintainer")
            maintainers = [m.lower() for m in found]
    except DomainError as error:
        errors.append(error)
    try:
        if change.repositories is not None:
            repositories = _checked_list(change.repositories, REPOSITORY, "repository")
    except DomainError as error:
        errors.append(error)
    try:
        if change.mailing_list:
            mailing_list = normalise_email(change.mailing_list, ["mailingList"])
    except DomainError as error:
        errors.append(error)
    if change.description is not None and len(change.description) > DESCRIPTION_MAX:
        errors.append(
            DomainError(ErrorCode.TOO_LONG, "A description is at most 500 characters.", ["desc"])
        )
    return SigChange(maintainers, change.description, mailing_list, repositories), errors


async def set_sig(name: str, change: SigChange) -> Sig:
    """Create SIG `name` or change it; maintainers and repositories are replaced whole."""
    name = check_name(name)
    checked, errors = _checked(change)
    raise_all(errors)
    async with in_transaction():
        sig, _ = await Sig.get_or_create(name=name)
        if checked.description is not None:
            sig.description = checked.description
        if change.mailing_list is not None:
            sig.mailing_list = checked.mailing_list
        if checked.repositories is not None:
            sig.repositories = list(checked.repositories)
        await sig.save()
        if checked.maintainers is not None:
            await SigMaintainer.filter(sig=sig).delete()
            await SigMaintainer.bulk_create(
                [SigMaintainer(sig=sig, gitee_login=login) for login in checked.maintainers]
            )
    return sig


async def named(name: str) -> Sig | None:
    return await Sig.get_or_none(name=name.strip().lower()[:40])


async def maintainer_logins(sig: Sig) -> list[str]:
    logins = await SigMaintainer.filter(sig=sig).order_by("gitee_login")
    return [m.gitee_login for m in logins]


async def is_maintainer(user: User | None, sig: Sig) -> bool:
    """The one check: may `user` act for `sig` (schedule its meetings, manage recordings)?"""
    if user is None:
        return False
    if await roles.allows(user, Role.MAINTAINER, scope_of(sig.name)):
        return True
    bound = ExternalIdentity.filter(user_id=user.id, provider="gitee", login__not_isnull=True)
    logins = [str(login).lower() for login in await bound.values_list("login", flat=True)]
    return bool(logins) and await SigMaintainer.exists(sig=sig, gitee_login__in=logins)


async def require_maintainer(user: User | None, sig: Sig) -> User:
    if user is None or not await is_maintainer(user, sig):
        raise DomainError(
            ErrorCode.FORBIDDEN, f"Only the maintainers of {sig.name} may do this.", ["sig"]
        )
    return user


async def all_sigs() -> list[Sig]:
    return await Sig.all().order_by("name")
