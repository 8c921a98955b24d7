"""As a plugin author runs them: the kit's pytest fixture and `commons providers check`, each
in a process of its own, with no configuration, database or fixture of the author's."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from tests.conftest import ROOT

BIN = Path(sys.executable).parent
PLUGIN_TEST = ROOT / "examples" / "commons-oidc-example" / "tests" / "test_contract.py"


async def run(*command: str, cwd: Path) -> tuple[int, str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "OIDC_"))}
    process = await asyncio.create_subprocess_exec(
        *command,
        cwd=cwd,
        env=environ,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, output.decode()


async def test_a_plugin_test_runs_the_contract_in_an_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "test_contract.py").write_text(PLUGIN_TEST.read_text())

    status, output = await run(str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", cwd=tmp_path)

    assert status == 0, output
    assert "1 passed" in output


async def test_a_broken_plugin_test_fails_naming_the_broken_checks(tmp_path: Path) -> None:
    (tmp_path / "test_broken.py").write_text(
        "from commons_oidc_example.contract import OidcScenario\n"
        "from commons_oidc_example import OidcProvider\n\n"
        "class Nameless(OidcProvider):\n"
        "    name = 'OIDC Example'\n\n"
        "class Broken(OidcScenario):\n"
        "    def provider(self, server, http):\n"
        "        return Nameless(http, server.url, server.client_id, server.client_secret)\n\n"
        "def test_contract(provider_contract):\n"
        "    provider_contract(Broken())\n"
    )

    status, output = await run(str(BIN / "pytest"), "-q", "-p", "no:cacheprovider", cwd=tmp_path)

    assert status == 1, output
    assert "ContractFailure: oidc-example breaks the provider contract" in output
    assert "description_and_name: name 'OIDC Example' must be a short lowercase id" in output


async def test_the_command_checks_installed_plugins_and_exits_non_zero_on_failure(
    tmp_path: Path,
) -> None:
    command = [str(BIN / "commons"), "providers", "check"]
    status, output = await run(*command, "oidc-example", cwd=tmp_path)
    assert (status, output.splitlines()[0]) == (0, "oidc-example: ok (12 checks)"), output

    status, output = await run(
        str(BIN / "commons"),
        "providers",
        "check",
        "--scenario",
        "tests.plugin_kit.test_contract:DeadServerScenario",
        cwd=ROOT,
    )
    assert status == 1, output
    assert "FAILED (7 of 12 checks)" in output
    assert "good_sign_in: a good code must sign in" in output

    status, output = await run(str(BIN / "commons"), "providers", "check", "nope", cwd=tmp_path)
    assert status != 0
    assert "no installed identity-provider plugin is named 'nope'" in output
