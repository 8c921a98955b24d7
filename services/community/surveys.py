"""The satisfaction survey (statement §1g): a score from 0 to 10, feedback, and contact
details only with the consent the form asks for; the net promoter score for admins.

Answers are limited per client address (`SURVEY_SUBMISSIONS_PER_HOUR`). A member's contact
consent is also written to the consent ledger (purpose QUESTIONNAIRE); a visitor's is kept
with the answer (`contact_consented_at`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from models.community.surveys import SurveyResponse
from models.identity.users import User
from services.community.consented import record_consent
from services.gate.consent import ConsentPurpose
from services.identity.identifiers import normalise_phone
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode, raise_all
from services.kernel.ratelimit import Counter as RateCounter
from settings import Settings

FEEDBACK_MAX = 2000
NAME_MAX = 64


@dataclass(frozen=True, slots=True)
class Contact:
    name: str | None
    phone: str | None
    consent: bool


@dataclass(frozen=True, slots=True)
class Answer:
    score: int
    feedback: str = ""
    contact: Contact | None = None


def _checked(answer: Answer) -> tuple[str, str | None, str | None, list[DomainError]]:
    errors: list[DomainError] = []
    if not 0 <= answer.score <= 10:
        errors.append(DomainError(ErrorCode.INVALID, "A score is 0 to 10.", ["score"]))
    feedback = answer.feedback.strip()
    if len(feedback) > FEEDBACK_MAX:
        errors.append(
            DomainError(ErrorCode.TOO_LONG, f"At most {FEEDBACK_MAX} characters.", ["feedback"])
        )
    name = phone = None
    contact = answer.contact
    if contact is not None and (contact.name or contact.phone):
        if not contact.consent:
            errors.append(
                DomainError(
                    ErrorCode.CONSENT_REQUIRED,
                    "Agree to be contacted, or leave the contact details out.",
                    ["contact", "consent"],
                )
            )
        name = (contact.name or "").strip() or None
        if name is not None and len(name) > NAME_MAX:
            errors.append(
                DomainError(ErrorCode.TOO_LONG, "At most 64 characters.", ["contact", "name"])
            )
        if contact.phone:
            try:
                phone = normalise_phone(contact.phone, ["contact", "phone"])
            except DomainError as error:
                errors.append(error)
    return feedback, name, phone, errors


async def submit(
    settings: Settings,
    counter: RateCounter,
    client: ClientInfo,
    user: User | None,
    answer: Answer,
) -> SurveyResponse:
    feedback, name, phone, errors = _checked(answer)
    raise_all(errors)
    hits = await counter.hit(f"survey:{client.ip_address or 'unknown'}", 3600)
    if hits > settings.survey_submissions_per_hour:
        raise DomainError(ErrorCode.RATE_LIMITED, "Thank you; that is enough answers for now.")
    contact = name is not None or phone is not None
    if contact and user is not None:
        await record_consent(user.id, ConsentPurpose.QUESTIONNAIRE, client)
    return await SurveyResponse.create(
        user_id=user.id if user else None,
        score=answer.score,
        feedback=feedback,
        contact_name=name,
        contact_phone=phone,
        contact_consented_at=clock.now() if contact else None,
    )


@dataclass(frozen=True, slots=True)
class Summary:
    responses: int
    promoters: int
    passives: int
    detractors: int
    net_promoter_score: float | None
    answers: list[SurveyResponse]


async def summary(start: datetime | None, end: datetime | None, limit: int = 100) -> Summary:
    query = SurveyResponse.all()
    if start is not None:
        query = query.filter(created_at__gte=start)
    if end is not None:
        query = query.filter(created_at__lt=end)
    scores = Counter(int(str(s)) for s in await query.values_list("score", flat=True))
    total = sum(scores.values())
    promoters = scores[9] + scores[10]
    detractors = sum(scores[s] for s in range(7))
    passives = total - promoters - detractors
    nps = round(100 * (promoters - detractors) / total, 1) if total else None
    answers = list(await query.order_by("-created_at", "-id").limit(limit))
    return Summary(total, promoters, passives, detractors, nps, answers)
