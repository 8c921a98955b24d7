"""Helpers for the privacy tests: requests over GraphQL, officers, running jobs to the end."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from jobs.context import JobContext, close_context, open_context
from models.identity.roles import Role
from services.identity import roles
from services.identity.container import Services
from services.kernel.outbox import OutboxQueue
from tests.support.accounts import sign_up
from tests.support.client import GraphQLClient
from tests.support.mailbox import Mailbox

REQUEST_FIELDS = """
privacyRequest {
  id kind state details purpose receivedAt dueAt extendedAt closedAt eraseAfter
  export { url expiresAt }
  events { nodes { action state actor note } }
}
userErrors { field message code }
"""

SUBMIT = (
    "mutation Submit($input: SubmitPrivacyRequestInput!) "
    "{ submitPrivacyRequest(input: $input) { codeSent " + REQUEST_FIELDS + " } }"
)
VERIFY = (
    "mutation Verify($input: VerifyPrivacyRequestInput!) "
    "{ verifyPrivacyRequest(input: $input) { " + REQUEST_FIELDS + " } }"
)
WITHDRAW = (
    "mutation Withdraw($input: WithdrawPrivacyRequestInput!) "
    "{ withdrawPrivacyRequest(input: $input) { " + REQUEST_FIELDS + " } }"
)
EXTEND = (
    "mutation Extend($input: ExtendPrivacyRequestInput!) "
    "{ extendPrivacyRequest(input: $input) { " + REQUEST_FIELDS + " } }"
)
REFUSE = (
    "mutation Refuse($input: RefusePrivacyRequestInput!) "
    "{ refusePrivacyRequest(input: $input) { " + REQUEST_FIELDS + " } }"
)
COMPLETE = (
    "mutation Complete($input: CompletePrivacyRequestInput!) "
    "{ completePrivacyRequest(input: $input) { " + REQUEST_FIELDS + " } }"
)
DELETE_ACCOUNT = (
    "mutation Delete($input: DeleteAccountInput!) "
    "{ deleteAccount(input: $input) { " + REQUEST_FIELDS + " } }"
)
MY_REQUESTS = """
{ me { privacyRequests { nodes {
  id kind state dueAt export { url expiresAt } events { nodes { action actor note } }
} } } }"""
QUEUE = """
query Queue($filter: PrivacyRequestFilter) {
  privacyRequests(filter: $filter) { totalCount nodes { id kind state dueAt details } }
}"""


async def submit(client: GraphQLClient, kind: str, **extra: Any) -> dict[str, Any]:
    return await client.mutate("submitPrivacyRequest", SUBMIT, input={"kind": kind, **extra})


async def officer(client: GraphQLClient, mailbox: Mailbox) -> GraphQLClient:
    """`client`, signed up as olga and given the privacy officer role."""
    await sign_up(client, mailbox, username="olga", email="olga@example.org")
    await roles.grant("olga", Role.PRIVACY_OFFICER)
    return client


async def finish_jobs(services: Services) -> None:
    queue = services.queue
    assert isinstance(queue, OutboxQueue)
    await queue.drain()


@asynccontextmanager
async def job_context(services: Services) -> AsyncIterator[JobContext]:
    """The `ctx` a worker hands to jobs, built as the worker builds it."""
    ctx = await open_context(services.settings)
    ctx["job_try"] = 1
    try:
        yield ctx
    finally:
        await close_context(ctx)
