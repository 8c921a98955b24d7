"""The plugin kit: what a provider plugin's own tests need, and nothing to set up.

- `Scenario`, `check_provider`, `run_contract`: the provider contract, checked against a
  fake server (commons/plugin_kit/contract.py);
- `FakeServer`, `FakeOAuth2Server`, `Person`: fakes with request recording and fault
  switches (commons/plugin_kit/fakes.py);
- the pytest plugin `commons.plugin_kit.pytest_plugin` (registered through `pytest11`):
  the `provider_contract` fixture runs the contract from a plain test function.

See docs/plugins.md for a walk-through.
"""

from __future__ import annotations

from commons.plugin_kit.contract import (
    ALICE,
    BOB,
    REDIRECT_URI,
    CheckResult,
    ContractFailure,
    Scenario,
    check_provider,
    run_contract,
)
from commons.plugin_kit.fakes import FakeOAuth2Server, FakeServer, Person, RecordedRequest

__all__ = [
    "ALICE",
    "BOB",
    "REDIRECT_URI",
    "CheckResult",
    "ContractFailure",
    "FakeOAuth2Server",
    "FakeServer",
    "Person",
    "RecordedRequest",
    "Scenario",
    "check_provider",
    "run_contract",
]
