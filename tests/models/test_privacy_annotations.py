"""Every stored field says what it is, why we hold it and what erasure does (DESIGN §5)."""

from __future__ import annotations

from tortoise import Tortoise, fields
from tortoise.models import Model

from models.annotations import Annotation, Erasure, annotation_of
from tests.conftest import RunningServer


def commons_models() -> list[type[Model]]:
    return [m for m in Tortoise.apps["models"].values() if m.__module__.startswith("models.")]


def missing_annotations(models: list[type[Model]]) -> list[str]:
    return [
        f"{model.__name__}.{name}"
        for model in models
        for name in model._meta.fields_db_projection
        if annotation_of(model, name) is None
    ]


async def test_every_field_of_every_model_is_annotated(server: RunningServer) -> None:
    assert commons_models()
    assert missing_annotations(commons_models()) == []


async def test_retained_personal_fields_state_why(server: RunningServer) -> None:
    for model in commons_models():
        for name in model._meta.fields_db_projection:
            annotation = annotation_of(model, name)
            assert isinstance(annotation, Annotation)
            if annotation.personal and annotation.erasure is Erasure.RETAIN:
                assert annotation.retained_because, (
                    f"{model.__name__}.{name} retained without a reason"
                )


def test_a_field_without_an_annotation_is_caught() -> None:
    class Careless(Model):
        school = fields.CharField(max_length=64)

        class Meta:
            app = "careless"
            abstract = False

    Careless._meta.fields_db_projection = {"id": "id", "school": "school"}
    Careless._meta.fields_map = {
        "id": fields.IntField(primary_key=True),
        "school": Careless._meta.fields_map.get("school", fields.CharField(max_length=64)),
    }
    Careless._meta.pk_attr = "id"
    assert missing_annotations([Careless]) == ["Careless.school"]
