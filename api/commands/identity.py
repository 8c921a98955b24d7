"""`commons grant-role` and `commons revoke-role`."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from models.identity.roles import Role
from services.identity import roles
from services.kernel.errors import DomainError
from settings import Settings


@click.command("grant-role")
@click.argument("username")
@click.argument("role", type=click.Choice([r.value for r in Role]))
def grant_role(username: str, role: str) -> None:
    """Give an account a staff role, e.g. `commons grant-role alice privacy_officer`."""

    async def work(_: Settings) -> bool:
        return await roles.grant(username, Role(role))

    try:
        created = run_with_database(work)
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{username} {'is now' if created else 'already was'} {role}")


COMMANDS = [grant_role]
