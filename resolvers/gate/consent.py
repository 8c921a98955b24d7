"""Privacy statement versions, the consent ledger and the personal-data inventory."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, cast

import strawberry
from strawberry.scalars import JSON

from models.gate.consent import ConsentMethod as DomainConsentMethod
from models.gate.consent import ConsentRecord as ConsentRecordModel
from models.gate.policies import PolicyVersion
from models.identity.users import User as UserModel
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.pagination import Connection, paginate
from resolvers.permissions import public, signed_in
from services.gate import consent, policies, register
from services.gate.consent import ConsentPurpose as DomainConsentPurpose

ConsentPurpose = Annotated[DomainConsentPurpose, strawberry.enum(name="ConsentPurpose")]
ConsentMethod = Annotated[DomainConsentMethod, strawberry.enum(name="ConsentMethod")]


@strawberry.type
class PrivacyPolicy:
    _model: strawberry.Private[PolicyVersion]
    _region: strawberry.Private[str]

    @strawberry.field
    def version(self) -> str:
        return self._model.version

    @strawberry.field
    def effective_at(self) -> datetime:
        return self._model.effective_at

    @strawberry.field(description="SHA-256 of the text, hex.")
    def content_hash(self) -> str:
        return self._model.content_hash

    @strawberry.field
    def url(self) -> str:
        return self._model.url

    @strawberry.field(description="Where personal data is stored and processed (statement §7).")
    def data_region(self) -> str:
        return self._region

    @strawberry.field(description="True when this version needs everyone's consent again.")
    def material(self) -> bool:
        return self._model.material

    @strawberry.field
    def text(self) -> str:
        return self._model.text


@strawberry.type
class ConsentOption:
    """A purpose a person decides on, with the words shown next to the choice."""

    purpose: ConsentPurpose
    wording: str
    required: bool


@strawberry.type
class Consent:
    """The current decision for one purpose."""

    purpose: ConsentPurpose
    granted: bool
    policy_version: str
    decided_at: datetime


@strawberry.type
class ConsentRecord:
    """One row of the ledger: a decision and how it was made."""

    purpose: ConsentPurpose
    granted: bool
    policy_version: str
    policy_hash: str
    wording: str
    method: ConsentMethod
    client_network: str | None = strawberry.field(
        description="The client's network, truncated to /24 (IPv4) or /48."
    )
    user_agent: str | None
    decided_at: datetime

    @classmethod
    def from_model(cls, record: ConsentRecordModel) -> ConsentRecord:
        return cls(
            purpose=DomainConsentPurpose(record.purpose),
            granted=record.granted,
            policy_version=record.policy_version,
            policy_hash=record.policy_hash,
            wording=record.wording,
            method=DomainConsentMethod(record.method),
            client_network=record.client_network,
            user_agent=record.user_agent,
            decided_at=record.decided_at,
        )


@strawberry.type
class Bulletin:
    """An in-app notice (statement §8: "bulletins and pop-ups")."""

    title: str
    body: str
    policy_version: str
    published_at: datetime


def _policy(info: Info, model: PolicyVersion) -> PrivacyPolicy:
    regions = ",".join(sorted(info.context.services.settings.allowed_data_regions))
    return PrivacyPolicy(_model=model, _region=regions)


# Fields of `User`, resolved for the owner only (resolvers/users.py delegates here).


async def consents_of(user: UserModel) -> list[Consent]:
    latest = await consent.current_decisions(user.id)
    return [
        Consent(
            purpose=purpose,
            granted=record.granted,
            policy_version=record.policy_version,
            decided_at=record.decided_at,
        )
        for purpose, record in latest.items()
    ]


async def consent_history_of(
    user: UserModel,
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
) -> Connection[ConsentRecord]:
    query = ConsentRecordModel.filter(user_id=user.id).order_by("-id")
    return await paginate(query, ConsentRecord.from_model, first, after, last, before)


async def bulletins_of(user: UserModel) -> list[Bulletin]:
    """The material version this person has yet to answer, shown until they do.

    Derived from the same rule as the consent gate (`policies.consent_required`), so a
    member who is asked to consent always sees why, whenever they joined and whatever
    effective date the statement carries.
    """
    pending = await policies.consent_required(user.id)
    if pending is None:
        return []
    return [
        Bulletin(
            title="Our privacy statement has changed",
            body=(
                f"Version {pending.version} is in effect from {pending.effective_at:%d %B %Y}. "
                f"Read it at {pending.url}; we need your consent again to go on."
            ),
            policy_version=pending.version,
            published_at=pending.published_at,
        )
    ]


@strawberry.input
class GrantConsentInput:
    purposes: list[ConsentPurpose]
    policy_version: str = strawberry.field(
        description="The version the person was shown; must be the one in effect."
    )
    method: ConsentMethod = strawberry.field(
        default=DomainConsentMethod.SETTINGS,
        description="Where the choice was made: SETTINGS or BANNER (the re-consent pop-up).",
    )


@strawberry.input
class WithdrawConsentInput:
    purposes: list[ConsentPurpose]


@strawberry.type
class ConsentPayload:
    consents: list[Consent] | None = None
    user_errors: list[UserError]


@strawberry.type
class PrivacyConsentQueries:
    @strawberry.field(
        extensions=[public()],
        description="The privacy statement in effect, or null before the first.",
    )
    async def privacy_policy(self, info: Info) -> PrivacyPolicy | None:
        found = await policies.current()
        return _policy(info, found) if found else None

    @strawberry.field(extensions=[public()], description="Every published version, newest first.")
    async def privacy_policy_history(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Connection[PrivacyPolicy]:
        return await paginate(
            policies.history_query(), lambda p: _policy(info, p), first, after, last, before
        )

    @strawberry.field(
        extensions=[public()], description="The choices a sign-up or settings form offers."
    )
    def consent_options(self) -> list[ConsentOption]:
        return [
            ConsentOption(purpose=p, wording=consent.WORDING[p], required=p in consent.REQUIRED)
            for p in DomainConsentPurpose
        ]

    @strawberry.field(
        extensions=[public()],
        description="The record of processing activities: what we collect, why, for how long, "
        "who receives it and where (generated from the field annotations).",
    )
    def personal_data_inventory(self, info: Info) -> JSON:
        return cast(JSON, register.as_json(register.build(info.context.services.settings)))


@strawberry.type
class PrivacyConsentMutations:
    @strawberry.mutation(
        extensions=[signed_in(ConsentPayload)],
        description="Grant one or more purposes in one call.",
    )
    async def grant_consent(self, info: Info, input: GrantConsentInput) -> ConsentPayload:
        ctx = info.context
        viewer = await ctx.require_viewer()
        _, errors = await attempt(
            consent.grant(viewer.id, input.purposes, input.policy_version, ctx.client, input.method)
        )
        return ConsentPayload(
            consents=None if errors else await consents_of(viewer), user_errors=errors
        )

    @strawberry.mutation(
        extensions=[signed_in(ConsentPayload)],
        description="Withdraw one or more purposes in one call.",
    )
    async def withdraw_consent(self, info: Info, input: WithdrawConsentInput) -> ConsentPayload:
        ctx = info.context
        viewer = await ctx.require_viewer()
        _, errors = await attempt(consent.withdraw(viewer.id, input.purposes, ctx.client))
        return ConsentPayload(
            consents=None if errors else await consents_of(viewer), user_errors=errors
        )
