"""`commons documents add FILE.graphql ...` and `commons documents list`: trusted documents."""

from __future__ import annotations

import asyncio
from pathlib import Path

import click
from graphql import GraphQLError, OperationDefinitionNode, parse, validate
from tortoise import Tortoise

from models import tortoise_config
from resolvers.schema import create_schema
from services.kernel import documents
from settings import Settings, load_settings


def checked_operations(settings: Settings, text: str) -> list[str]:
    """The document's operation names; it must parse and validate against the schema."""
    schema = create_schema(settings.model_copy(update={"debug": True}))._schema
    try:
        document = parse(text)
    except GraphQLError as error:
        raise click.ClickException(f"not GraphQL: {error.message}") from None
    errors = validate(schema, document)
    if errors:
        raise click.ClickException("; ".join(e.message for e in errors))
    return [
        d.name.value if d.name else "(anonymous)"
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode)
    ]


async def _add(settings: Settings, texts: list[tuple[str, str, list[str]]]) -> list[str]:
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        lines = []
        for name, text, operations in texts:
            stored, created = await documents.add(text, operations)
            state = "added" if created else "already registered"
            lines.append(f"{stored.id}  {name}  {','.join(operations)}  ({state})")
        return lines
    finally:
        await Tortoise.close_connections()


async def _list(settings: Settings) -> list[str]:
    await Tortoise.init(config=tortoise_config(settings.database_url), _enable_global_fallback=True)
    try:
        return [f"{d.id}  {d.operations}  {d.added_at:%Y-%m-%d}" for d in await documents.listed()]
    finally:
        await Tortoise.close_connections()


@click.group("documents")
def documents_group() -> None:
    """Trusted documents: the operations a first-party frontend may run (docs/frontend.md)."""


@documents_group.command("add")
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
def add(files: tuple[str, ...]) -> None:
    """Register each FILE (one GraphQL document, any number of operations) by its SHA-256.

    Clients then send {"documentId": "sha256:<hex>"} instead of the text; the id printed
    here is the SHA-256 of the file's exact bytes.
    """
    settings = load_settings()
    texts = []
    for name in files:
        text = Path(name).read_bytes().decode("utf-8")  # exact bytes: the id hashes them
        texts.append((name, text, checked_operations(settings, text)))
    for line in asyncio.run(_add(settings, texts)):
        click.echo(line)


@documents_group.command("list")
def list_documents() -> None:
    """Every registered document: id, operations, date added."""
    for line in asyncio.run(_list(load_settings())):
        click.echo(line)


COMMANDS = [documents_group]
