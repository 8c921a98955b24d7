"""The operator's privacy commands, run as an operator runs them: the `commons` program."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from models.identity.roles import Role, RoleGrant
from models.identity.users import User
from services.identity.container import Services
from services.privacy.erasure import erase_person
from tests.conftest import ROOT

COMMONS = str(Path(sys.executable).parent / "commons")


async def run_commons(services: Services, *args: str) -> tuple[int, str]:
    env = {
        **os.environ,
        "DATABASE_URL": services.settings.database_url,
        "SECRET_KEY": services.settings.secret_key,
    }
    process = await asyncio.create_subprocess_exec(
        COMMONS,
        *args,
        env=env,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_grant_role_makes_an_account_a_privacy_officer(services: Services) -> None:
    olga = await User.create(username="olga", username_key="olga", email="olga@example.org")
    code, out = await run_commons(services, "grant-role", "Olga", "privacy_officer")
    assert code == 0, out
    assert await RoleGrant.exists(user_id=olga.id, role=Role.PRIVACY_OFFICER)
    code, out = await run_commons(services, "grant-role", "nobody", "privacy_officer")
    assert code != 0 and "No account" in out


async def test_erasure_replay_reports_how_many_accounts_it_erased_again(
    services: Services,
) -> None:
    alice = await User.create(username="alice", username_key="alice", email="alice@example.org")
    backup = await User.filter(id=alice.id).values()
    await erase_person(services.settings, alice.id)
    await User.filter(id=alice.id).update(**{k: v for k, v in backup[0].items() if k != "id"})
    code, out = await run_commons(services, "erasure", "replay")
    assert code == 0, out
    assert "re-erased 1 account(s)" in out
    assert (await User.get(id=alice.id)).email is None


async def test_grant_role_and_revoke_role_take_a_scope(services: Services) -> None:
    mia = await User.create(username="mia", username_key="mia", email="mia@example.org")
    code, out = await run_commons(
        services, "grant-role", "mia", "maintainer", "--scope", "sig:infra"
    )
    assert code == 0, out
    assert await RoleGrant.exists(user_id=mia.id, role=Role.MAINTAINER, scope="sig:infra")
    code, out = await run_commons(
        services, "revoke-role", "mia", "maintainer", "--scope", "sig:infra"
    )
    assert code == 0 and "revoked" in out, out
    assert not await RoleGrant.exists(user_id=mia.id, role=Role.MAINTAINER)
