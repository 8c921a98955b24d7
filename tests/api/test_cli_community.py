"""`commons sig set` and `commons sig list`, run as an operator runs them."""

from __future__ import annotations

from models.community.sigs import Sig
from services.community import sigs
from services.identity.container import Services
from tests.api.test_cli_privacy import run_commons


async def test_sig_set_creates_a_sig_and_sig_list_shows_it(services: Services) -> None:
    code, out = await run_commons(
        services,
        "sig",
        "set",
        "infra",
        "--maintainers",
        "mia,Zed",
        "--repos",
        "opengauss/ci,opengauss/infra",
        "--mailing-list",
        "infra@lists.example.org",
    )
    assert code == 0, out
    infra = await Sig.get(name="infra")
    assert await sigs.maintainer_logins(infra) == ["mia", "zed"]
    assert infra.repositories == ["opengauss/ci", "opengauss/infra"]

    code, out = await run_commons(services, "sig", "list")
    assert code == 0 and "infra\tmaintainers: mia, zed" in out, out


async def test_sig_set_refuses_a_bad_login_and_changes_nothing(services: Services) -> None:
    code, out = await run_commons(services, "sig", "set", "infra", "--maintainers", "no spaces")
    assert code != 0 and "Not a valid maintainer" in out, out
    assert not await Sig.exists(name="infra")
