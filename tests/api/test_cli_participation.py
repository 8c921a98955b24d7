"""`commons contributions sync`, run as an operator runs it, against the fake Gitee API."""

from __future__ import annotations

import asyncio
import os

from models.community.contributions import Contribution
from models.identity.identities import ExternalIdentity
from models.identity.users import User
from services.community import sigs
from services.identity.container import Services
from tests.api.test_cli_privacy import COMMONS
from tests.conftest import ROOT
from tests.fakes.gitee_api import FakeGiteeApi


async def commons(services: Services, *args: str, **env: str) -> tuple[int, str]:
    settings = services.settings
    environment = {
        **os.environ,
        "DATABASE_URL": settings.database_url,
        "SECRET_KEY": settings.secret_key,
        **env,
    }
    process = await asyncio.create_subprocess_exec(
        COMMONS,
        *args,
        env=environment,
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    out, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode()


async def test_contributions_sync_imports_at_once_and_says_what_it_did(
    services: Services, gitee_api_server: FakeGiteeApi
) -> None:
    api = gitee_api_server
    ann = api.add_user("ann")
    repo = api.add_repo("openeuler", "kernel")
    api.add_pull(repo, ann, "From the command line")
    await sigs.set_sig("kernel", sigs.SigChange(repositories=["openeuler/kernel"]))
    user = await User.create(username="ann", username_key="ann", email="ann@example.org")
    await ExternalIdentity.create(user=user, provider="gitee", subject=str(ann.id), login="ann")
    gitee = {"GITEE_API_URL": api.api_url, "GITEE_API_TOKEN": api.token}

    code, out = await commons(services, "contributions", "sync", **gitee)

    assert code == 0, out
    assert "1 repositories, 1 items read, 1 stored" in out
    assert await Contribution.filter(user_id=user.id, title="From the command line").exists()
    api.rate_limit_next = 1
    code, out = await commons(services, "contributions", "sync", **gitee)
    assert code == 0 and "rate limited, run again in 1 s" in out, out


async def test_contributions_sync_without_a_token_says_so(services: Services) -> None:
    code, out = await commons(services, "contributions", "sync", GITEE_API_TOKEN="")
    assert code != 0 and "GITEE_API_TOKEN is not set" in out
