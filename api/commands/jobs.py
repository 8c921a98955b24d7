"""`commons jobs failed` and `commons jobs retry ID`: the dead-letter list of the outbox."""

from __future__ import annotations

import click

from api.commands.database import run_with_database
from jobs.worker import SPECS
from services.kernel import outbox
from settings import Settings


@click.group()
def jobs() -> None:
    """Jobs that failed for good (the dead-letter list)."""


@jobs.command("failed")
@click.option("--limit", default=100, show_default=True, type=click.IntRange(1, 10_000))
def jobs_failed(limit: int) -> None:
    """List jobs that gave up: id, job, tries, last error, queued, failed."""

    async def work(_: Settings) -> list[outbox.DeadLetter]:
        return await outbox.dead_letters(limit)

    letters = run_with_database(work)
    for letter in letters:
        failed = letter.failed_at.isoformat(timespec="seconds") if letter.failed_at else "-"
        click.echo(
            f"{letter.id}\t{letter.name}\ttries={letter.tries}\t{letter.last_error or '-'}"
            f"\tqueued={letter.created_at.isoformat(timespec='seconds')}\tfailed={failed}"
        )
    click.echo(f"{len(letters)} failed job(s)")


@jobs.command("retry")
@click.argument("job_id", type=click.IntRange(1))
def jobs_retry(job_id: int) -> None:
    """Queue a failed job again, useful for its usual span from now."""
    specs = {spec.name: spec for spec in SPECS}

    async def work(_: Settings) -> bool:
        name = await outbox.failed_job_name(job_id)
        if name is None or name not in specs:
            return False
        return await outbox.retry_dead_letter(job_id, specs[name].useful_for)

    if not run_with_database(work):
        raise click.ClickException(f"no failed job {job_id}")
    click.echo(f"job {job_id} queued again; a running worker or API picks it up")


COMMANDS = [jobs]
