"""`commons providers check [NAME]`: the provider contract against installed plugins.

Each plugin names its contract scenario (`Plugin(scenario="package.module:attribute")`);
the kit runs it against the plugin's own fake server, in a throwaway database, so the
command needs no configuration. `--scenario module:attribute` checks a scenario that is not
installed yet (a plugin under development). The exit status is 1 when any check fails.
"""

from __future__ import annotations

import asyncio
import importlib
import os
import sys
from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any

import click

from commons.plugin_kit import CheckResult, Scenario, run_contract
from providers.registry import ENTRY_POINT_GROUP, load_plugin


def _load(reference: str) -> Scenario:
    """A scenario from "module:attribute": a Scenario, its class, or a function making one."""
    module, _, attribute = reference.partition(":")
    found: Any = getattr(importlib.import_module(module), attribute)
    scenario = found() if callable(found) else found
    if not isinstance(scenario, Scenario):
        raise TypeError(f"{reference} is not a commons.plugin_kit.Scenario")
    return scenario


def _scenarios(name: str | None) -> list[tuple[str, Callable[[], Scenario]]]:
    """(provider name, how to get its scenario) of every installed plugin, or of NAME."""
    found: list[tuple[str, Callable[[], Scenario]]] = []
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
        if name is not None and entry.name != name:
            continue

        def scenario(entry: Any = entry) -> Scenario:
            plugin = load_plugin(entry)
            if plugin.scenario is None:
                raise LookupError("the plugin names no scenario: Plugin(scenario='module:attr')")
            return _load(plugin.scenario)

        found.append((entry.name, scenario))
    return found


def _report(name: str, make: Callable[[], Scenario]) -> bool:
    try:
        results: list[CheckResult] = asyncio.run(run_contract(make()))
    except Exception as exc:
        click.echo(f"{name}: FAILED\n  - cannot run the contract: {type(exc).__name__}: {exc}")
        return False
    failed = [r for r in results if not r.passed]
    if not failed:
        click.echo(f"{name}: ok ({len(results)} checks)")
        return True
    click.echo(f"{name}: FAILED ({len(failed)} of {len(results)} checks)")
    for result in failed:
        click.echo(f"  - {result.name}: {result.reason}")
    return False


@click.group("providers")
def providers() -> None:
    """Identity-provider plugins."""


@providers.command("check")
@click.argument("name", required=False)
@click.option("--scenario", "reference", help="Check this scenario (module:attribute) instead.")
def check(name: str | None, reference: str | None) -> None:
    """Run the provider contract against installed plugins (or NAME); non-zero on failure."""
    if reference is not None:
        # A plugin under development: its modules are found from the current directory.
        sys.path.insert(0, os.getcwd())
        targets = [(name or reference, lambda: _load(reference))]
    else:
        targets = _scenarios(name)
    if not targets:
        raise click.ClickException(
            f"no installed identity-provider plugin is named {name!r}"
            if name
            else "no identity-provider plugin is installed"
        )
    outcomes = [_report(target, make) for target, make in targets]
    if not all(outcomes):
        raise SystemExit(1)


COMMANDS = [providers]
