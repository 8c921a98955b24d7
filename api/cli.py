"""The `commons` command: serve, worker, migrate, makemigrations, export-schema."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
import uvicorn

from api.app import create_app
from api.commands import community, documents, gate, identity, privacy, providers
from api.commands import jobs as job_commands
from api.logs import configure_logging
from api.migrations import NoMigrations, apply_migrations, make_migrations
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
    configure_logging(settings)
    # Rate limits, code throttles and jobs are shared through Redis; SQLite has one writer.
    if workers > 1 and (not settings.redis_url or settings.is_sqlite):
        raise click.ClickException("--workers > 1 needs PostgreSQL and REDIS_URL.")
    if migrate:
        # Replicas should not: run `commons migrate` once per deploy (compose's `migrate`).
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
        log_config=None,  # configure_logging did: JSON, one line per event
        timeout_graceful_shutdown=int(settings.worker_stop_seconds),
        # The access log of statement §1c is the app's own (path only, 10 days); uvicorn's
        # would print query strings and addresses to the console on every request.
        access_log=False,
    )


@main.command()
@click.option(
    "--queue",
    type=click.Choice(["default", "slow"]),
    default="default",
    help="default: mail, codes, privacy jobs; slow: recording uploads and removals.",
)
@click.option("--check", is_flag=True, help="Exit 0 when this host's worker beats, else 1.")
def worker(queue: str, check: bool) -> None:
    """Run the job worker (needs REDIS_URL); it reconnects instead of exiting."""
    from jobs.supervisor import Supervisor, check_heartbeat
    from services.kernel.queue import DEFAULT_QUEUE, SLOW_QUEUE

    settings = load_settings()
    configure_logging(settings)
    if check:
        problem = check_heartbeat(settings.worker_heartbeat_file, settings.worker_heartbeat_seconds)
        if problem:
            raise click.ClickException(problem)
        click.echo("worker alive")
        return
    if not settings.redis_url:
        raise click.ClickException("REDIS_URL is not set: without it jobs run inside the API.")
    asyncio.run(Supervisor(settings, SLOW_QUEUE if queue == "slow" else DEFAULT_QUEUE).run())


@main.command()
def migrate() -> None:
    """Apply pending database migrations (fails when it finds none; one run at a time)."""
    settings = load_settings()
    configure_logging(settings)
    try:
        applied = asyncio.run(apply_migrations(settings.database_url))
    except NoMigrations as exc:
        raise click.ClickException(str(exc)) from exc
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
for _domain in (gate, identity, privacy, community, documents, providers, job_commands):
    for _command in _domain.COMMANDS:
        main.add_command(_command)
