"""The sentinel test (issue 4, item 8): a unique marker in every personal text field of
every model, then export and erasure, checked against the raw database.

Everything is found by walking the models and their annotations, so a new model or field
is covered the moment it exists: without an annotation the walk fails; with a wrong one
the export or the scan does.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import pytest
from tortoise import Tortoise
from tortoise import fields as f
from tortoise.fields.data import CharEnumFieldInstance, IntEnumFieldInstance
from tortoise.fields.relational import RelationalField
from tortoise.models import Model

from api.migrations import dialect_of
from models.annotations import Annotation, Erasure
from models.identity.users import Profile, User
from services.gate.personal_data import (
    app_models,
    data_fields,
    owner_path,
    unlinked_personal_models,
)
from services.identity.container import Services
from services.kernel import clock
from services.privacy.erasure import erase_person
from services.privacy.exports import collect
from tests.support.database import commons_models


@dataclass
class Seeded:
    user_id: int
    markers: dict[str, tuple[str, Annotation]] = field(default_factory=dict)

    def where(self, predicate: Any) -> set[str]:
        return {m for m, (_, a) in self.markers.items() if predicate(a)}


def _is_text(model_field: Any) -> bool:
    return isinstance(model_field, f.CharField | f.TextField) and not isinstance(
        model_field, CharEnumFieldInstance
    )


def _filler(model_field: Any) -> Any:
    """A valid value for a field that gets no marker."""
    if isinstance(model_field, CharEnumFieldInstance | IntEnumFieldInstance):
        return next(iter(model_field.enum_type))
    if isinstance(model_field, f.UUIDField):
        return uuid.uuid4()
    if isinstance(model_field, f.DatetimeField):
        return clock.now()
    if isinstance(model_field, f.DateField):
        return clock.now().date()
    if isinstance(model_field, f.BooleanField):
        return False
    if isinstance(model_field, f.SmallIntField):
        return secrets.randbelow(10**4) + 1
    if isinstance(model_field, f.IntField | f.BigIntField):
        return secrets.randbelow(10**6) + 1
    if isinstance(model_field, f.FloatField | f.DecimalField):
        return 1
    if isinstance(model_field, f.JSONField):
        return {}
    if isinstance(model_field, f.BinaryField):
        return secrets.token_bytes(8)
    if _is_text(model_field):
        return ("s" + secrets.token_hex(4))[: getattr(model_field, "max_length", None) or 9]
    raise AssertionError(f"the sentinel test cannot fill a {type(model_field).__name__} yet")


class _Seeder:
    """Builds rows generically: markers in personal text fields, fillers elsewhere."""

    def __init__(self, tag: str) -> None:
        self.tag = tag
        self.made: dict[type[Model], Model] = {}
        self.seeded = Seeded(user_id=0)

    async def row_of(self, model: type[Model]) -> Model:
        """This person's row of `model`, or a shared row (a policy version, ...) it points to."""
        if model not in self.made:
            self.made[model] = await self._create(model)
        return self.made[model]

    async def _create(self, model: type[Model]) -> Model:
        values: dict[str, Any] = {}
        linked = owner_path(model) is not None
        for name, annotation in data_fields(model).items():
            model_field = model._meta.fields_map[name]
            if name == model._meta.pk_attr and getattr(model_field, "generated", True):
                continue
            if getattr(model_field, "auto_now", False) or getattr(
                model_field, "auto_now_add", False
            ):
                continue
            relation = model._meta.fields_map.get(name.removesuffix("_id"))
            if name == getattr(model, "owner_field", None):
                values[name] = (await self.row_of(User)).pk
            elif name.endswith("_id") and isinstance(relation, RelationalField):
                values[name] = (await self.row_of(relation.related_model)).pk
            elif _is_text(model_field) and annotation.personal and linked:
                # Short enough for every column (user names hold 20 characters).
                marker = f"zq{self.tag}{secrets.token_hex(4)}"
                self.seeded.markers[marker] = (f"{model.__name__}.{name}", annotation)
                values[name] = marker
            else:
                values[name] = _filler(model_field)
        return await model.create(**values)


async def seed_person(tag: str) -> Seeded:
    """One row of every person-linked model, every personal text field holding a marker."""
    seeder = _Seeder(tag)
    for model in reversed(commons_models()):  # parents before children
        if owner_path(model) is not None:
            await seeder.row_of(model)
    seeder.seeded.user_id = seeder.made[User].pk
    return seeder.seeded


async def all_text_in_database(database_url: str) -> str:
    """Every value of every column of every table, read with plain SQL."""
    connection = Tortoise.get_connection("default")
    if dialect_of(database_url) == "sqlite":
        _, rows = await connection.execute_query(
            "SELECT name FROM sqlite_master WHERE type='table'"
        )
        tables = [row["name"] for row in rows]
    else:
        _, rows = await connection.execute_query(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
        )
        tables = [row["tablename"] for row in rows]
    found: list[str] = []
    for table in tables:
        _, rows = await connection.execute_query(f'SELECT * FROM "{table}"')
        found.extend(str(value) for row in rows for value in dict(row).values())
    return "\n".join(found)


async def test_every_model_field_carries_a_privacy_annotation() -> None:
    for model in app_models():
        data_fields(model)  # raises LookupError naming the field without one


async def test_retained_personal_data_always_says_why() -> None:
    for model in app_models():
        for name, annotation in data_fields(model).items():
            if annotation.personal and annotation.erasure is Erasure.RETAIN:
                assert annotation.retained_because, f"{model.__name__}.{name}"


async def test_personal_data_no_person_can_be_traced_to_is_declared_and_expires() -> None:
    for model in unlinked_personal_models():
        assert getattr(model, "not_linked_to_a_person", None), model.__name__
        for name, annotation in data_fields(model).items():
            if annotation.personal and annotation.erasure is not Erasure.RETAIN:
                assert annotation.retention.after is not None, f"{model.__name__}.{name}"


async def test_the_sentinels_are_exported_and_then_erased_everywhere(
    services: Services, database_url: str
) -> None:
    person = await seed_person("a")
    bystander = await seed_person("b")
    assert len(person.markers) >= 20  # the walk found the personal fields

    package = json.dumps(await collect(person.user_id))
    for marker in person.where(lambda a: a.exported):
        assert marker in package, f"{person.markers[marker][0]} is missing from the export"
    for marker in person.where(lambda a: not a.exported):
        assert marker not in package, (
            f"{person.markers[marker][0]} is exported against its annotation"
        )
    assert not any(marker in package for marker in bystander.markers)

    before = await all_text_in_database(database_url)
    assert all(marker in before for marker in person.markers)  # the scan sees them

    await erase_person(services.settings, person.user_id)
    everything = await all_text_in_database(database_url)
    retained = person.where(lambda a: a.erasure is Erasure.RETAIN)
    left = {person.markers[m][0] for m in person.markers if m in everything and m not in retained}
    assert left == set(), f"erasure left personal data behind in {sorted(left)}"
    assert all(marker in everything for marker in bystander.markers), "erasure hit a bystander"


@contextmanager
def _annotation_removed(model: type[Model], name: str) -> Iterator[None]:
    model_field = model._meta.fields_map[name]
    saved = model_field.privacy  # type: ignore[attr-defined]
    del model_field.privacy  # type: ignore[attr-defined]
    try:
        yield
    finally:
        model_field.privacy = saved  # type: ignore[attr-defined]


async def test_a_field_without_an_annotation_stops_the_sentinel_test() -> None:
    with _annotation_removed(Profile, "company"), pytest.raises(LookupError, match="company"):
        await seed_person("c")
