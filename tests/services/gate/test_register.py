"""The register is generated from the annotations and refuses a field without one."""

from __future__ import annotations

import pytest

from models.identity.users import User
from services.gate import register
from tests.conftest import make_settings
from tests.support.mailbox import Mailbox


def test_every_personal_field_of_every_model_is_in_the_register() -> None:
    fields = {(f.model, f.field) for f in register.personal_fields()}
    assert ("User", "email") in fields
    assert ("AgeRecord", "date_of_birth") in fields
    assert ("GuardianApproval", "guardian_email") in fields
    assert ("ConsentRecord", "user_agent") in fields
    assert ("PolicyVersion", "text") not in fields  # not personal data


def test_a_field_nobody_annotated_stops_the_register() -> None:
    field = User._meta.fields_map["phone"]
    saved = field.privacy  # type: ignore[attr-defined]
    del field.privacy  # type: ignore[attr-defined]
    try:
        with pytest.raises(LookupError, match=r"User\.phone has no privacy annotation"):
            register.personal_fields()
    finally:
        field.privacy = saved  # type: ignore[attr-defined]


def test_an_operator_can_place_a_recipient_in_another_region(
    database_url: str, mailbox: Mailbox
) -> None:
    settings = make_settings(database_url, mailbox, recipient_regions="sms_gateway=sg")
    ropa = register.as_json(register.build(settings))
    regions = {r["key"]: r["region"] for r in ropa["recipients"]}
    assert regions["SMS_GATEWAY"] == "SG"
    assert regions["GITEE"] == "CN"
