"""A compiled select answers exactly what the same Tortoise query answers, related rows too."""

from __future__ import annotations

import pytest

from models.identity.sessions import Session
from models.identity.users import Profile, User
from services.identity.container import Services
from services.kernel.client import ClientInfo
from services.kernel.compiled import CompiledSelect

BY_TOKEN: CompiledSelect[Session] = CompiledSelect(
    lambda token_hash: Session.filter(token_hash=token_hash).select_related("user__profile"),
    "token_hash",
)
CLIENT = ClientInfo("192.0.2.3", "compiled/1.0")


async def test_each_run_binds_its_own_values_and_loads_related_rows(services: Services) -> None:
    ann = await User.create(username="ann", username_key="ann", email="ann@example.org")
    await Profile.create(user=ann, nickname="Ann", company="openEuler")
    bob = await User.create(username="bob", username_key="bob")
    ann_session = (await services.sessions.start(ann, CLIENT)).session
    bob_session = (await services.sessions.start(bob, CLIENT)).session

    [found_ann] = await BY_TOKEN.all(token_hash=ann_session.token_hash)
    [found_bob] = await BY_TOKEN.all(token_hash=bob_session.token_hash)

    expected = await Session.get(id=ann_session.id)
    assert (found_ann.id, found_ann.expires_at, found_ann.ip_address) == (
        expected.id,
        expected.expires_at,
        expected.ip_address,
    )
    assert (found_ann.user.username, found_ann.user.email) == ("ann", "ann@example.org")
    assert isinstance(found_ann.user.profile, Profile)
    assert found_ann.user.profile.company == "openEuler"
    assert found_bob.user.username == "bob" and found_bob.user.profile is None
    assert await BY_TOKEN.all(token_hash="no such token") == []


async def test_a_parameter_the_statement_does_not_bind_is_refused() -> None:
    inlined: CompiledSelect[User] = CompiledSelect(
        lambda name: User.filter(username_key=name.upper()), "name"
    )
    with pytest.raises(ValueError, match="not bound"):
        await inlined.all(name="ann")
