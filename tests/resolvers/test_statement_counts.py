"""Every list costs a constant number of SQL statements, whatever its page size (DESIGN §4).

Each test makes a few rows, counts a page of 2, makes more, counts a page of 20 with the same
nested fields: the two counts must be equal (tests/support/statements.py).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from typing import Any

from models.identity.identities import ExternalIdentity
from models.identity.security_events import SecurityEvent
from models.identity.users import User
from models.privacy.privacy_requests import (
    PrivacyExport,
    PrivacyRequest,
    PrivacyRequestEvent,
    RequestKind,
    RequestState,
)
from services.gate import consent
from services.gate.consent import ConsentPurpose
from services.identity.container import Services
from services.kernel import clock
from services.kernel.client import ClientInfo
from tests.support.accounts import sign_up
from tests.support.client import ME, GraphQLClient
from tests.support.mailbox import Mailbox
from tests.support.privacy import officer
from tests.support.statements import assert_constant_statements, statements_of

CLIENT = ClientInfo("192.0.2.7", "statement-count/1.0")


async def _alice(client: GraphQLClient, mailbox: Mailbox) -> User:
    await sign_up(client, mailbox)
    return await User.get(username="alice")


def _run(client: GraphQLClient, query: str) -> Callable[[int], Awaitable[dict[str, Any]]]:
    return lambda first: client.execute(query, first=first)


def _times(n: int, make: Callable[[int], Awaitable[object]]) -> Callable[[], Awaitable[None]]:
    async def grow() -> None:
        for i in range(n):
            await make(i)

    return grow


async def test_me_is_one_statement_for_session_user_and_profile(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await _alice(client, mailbox)
    await client.execute(ME)  # the first request after sign-in may touch last_seen_at

    statements = await statements_of(lambda: client.execute(ME))

    assert statements.count == 1, str(statements)
    assert "profiles" in statements.sql[0] and "users" in statements.sql[0]


async def test_the_session_list_is_constant(
    client: GraphQLClient, mailbox: Mailbox, services: Services
) -> None:
    alice = await _alice(client, mailbox)
    query = """query($first: Int) { me { sessions(first: $first) {
      totalCount nodes { id createdAt lastSeenAt ipAddress userAgent current } } } }"""
    await _times(3, lambda _: services.sessions.start(alice, CLIENT))()

    large = await assert_constant_statements(
        _run(client, query), _times(25, lambda _: services.sessions.start(alice, CLIENT))
    )

    assert large.count == 3, str(large)  # the session, COUNT, the page


async def test_the_security_event_list_is_constant(client: GraphQLClient, mailbox: Mailbox) -> None:
    alice = await _alice(client, mailbox)
    query = """query($first: Int) { me { securityEvents(first: $first) {
      totalCount nodes { kind at ipAddress userAgent } } } }"""

    async def event(i: int) -> None:
        await SecurityEvent.create(user=alice, kind=f"test.{i}", ip_address="192.0.2.1")

    await assert_constant_statements(_run(client, query), _times(25, event))


async def test_the_consent_history_is_constant(client: GraphQLClient, mailbox: Mailbox) -> None:
    alice = await _alice(client, mailbox)
    query = """query($first: Int) { me { consentHistory(first: $first) {
      totalCount nodes { purpose granted policyVersion method decidedAt } } } }"""

    async def withdraw(_: int) -> None:
        await consent.withdraw(alice.id, [ConsentPurpose.MAIL_SUBSCRIPTION], CLIENT)

    await _times(3, withdraw)()
    await assert_constant_statements(_run(client, query), _times(25, withdraw))


async def test_bound_identities_are_one_statement(client: GraphQLClient, mailbox: Mailbox) -> None:
    alice = await _alice(client, mailbox)
    query = "{ me { identities { provider login nickname linkedAt } } }"

    async def bind(i: int) -> None:
        await ExternalIdentity.create(user=alice, provider=f"p{i}", subject=str(i), login=f"a{i}")

    few = await statements_of(lambda: client.execute(query))
    await _times(12, bind)()
    many = await statements_of(lambda: client.execute(query))

    assert few.count == many.count, str(many)
    assert len((await client.execute(query))["me"]["identities"]) == 12


async def _requests(user: User, n: int) -> None:
    """Requests with a live access package and a three-step audit trail each."""
    now = clock.now()
    for i in range(n):
        request = await PrivacyRequest.create(
            user=user,
            kind=RequestKind.ACCESS,
            state=RequestState.COMPLETED,
            received_at=now,
            due_at=now + timedelta(days=30),
        )
        for action in ("submitted", "verified", "completed"):
            await PrivacyRequestEvent.create(
                request=request, action=action, state=RequestState.COMPLETED, actor="system"
            )
        await PrivacyExport.create(
            user=user,
            request=request,
            token=f"t{request.id}-{i}",
            document="{}",
            page="<p></p>",
            expires_at=now + timedelta(days=7),
        )


async def test_my_privacy_requests_with_packages_and_trails_are_constant(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    alice = await _alice(client, mailbox)
    query = """query($first: Int) { me { privacyRequests(first: $first) { totalCount nodes {
      id kind state export { url expiresAt } events { totalCount nodes { action actor } }
    } } } }"""
    await _requests(alice, 2)

    large = await assert_constant_statements(_run(client, query), lambda: _requests(alice, 22))

    nodes = (await client.execute(query, first=20))["me"]["privacyRequests"]["nodes"]
    assert len(nodes) == 20 and all(n["export"] and len(n["events"]["nodes"]) == 3 for n in nodes)
    assert large.count == 5, str(large)  # session, COUNT, page, packages, trails


async def test_the_privacy_officers_queue_is_constant(
    client: GraphQLClient, mailbox: Mailbox
) -> None:
    await officer(client, mailbox)
    olga = await User.get(username="olga")
    query = """query($first: Int) { privacyRequests(first: $first) { totalCount nodes {
      id kind state dueAt export { url } events { nodes { action state actor note } }
    } } }"""
    await _requests(olga, 2)

    await assert_constant_statements(_run(client, query), lambda: _requests(olga, 22))
