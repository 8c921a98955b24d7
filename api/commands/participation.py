"""`commons contributions sync`: the contribution import, run at once by an operator."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from jobs.context import close_context, open_context
from jobs.participation import sync_contributions
from settings import Settings


@click.group()
def contributions() -> None:
    """Contributions imported from Gitee."""


@contributions.command("sync")
def sync() -> None:
    """Import now what changed on Gitee since the last run (the periodic job's work)."""

    async def work(settings: Settings) -> str:
        if not settings.gitee_api_token:
            raise click.ClickException("GITEE_API_TOKEN is not set: nothing can be imported.")
        ctx = await open_context(settings)
        try:
            return await sync_contributions(ctx)  # a rate limit is reported, not waited for
        finally:
            await close_context(ctx)

    click.echo(run_with_database(work))


COMMANDS = [contributions]
