"""Erasure reaches outside systems: Mailman memberships end, with retries and postponement."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from jobs.context import JobContext, erasure_hooks
from models.identity.users import User
from models.privacy.privacy_requests import (
    PrivacyRequest,
    PrivacyRequestEvent,
    RequestKind,
    RequestState,
)
from services.identity.container import Services
from services.kernel import clock
from services.privacy.erasure import ErasureHook, erase_due
from settings import Settings
from tests.fakes.mailman import PASSWORD, USERNAME, FakeMailman, running_mailman
from tests.support.privacy import job_context


@pytest.fixture
async def mailman() -> AsyncIterator[FakeMailman]:
    async with running_mailman() as fake:
        yield fake


def with_mailman(services: Services, fake: FakeMailman, password: str = PASSWORD) -> Settings:
    return services.settings.model_copy(
        update={
            "mailman_base_url": fake.base_url,
            "mailman_username": USERNAME,
            "mailman_password": password,
        }
    )


def hooks(settings: Settings, ctx: JobContext) -> list[ErasureHook]:
    return erasure_hooks(settings, ctx["outbound"])


async def due_erasure(username: str, email: str) -> User:
    user = await User.create(username=username, username_key=username, email=email)
    now = clock.now()
    await PrivacyRequest.create(
        user=user,
        kind=RequestKind.ERASURE,
        state=RequestState.IN_PROGRESS,
        received_at=now,
        due_at=now + timedelta(days=30),
        erase_after=now - timedelta(minutes=1),
    )
    return user


async def test_erasure_ends_every_mailing_list_membership_of_the_person_only(
    services: Services, mailman: FakeMailman
) -> None:
    mailman.subscribe("alice@example.org", "dev.lists.example.org")
    mailman.subscribe("alice@example.org", "users.lists.example.org")
    mailman.subscribe("bob@example.org", "dev.lists.example.org")
    alice = await due_erasure("alice", "alice@example.org")
    settings = with_mailman(services, mailman)
    async with job_context(services) as ctx:
        assert await erase_due(settings, hooks(settings, ctx)) == 1
    assert mailman.lists_of("alice@example.org") == []
    assert mailman.lists_of("bob@example.org") == ["dev.lists.example.org"]
    assert (await User.get(id=alice.id)).email is None


async def test_a_mailman_answering_503_is_asked_again(
    services: Services, mailman: FakeMailman
) -> None:
    mailman.subscribe("alice@example.org", "dev.lists.example.org")
    await due_erasure("alice", "alice@example.org")
    mailman.fail_next = 2
    settings = with_mailman(services, mailman)
    async with job_context(services) as ctx:
        assert await erase_due(settings, hooks(settings, ctx)) == 1
    assert mailman.lists_of("alice@example.org") == []


async def test_while_mailman_stays_down_the_erasure_waits_for_the_next_run(
    services: Services, mailman: FakeMailman
) -> None:
    mailman.subscribe("alice@example.org", "dev.lists.example.org")
    alice = await due_erasure("alice", "alice@example.org")
    settings = with_mailman(services, mailman)
    mailman.fail_next = 100
    async with job_context(services) as ctx:
        assert await erase_due(settings, hooks(settings, ctx)) == 0
        # The address is kept until Mailman has forgotten it too, or we could never ask again.
        assert (await User.get(id=alice.id)).email == "alice@example.org"
        assert await PrivacyRequestEvent.exists(action="erasure_postponed")
        mailman.fail_next = 0
        assert await erase_due(settings, hooks(settings, ctx)) == 1
    assert mailman.lists_of("alice@example.org") == []


async def test_wrong_mailman_credentials_postpone_the_erasure(
    services: Services, mailman: FakeMailman
) -> None:
    mailman.subscribe("alice@example.org", "dev.lists.example.org")
    await due_erasure("alice", "alice@example.org")
    async with job_context(services) as ctx:
        settings = with_mailman(services, mailman, password="wrong")
        assert await erase_due(settings, hooks(settings, ctx)) == 0
    assert mailman.lists_of("alice@example.org") == ["dev.lists.example.org"]
