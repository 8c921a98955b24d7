"""Mailing-list subscriptions (statement §1b): list, subscribe, unsubscribe, through Mailman.

Subscribing records consent to `MAIL_SUBSCRIPTION` in the ledger when the member has not
given it (subscribing is that choice), and the subscription in `MailingListSubscription`.
An address Commons verified as the member's (the account address, or the bound Gitee
identity's confirmed address) is subscribed at once; any other is left to Mailman's own
confirmation mail. Erasure ends every stored subscription at Mailman (`SubscriptionsHook`).
"""

from __future__ import annotations

from dataclasses import dataclass

from models.community.mailing_lists import MailingListSubscription, SubscriptionState
from models.identity.identities import ExternalIdentity
from models.identity.users import User
from providers.http import ServiceUnavailable
from services.community.consented import record_consent
from services.delivery.mailman_lists import MailingList, MailmanLists, Outcome, mailman_lists
from services.gate.consent import ConsentPurpose
from services.gate.outbound import OutboundClient, OutboundRefused
from services.identity.identifiers import normalise_email
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode
from settings import Settings

LIST_ID_MAX = 254
_STATES = {
    Outcome.SUBSCRIBED: SubscriptionState.SUBSCRIBED,
    Outcome.ALREADY_SUBSCRIBED: SubscriptionState.SUBSCRIBED,
    Outcome.PENDING_CONFIRMATION: SubscriptionState.PENDING_CONFIRMATION,
    Outcome.PENDING_APPROVAL: SubscriptionState.PENDING_APPROVAL,
}
UNAVAILABLE = DomainError(
    ErrorCode.PROVIDER_UNAVAILABLE, "The mailing-list server is not available; try later."
)


def _client(settings: Settings, outbound: OutboundClient) -> MailmanLists:
    client = mailman_lists(settings, outbound)
    if client is None:
        raise DomainError(ErrorCode.PROVIDER_UNAVAILABLE, "Mailing lists are not configured.")
    return client


async def all_lists(settings: Settings, outbound: OutboundClient) -> list[MailingList]:
    try:
        return await _client(settings, outbound).lists()
    except ServiceUnavailable:
        raise UNAVAILABLE from None


async def verified_addresses(user: User) -> set[str]:
    found = {user.email} if user.email else set()
    rows = await ExternalIdentity.filter(
        user_id=user.id, provider="gitee", email__not_isnull=True
    ).values_list("email", flat=True)
    return found | {str(e).lower() for e in rows if e}


def _list_id(value: str) -> str:
    value = value.strip()
    if not value or len(value) > LIST_ID_MAX:
        raise DomainError(ErrorCode.INVALID, "Give a list id from mailingLists.", ["listId"])
    return value


@dataclass(frozen=True, slots=True)
class Subscribed:
    outcome: Outcome
    subscription: MailingListSubscription


async def subscribe(
    settings: Settings,
    outbound: OutboundClient,
    user: User,
    list_id: str,
    email: str | None,
    client: ClientInfo,
) -> Subscribed:
    list_id = _list_id(list_id)
    address = normalise_email(email, ["email"]) if email else (user.email or "")
    if not address:
        raise DomainError(ErrorCode.REQUIRED, "Give an address to subscribe.", ["email"])
    mailman = _client(settings, outbound)
    verified = address in await verified_addresses(user)
    try:
        outcome = await mailman.subscribe(user.id, list_id, address, user.username, verified)
    except ServiceUnavailable:
        raise UNAVAILABLE from None
    except OutboundRefused:
        raise DomainError(
            ErrorCode.OUTBOUND_REFUSED, "The limits on processing your data stop this."
        ) from None
    if outcome is Outcome.NO_SUCH_LIST:
        raise DomainError(ErrorCode.NOT_FOUND, "There is no such list.", ["listId"])
    if outcome is Outcome.REJECTED:
        raise DomainError(
            ErrorCode.INVALID_EMAIL, "The list server refused this address.", ["email"]
        )
    await record_consent(user.id, ConsentPurpose.MAIL_SUBSCRIPTION, client)
    row, _ = await MailingListSubscription.update_or_create(
        user_id=user.id,
        list_id=list_id,
        email=address,
        defaults={"state": _STATES[outcome]},
    )
    return Subscribed(outcome, row)


async def unsubscribe(
    settings: Settings, outbound: OutboundClient, user: User, list_id: str, email: str | None
) -> int:
    """End the member's memberships of `list_id` (of `email`, or of every address they
    subscribed with). Returns how many ended at Mailman."""
    list_id = _list_id(list_id)
    rows = MailingListSubscription.filter(user_id=user.id, list_id=list_id)
    if email:
        rows = rows.filter(email=normalise_email(email, ["email"]))
    stored = {str(a) for a in await rows.values_list("email", flat=True)}
    addresses = set(stored)
    if email:
        addresses.add(normalise_email(email, ["email"]))
    elif user.email:
        addresses.add(user.email)
    mailman = _client(settings, outbound)
    ended = 0
    try:
        for address in sorted(addresses):
            for member_id in await mailman.memberships(address, list_id):
                ended += await mailman.unsubscribe(member_id)
    except ServiceUnavailable:
        raise UNAVAILABLE from None
    await rows.delete()
    if not ended and not stored:
        raise DomainError(ErrorCode.NOT_FOUND, "You are not subscribed to this list.", ["listId"])
    return ended


async def of_member(user_id: int) -> list[MailingListSubscription]:
    return list(await MailingListSubscription.filter(user_id=user_id).order_by("list_id", "email"))


class SubscriptionsHook:
    """Erasure: end the memberships of every address the member subscribed through Commons
    (the Mailman hook of services/delivery/mailman.py ends those of the account address)."""

    name = "mailing-list subscriptions"

    def __init__(self, lists: MailmanLists) -> None:
        self.lists = lists

    async def erase(self, user: User) -> None:
        rows = await MailingListSubscription.filter(user_id=user.id).values_list("list_id", "email")
        for list_id, address in rows:
            if address == user.email:
                continue
            for member_id in await self.lists.memberships(str(address), str(list_id)):
                await self.lists.unsubscribe(member_id)


def subscription_hooks(settings: Settings, outbound: OutboundClient) -> list[SubscriptionsHook]:
    lists = mailman_lists(settings, outbound)
    return [SubscriptionsHook(lists)] if lists is not None else []
