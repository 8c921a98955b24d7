"""The `commons` command: serve, worker, migrate, makemigrations, export-schema."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TypeVar

import click
import uvicorn
from tortoise import Tortoise

from api.app import create_app
from api.migrations import apply_migrations, make_migrations
from api.privacy_cli import COMMANDS as PRIVACY_COMMANDS
from models import tortoise_config
from models.identity.roles import Role
from resolvers.schema import printed_schema
from services.identity import roles
from services.kernel.errors import DomainError
from services.privacy import erasure as erasure_service
from settings import Settings, load_settings

T = TypeVar("T")

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


@click.group()
def main() -> None:
    """Commons: a privacy-first GraphQL backend for open-source community portals."""


@main.command()
@click.option("--migrate/--no-migrate", default=False, help="Apply migrations first.")
def serve(migrate: bool) -> None:
    """Serve the API on HOST:PORT."""
    settings = load_settings()
    if migrate:
        asyncio.run(apply_migrations(settings.database_url))
    uvicorn.run(
        create_app(settings),
        host=settings.host,
        port=settings.port,
        proxy_headers=False,  # the trusted-proxy setting decides, not uvicorn
        server_header=False,
    )


@main.command()
def worker() -> None:
    """Run the arq worker (needs REDIS_URL)."""
    from arq.worker import run_worker

    from jobs.worker import WorkerSettings, redis_settings

    settings = load_settings()
    if not settings.redis_url:
        raise click.ClickException("REDIS_URL is not set: without it jobs run inside the API.")
    run_worker(WorkerSettings, redis_settings=redis_settings(settings), ctx={"settings": settings})  # type: ignore[arg-type]


@main.command()
def migrate() -> None:
    """Apply pending database migrations."""
    applied = asyncio.run(apply_migrations(load_settings().database_url))
    click.echo(f"applied {len(applied)} migration(s)" + "".join(f"\n  {a}" for a in applied))


@main.command()
@click.option("--name", default="update", help="A word for the migration's file name.")
def makemigrations(name: str) -> None:
    """Write new SQLite and PostgreSQL migrations for model changes (needs local PostgreSQL)."""
    for path in asyncio.run(make_migrations(name)):
        click.echo(f"wrote {path}")


@main.command("export-schema")
@click.option("--output", type=click.Path(path_type=Path), default=SCHEMA_FILE)
def export_schema(output: Path) -> None:
    """Write the GraphQL SDL (schema.graphql)."""
    output.write_text(printed_schema())
    click.echo(f"wrote {output}")


# requests: roles and erasure replay


async def _with_database(work: Callable[[Settings], Awaitable[T]]) -> T:
    settings = load_settings()
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        return await work(settings)
    finally:
        await Tortoise.close_connections()


@main.command("grant-role")
@click.argument("username")
@click.argument("role", type=click.Choice([r.value for r in Role]))
def grant_role(username: str, role: str) -> None:
    """Give an account a staff role, e.g. `commons grant-role alice privacy_officer`."""

    async def work(_: Settings) -> bool:
        return await roles.grant(username, Role(role))

    try:
        created = asyncio.run(_with_database(work))
    except DomainError as exc:
        raise click.ClickException(exc.message) from None
    click.echo(f"{username} {'is now' if created else 'already was'} {role}")


@main.group()
def erasure() -> None:
    """Erasure tombstones."""


@erasure.command("replay")
def erasure_replay() -> None:
    """Erase again every account a tombstone names: run after restoring a backup."""
    count = asyncio.run(_with_database(erasure_service.replay))
    click.echo(f"re-erased {count} account(s)")


# consent: policy publish, consent verify, ropa
for _command in PRIVACY_COMMANDS:
    main.add_command(_command)
