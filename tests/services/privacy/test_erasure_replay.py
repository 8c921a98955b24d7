"""Tombstones: erase, restore the rows from a backup copy, replay, and they are gone again."""

from __future__ import annotations

from typing import Any

from models.identity.identities import ExternalIdentity
from models.identity.users import Profile, User, UserStatus
from models.privacy.erasure import ErasureTombstone
from services.identity.container import Services
from services.privacy.erasure import erase_person, replay


async def _snapshot(user_id: int) -> dict[str, list[dict[str, Any]]]:
    return {
        "users": await User.filter(id=user_id).values(),
        "profiles": await Profile.filter(user_id=user_id).values(),
        "identities": await ExternalIdentity.filter(user_id=user_id).values(),
    }


async def _restore(backup: dict[str, list[dict[str, Any]]], user_id: int) -> None:
    """What restoring last night's dump does: the old rows come back as they were."""
    await User.filter(id=user_id).delete()
    for row in backup["users"]:
        await User.create(**row)
    for row in backup["profiles"]:
        await Profile.create(**row)
    for row in backup["identities"]:
        await ExternalIdentity.create(**row)


async def test_replay_erases_again_what_a_backup_restore_brought_back(services: Services) -> None:
    alice = await User.create(
        username="alice", username_key="alice", email="alice@example.org", phone="+8613800000000"
    )
    await Profile.create(user=alice, nickname="Alice")
    await ExternalIdentity.create(
        user=alice, provider="gitee", subject="42", login="alice-g", access_token="gitee-token"
    )
    bob = await User.create(username="bob", username_key="bob", email="bob@example.org")
    backup = await _snapshot(alice.id)

    await erase_person(services.settings, alice.id)
    assert (await User.get(id=alice.id)).email is None
    tombstones = await ErasureTombstone.all().values_list("digest", flat=True)
    assert tombstones and not any("alice" in str(d) for d in tombstones)

    await _restore(backup, alice.id)
    assert (await User.get(id=alice.id)).email == "alice@example.org"

    assert await replay(services.settings) == 1
    restored = await User.get(id=alice.id)
    assert restored.email is None and restored.phone is None
    assert restored.status is UserStatus.DEACTIVATED
    assert (await Profile.get(user_id=alice.id)).nickname is None
    assert not await ExternalIdentity.exists(user_id=alice.id)  # the Gitee token went with it
    assert (await User.get(id=bob.id)).email == "bob@example.org"
    assert await replay(services.settings) == 0  # nothing left to re-erase
