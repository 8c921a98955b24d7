"""The ledger's building blocks: truncated addresses, the chain, the statement's own facts."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime

from models.gate.consent import ConsentRecord
from models.identity.users import User
from services.gate import consent, policies
from services.gate.consent import GENESIS, ConsentPurpose
from services.identity.container import Services
from services.kernel.client import ClientInfo
from tests.support.policies import STATEMENT, publish_statement


def test_client_addresses_are_truncated_to_a_network() -> None:
    assert consent.truncate_address("203.0.113.77") == "203.0.113.0/24"
    assert consent.truncate_address("2001:db8:1234:5678::1") == "2001:db8:1234::/48"
    assert consent.truncate_address("not an address") is None
    assert consent.truncate_address(None) is None


def test_the_statement_names_its_version_and_date() -> None:
    facts = policies.read_statement(STATEMENT.read_text(encoding="utf-8"))
    assert facts.version == "v20241205"
    assert facts.effective_at == datetime(2024, 12, 5, tzinfo=UTC)


async def test_each_row_follows_the_hash_of_the_row_before(services: Services) -> None:
    await publish_statement(services.queue)
    user = await User.create(username="max", username_key="max")
    await consent.record_sign_up(user.id, [], ClientInfo("192.0.2.1", "ua"))
    await consent.grant(user.id, [ConsentPurpose.QUESTIONNAIRE], "v20241205", ClientInfo.unknown())
    rows = await ConsentRecord.all().order_by("id")
    assert rows[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.row_hash for a, b in itertools.pairwise(rows))
    assert (await consent.verify()).checked == len(rows)


async def test_erasing_client_details_keeps_the_ledger_verifiable(services: Services) -> None:
    await publish_statement(services.queue)
    user = await User.create(username="ned", username_key="ned")
    await consent.record_sign_up(user.id, [], ClientInfo("192.0.2.1", "ua"))
    assert await consent.erase_client_details(user.id) == len(ConsentPurpose)
    assert not await ConsentRecord.filter(client_network__not_isnull=True).exists()
    assert (await consent.verify()).intact


async def test_decisions_made_together_are_appended_in_order(services: Services) -> None:
    await publish_statement(services.queue)
    user = await User.create(username="oli", username_key="oli")
    await consent.grant(
        user.id,
        [ConsentPurpose.QUESTIONNAIRE, ConsentPurpose.MEETUP_CONTACT],
        "v20241205",
        ClientInfo.unknown(),
    )
    latest = await consent.current_decisions(user.id)
    assert set(latest) == {ConsentPurpose.QUESTIONNAIRE, ConsentPurpose.MEETUP_CONTACT}
    assert await consent.has_consent(user.id, ConsentPurpose.MEETUP_CONTACT.purpose)


async def test_decisions_racing_each_other_still_form_one_chain(services: Services) -> None:
    await publish_statement(services.queue)
    people = [await User.create(username=f"r{i}", username_key=f"r{i}") for i in range(5)]
    await asyncio.gather(
        *(
            consent.grant(p.id, [ConsentPurpose.MEETUP_CONTACT], "v20241205", ClientInfo.unknown())
            for p in people
        )
    )
    result = await consent.verify()
    assert result.intact
    assert result.checked == 5
