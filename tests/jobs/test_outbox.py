"""Jobs are outbox rows first: they commit with the change that causes them, are retried while
useful, end in the dead-letter list, and a mail's Message-ID is derived from its job."""

from __future__ import annotations

import asyncio
import os
import sys
from asyncio.subprocess import PIPE
from datetime import timedelta
from pathlib import Path

import pytest
from tortoise.transactions import in_transaction

from models.annotations import Purpose
from models.outbox.jobs import JobState, OutboxJob
from services.delivery.mail import Mail, message_id, queue_mail
from services.identity.container import Services
from services.kernel import outbox
from services.kernel.outbox import OutboxQueue
from settings import Settings
from tests.support.mailbox import Mailbox

COMMONS = str(Path(sys.executable).with_name("commons"))


async def commons(database_url: str, *args: str) -> tuple[int, str, str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    env.pop("REDIS_URL", None)
    process = await asyncio.create_subprocess_exec(
        COMMONS, *args, env=env, cwd="/", stdout=PIPE, stderr=PIPE
    )
    out, err = await process.communicate()
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def queue_of(services: Services) -> OutboxQueue:
    assert isinstance(services.queue, OutboxQueue)
    return services.queue


async def test_a_job_commits_with_the_change_that_caused_it(
    services: Services, mailbox: Mailbox
) -> None:
    with pytest.raises(RuntimeError):
        async with in_transaction():
            await queue_mail(
                services.queue, Mail("gone@example.org", "S", "B"), purpose=Purpose.SECURITY
            )
            raise RuntimeError("the change failed")
    async with in_transaction():
        await queue_mail(
            services.queue, Mail("kept@example.org", "S", "B"), purpose=Purpose.SECURITY
        )
    assert len(await mailbox.wait_for("kept@example.org")) == 1
    await queue_of(services).drain()
    assert mailbox.to("gone@example.org") == []
    assert await OutboxJob.filter(state=JobState.DONE).count() == 1


async def test_a_mail_carries_a_message_id_derived_from_its_job(
    services: Services, mailbox: Mailbox, settings: Settings
) -> None:
    await queue_mail(services.queue, Mail("mid@example.org", "S", "B"), purpose=Purpose.SECURITY)
    [received] = await mailbox.wait_for("mid@example.org")
    await queue_of(services).drain()  # the run records itself just after SMTP said yes
    job = await OutboxJob.get(state=JobState.DONE)
    assert received.message["Message-ID"] == message_id(settings, f"outbox-{job.id}")
    # Done: the address and text leave the database at once, the row with the retention.
    assert job.payload == {}


async def test_a_failing_mail_is_retried_while_useful_then_listed_and_retried_by_an_admin(
    services: Services, mailbox: Mailbox, settings: Settings, database_url: str
) -> None:
    mailbox.refuse = True
    await queue_mail(
        services.queue,
        Mail("late@example.org", "S", "B"),
        purpose=Purpose.SECURITY,
        useful_for=timedelta(seconds=1.5),
    )
    # JOB_RETRY_SECONDS is 0.2 in the suite: a few tries inside 1.5 s, then the dead letters.
    for _ in range(150):
        letters = await outbox.dead_letters()
        if letters:
            break
        await asyncio.sleep(0.05)
    [letter] = letters
    assert letter.name == "send_mail"
    assert letter.tries >= 2
    assert letter.last_error == "Retry(SMTPDataError)"
    assert mailbox.to("late@example.org") == []

    mailbox.refuse = False
    # The operator's commands, from another directory, as the operator runs them.
    code, listed, _ = await commons(database_url, "jobs", "failed")
    assert code == 0
    assert f"{letter.id}\tsend_mail" in listed
    assert "late@example.org" not in listed
    code, _, _ = await commons(database_url, "jobs", "retry", str(letter.id))
    assert code == 0
    assert len(await mailbox.wait_for("late@example.org", timeout=10)) == 1
    assert (await commons(database_url, "jobs", "retry", str(letter.id)))[0] == 1
