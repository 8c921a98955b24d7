"""Walks the models and their annotations: which tables hold whose personal data.

Export, erasure and retention all start here, so none of them keeps a hand-written list of
tables or fields (DESIGN §5).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tortoise import Tortoise
from tortoise.fields.relational import RelationalField
from tortoise.models import Model

from models.annotations import Annotation, annotation_of
from models.identity.users import User

# How far a row may be from its owner's `users` row (request → event is two hops).
MAX_HOPS = 3


def app_models() -> list[type[Model]]:
    """Every Commons model (not Aerich's bookkeeping)."""
    return [m for m in Tortoise.apps["models"].values() if m.__module__.startswith("models.")]


def data_fields(model: type[Model]) -> dict[str, Annotation]:
    """Column-backed fields and their annotations; a missing annotation is a bug, raised here."""
    found: dict[str, Annotation] = {}
    for name in model._meta.fields_db_projection:
        annotation = annotation_of(model, name)
        if annotation is None:
            raise LookupError(f"{model.__name__}.{name} has no privacy annotation")
        found[name] = annotation
    return found


def column_of(model: type[Model], name: str) -> str:
    return model._meta.fields_db_projection[name]


def personal_fields(model: type[Model]) -> dict[str, Annotation]:
    return {name: a for name, a in data_fields(model).items() if a.personal}


def owner_path(model: type[Model]) -> str | None:
    """The Tortoise filter path from `model` to its owner's user id, e.g. `request__user_id`."""
    if model is User:
        return "id"
    # A model may keep its owner as a plain number rather than a foreign key (the consent
    # ledger does, so deleting an account cannot delete its proof); it names that column.
    declared: str | None = getattr(model, "owner_field", None)
    if declared is not None:
        return declared
    return _path(model, MAX_HOPS)


def _path(model: type[Model], hops: int) -> str | None:
    if hops == 0:
        return None
    relations = sorted(model._meta.fk_fields | model._meta.o2o_fields)
    for name in relations:
        field = model._meta.fields_map[name]
        assert isinstance(field, RelationalField)
        if field.related_model is User:
            return f"{name}_id"
    for name in relations:
        field = model._meta.fields_map[name]
        assert isinstance(field, RelationalField)
        rest = _path(field.related_model, hops - 1)
        if rest is not None:
            return f"{name}__{rest}"
    return None


@dataclass(frozen=True, slots=True)
class PersonalTable:
    model: type[Model]
    owner: str  # filter path to the owner's user id
    fields: dict[str, Annotation]


def personal_tables() -> Iterator[PersonalTable]:
    """Every model that holds a person's data and can be traced to that person."""
    for model in app_models():
        fields = personal_fields(model)
        owner = owner_path(model)
        if fields and owner is not None:
            yield PersonalTable(model, owner, fields)


def unlinked_personal_models() -> list[type[Model]]:
    """Models with personal fields but no path to a person. Each must say why."""
    return [m for m in app_models() if personal_fields(m) and owner_path(m) is None]


def rows_of(table: PersonalTable, user_id: int) -> Any:
    return table.model.filter(**{table.owner: user_id})
