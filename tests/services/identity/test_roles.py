"""Scoped roles: one grant per role and scope, checked in one place."""

from __future__ import annotations

import pytest

from models.identity.roles import Role
from models.identity.users import User
from services.identity import roles
from services.identity.container import Services
from services.kernel.errors import DomainError, ErrorCode


async def member(name: str) -> User:
    return await User.create(username=name, username_key=name, email=f"{name}@example.org")


async def test_a_maintainer_of_one_sig_is_not_a_maintainer_of_another(services: Services) -> None:
    mia = await member("mia")
    assert await roles.grant("mia", Role.MAINTAINER, "sig:infra")

    assert await roles.allows(mia, Role.MAINTAINER, "sig:infra")
    assert not await roles.allows(mia, Role.MAINTAINER, "sig:docs")
    assert not await roles.allows(mia, Role.MAINTAINER)


async def test_an_unscoped_grant_holds_on_every_scope(services: Services) -> None:
    ned = await member("ned")
    await roles.grant("ned", Role.MEETUP_ORGANIZER)

    assert await roles.allows(ned, Role.MEETUP_ORGANIZER, "city:shenzhen")
    assert await roles.allows(ned, Role.MEETUP_ORGANIZER)


async def test_an_admin_maintains_every_sig_but_is_no_privacy_officer(services: Services) -> None:
    ada = await member("ada")
    await roles.grant("ada", Role.ADMIN)

    assert await roles.allows(ada, Role.MAINTAINER, "sig:infra")
    assert await roles.allows(ada, Role.MEETUP_ORGANIZER)
    assert not await roles.allows(ada, Role.PRIVACY_OFFICER)
    with pytest.raises(DomainError) as refused:
        await roles.require(ada, Role.PRIVACY_OFFICER)
    assert refused.value.code is ErrorCode.FORBIDDEN


async def test_granting_twice_keeps_one_grant_and_revoking_ends_it(services: Services) -> None:
    ola = await member("ola")
    assert await roles.grant("ola", Role.MAINTAINER, "SIG:Infra")
    assert not await roles.grant("ola", Role.MAINTAINER, "sig:infra")

    assert await roles.revoke("ola", Role.MAINTAINER, "sig:infra")
    assert not await roles.revoke("ola", Role.MAINTAINER, "sig:infra")
    assert not await roles.allows(ola, Role.MAINTAINER, "sig:infra")


async def test_nobody_signed_in_holds_no_role(services: Services) -> None:
    assert not await roles.allows(None, Role.ADMIN)


async def test_an_overlong_scope_is_refused(services: Services) -> None:
    await member("pia")
    with pytest.raises(DomainError) as refused:
        await roles.grant("pia", Role.MAINTAINER, "sig:" + "x" * 100)
    assert refused.value.code is ErrorCode.TOO_LONG
