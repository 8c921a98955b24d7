"""`commons sig set` and `commons sig list`."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from api.commands.participation import COMMANDS as PARTICIPATION_COMMANDS
from services.community import sigs
from services.kernel.errors import DomainError, DomainErrors
from settings import Settings


def _split(value: str | None) -> list[str] | None:
    return None if value is None else [v for v in value.split(",") if v.strip()]


@click.group()
def sig() -> None:
    """Special interest groups: maintainers, mailing list, repositories."""


@sig.command("set")
@click.argument("name")
@click.option("--maintainers", default=None, help="Gitee logins, comma-separated (replaces).")
@click.option("--description", default=None)
@click.option("--mailing-list", default=None, help="The SIG's list address.")
@click.option("--repos", default=None, help="owner/repo names, comma-separated (replaces).")
def set_sig(
    name: str,
    maintainers: str | None,
    description: str | None,
    mailing_list: str | None,
    repos: str | None,
) -> None:
    """Create or change SIG NAME; options not given stay as they are."""
    change = sigs.SigChange(_split(maintainers), description, mailing_list, _split(repos))

    async def work(_: Settings) -> str:
        found = await sigs.set_sig(name, change)
        logins = await sigs.maintainer_logins(found)
        return f"{found.name}: maintainers {', '.join(logins) or '(none)'}"

    try:
        click.echo(run_with_database(work))
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    except DomainErrors as exc:
        raise click.ClickException(str(exc)) from None


@sig.command("list")
def list_sigs() -> None:
    """Every SIG with its maintainers and repositories."""

    async def work(_: Settings) -> list[str]:
        lines = []
        for found in await sigs.all_sigs():
            logins = ", ".join(await sigs.maintainer_logins(found)) or "(none)"
            repos = ", ".join(found.repositories) or "(none)"
            lines.append(f"{found.name}\tmaintainers: {logins}\trepositories: {repos}")
        return lines

    for line in run_with_database(work):
        click.echo(line)


COMMANDS = [sig]

# Contributions, CLA, mailing lists (issue 9) keep their commands in their own module.
COMMANDS += PARTICIPATION_COMMANDS
