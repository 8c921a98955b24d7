"""pytest fixtures of the plugin kit, active wherever Commons is installed (`pytest11`).

    def test_campus_keeps_the_contract(provider_contract):
        provider_contract(CampusScenario())

`provider_contract` runs the whole contract in an event loop and a throwaway database of
its own, so a plain (not async) test needs no plugin, fixture or configuration besides.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from commons.plugin_kit.contract import CheckResult, Scenario, check_provider


def _run(scenario: Scenario) -> list[CheckResult]:
    return asyncio.run(check_provider(scenario))


@pytest.fixture
def provider_contract() -> Callable[[Scenario], list[CheckResult]]:
    """Run the provider contract for a scenario; fails the test naming each broken check."""
    return _run
