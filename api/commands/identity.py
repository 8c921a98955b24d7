"""`commons grant-role` and `commons revoke-role`."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from models.identity.roles import Role
from services.identity import roles
from services.kernel.errors import DomainError
from settings import Settings

_ROLE = click.Choice([r.value for r in Role])
_SCOPE = click.option(
    "--scope", default=None, help="What the role is held on, e.g. sig:infra; none: everywhere."
)


def _said(username: str, role: str, scope: str | None) -> str:
    return f"{username} {role}" + (f" of {scope}" if scope else "")


@click.command("grant-role")
@click.argument("username")
@click.argument("role", type=_ROLE)
@_SCOPE
def grant_role(username: str, role: str, scope: str | None) -> None:
    """Give an account a role, e.g. `commons grant-role alice privacy_officer`."""

    async def work(_: Settings) -> bool:
        return await roles.grant(username, Role(role), scope)

    try:
        created = run_with_database(work)
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{'now' if created else 'already'}: {_said(username, role, scope)}")


@click.command("revoke-role")
@click.argument("username")
@click.argument("role", type=_ROLE)
@_SCOPE
def revoke_role(username: str, role: str, scope: str | None) -> None:
    """Take a role from an account, e.g. `commons revoke-role alice admin`."""

    async def work(_: Settings) -> bool:
        return await roles.revoke(username, Role(role), scope)

    try:
        removed = run_with_database(work)
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{'revoked' if removed else 'did not hold'}: {_said(username, role, scope)}")


COMMANDS = [grant_role, revoke_role]
