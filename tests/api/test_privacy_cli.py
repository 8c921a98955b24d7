"""The operator's commands, run as the operator runs them: `commons` in a subprocess
against the same database the API uses."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

from tortoise import Tortoise

from models.gate.consent import ConsentRecord
from models.gate.policies import PolicyVersion
from services.identity.container import Services
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.policies import STATEMENT, publish_statement

COMMONS = str(Path(sys.executable).with_name("commons"))


async def commons(database_url: str, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "DATABASE_URL": database_url, "REDIS_URL": "", "SMTP_HOST": ""}
    env.pop("REDIS_URL")
    process = await asyncio.create_subprocess_exec(
        COMMONS,
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def _ledger_with_two_people(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> list[ConsentRecord]:
    await publish_statement(services.queue)
    await sign_up(client, mailbox)
    await sign_up(client, mailbox, username="bob", email="bob@example.org")
    return await ConsentRecord.all().order_by("id")


async def test_consent_verify_passes_an_untouched_ledger(
    client: GraphQLClient, mailbox: Mailbox, services: Services, database_url: str
) -> None:
    rows = await _ledger_with_two_people(client, mailbox, services)
    code, out, _ = await commons(database_url, "consent", "verify")
    assert code == 0
    assert f"intact: {len(rows)} record(s)" in out


async def test_consent_verify_names_a_row_edited_with_raw_sql(
    client: GraphQLClient, mailbox: Mailbox, services: Services, database_url: str
) -> None:
    rows = await _ledger_with_two_people(client, mailbox, services)
    target = next(r for r in rows if r.purpose == "analytics_sharing" and not r.granted)
    await Tortoise.get_connection("default").execute_query(
        f"UPDATE consent_records SET granted = TRUE WHERE id = {target.id}"
    )
    code, _, err = await commons(database_url, "consent", "verify")
    assert code == 1
    assert f"broken at record {target.id}: its content does not match its hash" in err


async def test_consent_verify_notices_a_deleted_row(
    client: GraphQLClient, mailbox: Mailbox, services: Services, database_url: str
) -> None:
    rows = await _ledger_with_two_people(client, mailbox, services)
    await Tortoise.get_connection("default").execute_query(
        f"DELETE FROM consent_records WHERE id = {rows[3].id}"
    )
    code, _, err = await commons(database_url, "consent", "verify")
    assert code == 1
    assert f"broken at record {rows[4].id}: does not follow the row before it" in err


async def test_consent_verify_notices_an_altered_client_address(
    client: GraphQLClient, mailbox: Mailbox, services: Services, database_url: str
) -> None:
    rows = await _ledger_with_two_people(client, mailbox, services)
    await Tortoise.get_connection("default").execute_query(
        f"UPDATE consent_records SET client_network = '10.0.0.0/24' WHERE id = {rows[0].id}"
    )
    code, _, err = await commons(database_url, "consent", "verify")
    assert code == 1
    assert f"broken at record {rows[0].id}: its client details were altered" in err


async def test_policy_publish_reads_version_and_date_from_the_statement(
    database_url: str,
) -> None:
    code, out, err = await commons(database_url, "policy", "publish", str(STATEMENT))
    assert code == 0, err
    assert "published v20241205 (minor), effective 2024-12-05" in out
    stored = await PolicyVersion.get(version="v20241205")
    assert stored.text == STATEMENT.read_text(encoding="utf-8")

    again, _, err = await commons(database_url, "policy", "publish", str(STATEMENT))
    assert again != 0
    assert "already published" in err


async def test_ropa_prints_the_record_of_processing_activities_as_json_and_markdown(
    database_url: str,
) -> None:
    code, out, _ = await commons(database_url, "ropa", "--format", "json")
    assert code == 0
    ropa = json.loads(out)
    purposes = {a["purpose"]: a for a in ropa["activities"]}
    fields = {(f["model"], f["field"]) for f in purposes["account_service"]["fields"]}
    assert ("User", "email") in fields
    assert ("ConsentRecord", "client_network") in fields
    assert {r["key"] for r in ropa["recipients"]} >= {
        "GITEE",
        "BILIBILI",
        "BAIDU_STATISTICS",
        "WJX",
        "SMS_GATEWAY",
        "MAIL_SERVER",
        "AFFILIATES",
    }

    code, markdown, _ = await commons(database_url, "ropa")
    assert code == 0
    assert markdown.startswith("# Record of processing activities")
    assert "| User.email | user.contact.email | contract |" in markdown
