"""`commons policy publish`, `commons consent verify` and `commons ropa`."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime
from pathlib import Path

import click
from tortoise import Tortoise

from jobs.runtime import job_runtime
from models import tortoise_config
from services.gate import consent, policies, register
from services.kernel.errors import DomainError, ErrorCode
from services.kernel.queue import JobQueue
from settings import Settings, load_settings


async def publish_policy(
    settings: Settings,
    text: str,
    version: str | None,
    effective: datetime | None,
    material: bool,
) -> str:
    """Store the version; a material one is announced through the job queue."""
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        async with job_runtime(settings) as runtime:
            return await _publish(runtime.queue, settings, text, version, effective, material)
    finally:
        await Tortoise.close_connections()


async def _publish(
    queue: JobQueue,
    settings: Settings,
    text: str,
    version: str | None,
    effective: datetime | None,
    material: bool,
) -> str:
    facts = policies.read_statement(text)
    name = version or facts.version or ""
    policy = await policies.publish(
        queue,
        text,
        url=f"{settings.privacy_policy_url}?version={name}",
        version=version,
        effective_at=effective,
        material=material,
    )
    return (
        f"published {policy.version} ({'material' if policy.material else 'minor'}), "
        f"effective {policy.effective_at.isoformat()}, sha256 {policy.content_hash}"
    )


async def verify_ledger(settings: Settings) -> consent.Verification:
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        return await consent.verify()
    finally:
        await Tortoise.close_connections()


@click.group()
def policy() -> None:
    """Versions of the privacy statement."""


@policy.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--version", default=None, help="e.g. v20241205; read from the text if omitted.")
@click.option(
    "--effective",
    type=click.DateTime(["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]),
    default=None,
    help="UTC date it takes effect; the text's 'Last updated' date if omitted.",
)
@click.option(
    "--material/--minor",
    default=False,
    help="A material change makes everyone consent again and is announced by mail.",
)
@click.option(
    "--if-missing",
    is_flag=True,
    help="Succeed quietly when this version is already published (for set-up scripts).",
)
def publish(
    file: Path, version: str | None, effective: datetime | None, material: bool, if_missing: bool
) -> None:
    """Publish FILE as a new version of the privacy statement."""
    when = effective.replace(tzinfo=UTC) if effective else None
    text = file.read_text(encoding="utf-8")
    try:
        click.echo(asyncio.run(publish_policy(load_settings(), text, version, when, material)))
    except DomainError as exc:
        if if_missing and exc.code is ErrorCode.POLICY_VERSION_EXISTS:
            click.echo(f"already published: {exc.message}")
            return
        raise click.ClickException(exc.message) from None


@click.group("consent")
def consent_group() -> None:
    """The consent ledger."""


@consent_group.command()
def verify() -> None:
    """Walk the hash chain; exit 1 naming the first row that was edited or follows a gap."""
    result = asyncio.run(verify_ledger(load_settings()))
    if result.intact:
        click.echo(f"consent ledger intact: {result.checked} record(s)")
        return
    click.echo(f"consent ledger broken at record {result.bad_row_id}: {result.reason}", err=True)
    raise SystemExit(1)


@click.command()
@click.option("--format", "fmt", type=click.Choice(["json", "markdown"]), default="markdown")
def ropa(fmt: str) -> None:
    """Print the record of processing activities, generated from the annotations."""
    built = register.build(load_settings())
    if fmt == "json":
        click.echo(json.dumps(register.as_json(built), indent=2, ensure_ascii=False))
    else:
        click.echo(register.as_markdown(built), nl=False)


COMMANDS = [policy, consent_group, ropa]
