"""The satisfaction survey in the schema: `submitSatisfactionSurvey` and, for admins,
`satisfactionSummary`."""

from __future__ import annotations

from datetime import datetime

import strawberry

from models.community.surveys import SurveyResponse
from models.identity.roles import Role
from resolvers.context import Info
from resolvers.errors import UserError, attempt
from resolvers.permissions import has_role, public
from services.community import surveys


@strawberry.input
class SurveyContactInput:
    name: str | None = strawberry.field(
        default=None, description="At most 64 characters.", metadata={"max_length": 128}
    )
    phone: str | None = strawberry.field(default=None, metadata={"max_length": 32})
    consent: bool = strawberry.field(
        default=False,
        description="The person agrees to be contacted about the answer (statement §1g); "
        "without it no contact detail is kept.",
    )


@strawberry.input
class SubmitSatisfactionSurveyInput:
    score: int = strawberry.field(description="0 (not at all likely to recommend) to 10.")
    feedback: str = strawberry.field(
        default="", description="At most 2000 characters.", metadata={"max_length": 4000}
    )
    contact: SurveyContactInput | None = None


@strawberry.type
class SubmitSatisfactionSurveyPayload:
    submitted: bool = False
    user_errors: list[UserError]


@strawberry.type
class SurveyContact:
    name: str | None
    phone: str | None


@strawberry.type
class SurveyAnswer:
    score: int
    feedback: str
    submitted_at: datetime
    contact: SurveyContact | None = strawberry.field(
        description="Only when the person agreed to be contacted."
    )

    @classmethod
    def from_model(cls, row: SurveyResponse) -> SurveyAnswer:
        consented = row.contact_consented_at is not None and (
            row.contact_name is not None or row.contact_phone is not None
        )
        return cls(
            score=row.score,
            feedback=row.feedback,
            submitted_at=row.created_at,
            contact=SurveyContact(name=row.contact_name, phone=row.contact_phone)
            if consented
            else None,
        )


@strawberry.type
class SatisfactionSummary:
    responses: int
    promoters: int = strawberry.field(description="Scores 9 and 10.")
    passives: int = strawberry.field(description="Scores 7 and 8.")
    detractors: int = strawberry.field(description="Scores 0 to 6.")
    net_promoter_score: float | None = strawberry.field(
        description="Percent promoters minus percent detractors; null without answers."
    )
    answers: list[SurveyAnswer] = strawberry.field(description="The newest 100.")


@strawberry.input
class SurveyPeriod:
    from_: datetime | None = strawberry.field(default=None, name="from")
    to: datetime | None = strawberry.field(default=None, description="Exclusive.")


@strawberry.type
class SurveyQueries:
    @strawberry.field(
        extensions=[has_role(Role.ADMIN)],
        description="Net promoter score and answers of a period. Admins only.",
    )
    async def satisfaction_summary(
        self, info: Info, period: SurveyPeriod | None = None
    ) -> SatisfactionSummary | None:
        chosen = period or SurveyPeriod()
        found = await surveys.summary(chosen.from_, chosen.to)
        return SatisfactionSummary(
            responses=found.responses,
            promoters=found.promoters,
            passives=found.passives,
            detractors=found.detractors,
            net_promoter_score=found.net_promoter_score,
            answers=[SurveyAnswer.from_model(a) for a in found.answers],
        )


@strawberry.type
class SurveyMutations:
    @strawberry.mutation(
        extensions=[public("anonymous or signed in; limited per client address")],
        description="Answer the satisfaction survey, signed in or not.",
    )
    async def submit_satisfaction_survey(
        self, info: Info, input: SubmitSatisfactionSurveyInput
    ) -> SubmitSatisfactionSurveyPayload:
        contact = (
            surveys.Contact(input.contact.name, input.contact.phone, input.contact.consent)
            if input.contact
            else None
        )
        answer = surveys.Answer(input.score, input.feedback, contact)
        services = info.context.services
        done, errors = await attempt(
            surveys.submit(
                services.settings,
                services.counter,
                info.context.client,
                await info.context.viewer(),
                answer,
            )
        )
        return SubmitSatisfactionSurveyPayload(submitted=done is not None, user_errors=errors)
