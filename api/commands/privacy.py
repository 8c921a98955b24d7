"""`commons erasure replay`."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from services.privacy import erasure as erasure_service


@click.group()
def erasure() -> None:
    """Erasure tombstones."""


@erasure.command("replay")
def erasure_replay() -> None:
    """Erase again every account a tombstone names: run after restoring a backup."""
    count = run_with_database(erasure_service.replay)
    click.echo(f"re-erased {count} account(s)")


COMMANDS = [erasure]
