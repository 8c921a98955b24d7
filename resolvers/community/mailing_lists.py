"""Mailing lists in the schema: `mailingLists`, `me { subscriptions }`,
`subscribeToMailingList` and `unsubscribeFromMailingList`."""

from __future__ import annotations

from datetime import datetime
from enum import Enum

import strawberry

from models.community.mailing_lists import MailingListSubscription
from models.community.mailing_lists import SubscriptionState as DomainState
from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.errors import PublicError, UserError, attempt
from resolvers.permissions import owner_only, public, signed_in, user_is_owner
from services.community import mailing_lists
from services.kernel.errors import DomainError, ErrorCode

SubscriptionState = strawberry.enum(DomainState, name="SubscriptionState")


@strawberry.enum(description="What Mailman answered to a subscription.")
class SubscribeOutcome(Enum):
    SUBSCRIBED = "SUBSCRIBED"
    PENDING_CONFIRMATION = "PENDING_CONFIRMATION"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    ALREADY_SUBSCRIBED = "ALREADY_SUBSCRIBED"


@strawberry.type
class MailingList:
    id: strawberry.ID = strawberry.field(description="Mailman's list id, for subscribing.")
    address: str
    display_name: str
    description: str


@strawberry.type
class Subscription:
    list_id: str
    email: str
    state: SubscriptionState  # type: ignore[valid-type]
    subscribed_at: datetime

    @classmethod
    def from_model(cls, row: MailingListSubscription) -> Subscription:
        return cls(
            list_id=row.list_id, email=row.email, state=row.state, subscribed_at=row.created_at
        )


@strawberry.type
class UserSubscriptions:
    """`User.subscriptions`, mixed into `User`."""

    _model: strawberry.Private[UserModel]

    @strawberry.field(
        extensions=[owner_only(user_is_owner)],
        description="Mailing lists subscribed through Commons. Owner only.",
    )
    async def subscriptions(self, info: Info) -> list[Subscription] | None:
        # owner_only let only the member themself through.
        return [Subscription.from_model(r) for r in await mailing_lists.of_member(self._model.id)]


@strawberry.input
class SubscribeToMailingListInput:
    list_id: strawberry.ID = strawberry.field(metadata={"max_length": 320})
    email: str | None = strawberry.field(
        metadata={"max_length": 320},
        default=None,
        description="Default: the account address. A verified address of the member is "
        "subscribed at once; another gets Mailman's confirmation mail.",
    )


@strawberry.type
class SubscribeToMailingListPayload:
    outcome: SubscribeOutcome | None = None
    subscription: Subscription | None = None
    user_errors: list[UserError]


@strawberry.input
class UnsubscribeFromMailingListInput:
    list_id: strawberry.ID = strawberry.field(metadata={"max_length": 320})
    email: str | None = strawberry.field(
        metadata={"max_length": 320},
        default=None,
        description="Default: every address subscribed through Commons.",
    )


@strawberry.type
class UnsubscribeFromMailingListPayload:
    unsubscribed: bool = False
    user_errors: list[UserError]


def _email(value: str | None) -> str | None:
    if value is not None and len(value) > 254:
        raise DomainError(ErrorCode.TOO_LONG, "At most 254 characters.", ["email"])
    return value


@strawberry.type
class MailingListQueries:
    @strawberry.field(
        extensions=[public()],
        description="The lists of the community's Mailman.",
    )
    async def mailing_lists(self, info: Info) -> list[MailingList]:
        services = info.context.services
        assert services.outbound is not None
        try:
            found = await mailing_lists.all_lists(services.settings, services.outbound)
        except DomainError as error:
            raise PublicError(error.message) from None
        return [
            MailingList(
                id=strawberry.ID(m.list_id),
                address=m.address,
                display_name=m.display_name,
                description=m.description,
            )
            for m in found
        ]


@strawberry.type
class MailingListMutations:
    @strawberry.mutation(
        extensions=[signed_in(SubscribeToMailingListPayload)],
        description="Subscribe to a list; the answer says whether it is done.",
    )
    async def subscribe_to_mailing_list(
        self, info: Info, input: SubscribeToMailingListInput
    ) -> SubscribeToMailingListPayload:
        viewer = await info.context.require_viewer()
        services = info.context.services
        assert services.outbound is not None

        async def work() -> mailing_lists.Subscribed:
            return await mailing_lists.subscribe(
                services.settings,
                services.outbound,  # type: ignore[arg-type]
                viewer,
                str(input.list_id),
                _email(input.email),
                info.context.client,
            )

        done, errors = await attempt(work())
        if done is None:
            return SubscribeToMailingListPayload(user_errors=errors)
        outcome = SubscribeOutcome(done.outcome.value)
        return SubscribeToMailingListPayload(
            outcome=outcome,
            subscription=Subscription.from_model(done.subscription),
            user_errors=[],
        )

    @strawberry.mutation(
        extensions=[signed_in(UnsubscribeFromMailingListPayload)],
        description="End the subscriptions to a list.",
    )
    async def unsubscribe_from_mailing_list(
        self, info: Info, input: UnsubscribeFromMailingListInput
    ) -> UnsubscribeFromMailingListPayload:
        viewer = await info.context.require_viewer()
        services = info.context.services
        assert services.outbound is not None

        async def work() -> int:
            return await mailing_lists.unsubscribe(
                services.settings,
                services.outbound,  # type: ignore[arg-type]
                viewer,
                str(input.list_id),
                _email(input.email),
            )

        _, errors = await attempt(work())
        return UnsubscribeFromMailingListPayload(unsubscribed=not errors, user_errors=errors)
