"""The `commons` command: serve, worker, migrate, makemigrations, export-schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
import uvicorn

from api.app import create_app
from api.commands import gate, identity, privacy
from api.migrations import apply_migrations, make_migrations
from resolvers.schema import printed_schema
from settings import load_settings

SCHEMA_FILE = Path(__file__).resolve().parent.parent / "schema.graphql"


@click.group()
def main() -> None:
    """Commons: a privacy-first GraphQL backend for open-source community portals."""


@main.command()
@click.option("--migrate/--no-migrate", default=False, help="Apply migrations first.")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    envvar="WEB_CONCURRENCY",
    show_default=True,
    help="API processes on HOST:PORT; more than one needs PostgreSQL and REDIS_URL.",
)
def serve(migrate: bool, workers: int) -> None:
    """Serve the API on HOST:PORT."""
    settings = load_settings()
    # Rate limits, code throttles and jobs are shared through Redis; SQLite has one writer.
    if workers > 1 and (not settings.redis_url or settings.is_sqlite):
        raise click.ClickException("--workers > 1 needs PostgreSQL and REDIS_URL.")
    if migrate:
        asyncio.run(apply_migrations(settings.database_url))
    uvicorn.run(
        # Each worker process builds its own app from the same environment.
        "api.app:create_app" if workers > 1 else create_app(settings),
        factory=workers > 1,
        workers=workers,
        host=settings.host,
        port=settings.port,
        proxy_headers=False,  # the trusted-proxy setting decides, not uvicorn
        server_header=False,
        # The access log of statement §1c is the app's own (path only, 10 days); uvicorn's
        # would print query strings and addresses to the console on every request.
        access_log=False,
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


# One line a domain: each lists its commands in api/commands/<domain>.py.
for _domain in (gate, identity, privacy):
    for _command in _domain.COMMANDS:
        main.add_command(_command)
