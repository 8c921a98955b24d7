"""SIGs: who maintains one is decided in one place."""

from __future__ import annotations

import pytest

from models.identity.identities import ExternalIdentity
from models.identity.roles import Role
from models.identity.users import User
from services.community import sigs
from services.community.sigs import SigChange
from services.identity import roles
from services.identity.container import Services
from services.kernel.errors import DomainError, DomainErrors, ErrorCode


async def member(name: str, gitee_login: str | None = None) -> User:
    user = await User.create(username=name, username_key=name, email=f"{name}@example.org")
    if gitee_login:
        await ExternalIdentity.create(
            user=user, provider="gitee", subject=f"id-{name}", login=gitee_login
        )
    return user


async def test_a_member_whose_bound_gitee_login_is_listed_maintains_the_sig(
    services: Services,
) -> None:
    infra = await sigs.set_sig("infra", SigChange(maintainers=["MiaDev", "zed"]))
    mia = await member("mia", gitee_login="miadev")
    bob = await member("bob", gitee_login="bobby")
    unbound = await member("una")

    assert await sigs.is_maintainer(mia, infra)
    assert not await sigs.is_maintainer(bob, infra)
    assert not await sigs.is_maintainer(unbound, infra)
    assert not await sigs.is_maintainer(None, infra)


async def test_a_scoped_grant_or_the_admin_role_also_maintains(services: Services) -> None:
    docs = await sigs.set_sig("docs", SigChange())
    ned = await member("ned")
    ada = await member("ada")
    await roles.grant("ned", Role.MAINTAINER, sigs.scope_of("docs"))
    await roles.grant("ada", Role.ADMIN)

    assert await sigs.is_maintainer(ned, docs)
    assert await sigs.is_maintainer(ada, docs)
    other = await sigs.set_sig("other", SigChange())
    assert not await sigs.is_maintainer(ned, other)
    with pytest.raises(DomainError) as refused:
        await sigs.require_maintainer(ned, other)
    assert refused.value.code is ErrorCode.FORBIDDEN


async def test_setting_a_sig_again_replaces_lists_and_keeps_what_was_not_given(
    services: Services,
) -> None:
    await sigs.set_sig(
        "infra",
        SigChange(["a", "b"], "Infrastructure", "infra@lists.example.org", ["org/ci"]),
    )
    infra = await sigs.set_sig("Infra", SigChange(maintainers=["c"]))

    assert await sigs.maintainer_logins(infra) == ["c"]
    assert infra.description == "Infrastructure"
    assert infra.mailing_list == "infra@lists.example.org"
    assert infra.repositories == ["org/ci"]


async def test_bad_names_logins_repositories_and_addresses_are_refused_together(
    services: Services,
) -> None:
    with pytest.raises(DomainError):
        await sigs.set_sig("Not A Name!", SigChange())
    with pytest.raises(DomainErrors) as refused:
        await sigs.set_sig(
            "infra", SigChange(["ok", "bad login"], "x" * 501, "not-an-address", ["noslash"])
        )
    assert len(refused.value.errors) == 4
    assert await sigs.named("infra") is None
