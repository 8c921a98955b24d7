"""Meetup applications (statement §1g): a member applies, organisers decide, the applicant is
told by mail, and the contact data is cleared 30 days after the meetup (the annotation's
retention, applied by the retention purge).

Phone and e-mail must be ones Commons verified for the member (the account's own), so an
application never carries someone else's contact data. Organisers are admins and holders
of `meetup_organizer`, everywhere or for one city (scope `city:<name>`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from tortoise.queryset import QuerySet

from models.annotations import Purpose
from models.community.meetups import ApplicationState, MeetupApplication
from models.identity.roles import Role, RoleGrant
from models.identity.users import User
from services.community.consented import record_consent
from services.gate.consent import ConsentPurpose
from services.identity.identifiers import normalise_email, normalise_phone
from services.kernel import clock
from services.kernel.client import ClientInfo
from services.kernel.errors import DomainError, ErrorCode, raise_all
from services.kernel.queue import JobQueue

LIMITS = {"city": 64, "topic": 200, "name": 64, "company": 128}


@dataclass(frozen=True, slots=True)
class Application:
    city: str
    day: date
    topic: str
    name: str
    company: str
    phone: str | None = None
    email: str | None = None


def city_scope(city: str) -> str:
    return f"city:{city.strip().lower()}"


def _text(errors: list[DomainError], name: str, value: str) -> str:
    value = value.strip()
    if not value:
        errors.append(DomainError(ErrorCode.REQUIRED, f"{name.title()} is required.", [name]))
    elif len(value) > LIMITS[name]:
        limit = LIMITS[name]
        errors.append(DomainError(ErrorCode.TOO_LONG, f"At most {limit} characters.", [name]))
    return value


def _contact(errors: list[DomainError], user: User, application: Application) -> tuple[str, str]:
    phone = email = ""
    try:
        phone = normalise_phone(application.phone, ["phone"]) if application.phone else ""
    except DomainError as error:
        errors.append(error)
    phone = phone or (user.phone or "")
    if not phone:
        errors.append(
            DomainError(ErrorCode.REQUIRED, "Add and verify a phone number first.", ["phone"])
        )
    elif phone != user.phone:
        errors.append(
            DomainError(
                ErrorCode.INVALID_PHONE,
                "Use your verified number, or verify this one in your account first.",
                ["phone"],
            )
        )
    try:
        email = normalise_email(application.email, ["email"]) if application.email else ""
    except DomainError as error:
        errors.append(error)
    email = email or (user.email or "")
    if email != user.email:
        errors.append(
            DomainError(
                ErrorCode.INVALID_EMAIL,
                "Use your verified address, or verify this one in your account first.",
                ["email"],
            )
        )
    return phone, email


async def apply(user: User, application: Application, client: ClientInfo) -> MeetupApplication:
    errors: list[DomainError] = []
    city = _text(errors, "city", application.city).lower()
    topic = _text(errors, "topic", application.topic)
    name = _text(errors, "name", application.name)
    company = _text(errors, "company", application.company)
    phone, email = _contact(errors, user, application)
    if application.day < clock.now().date():
        errors.append(DomainError(ErrorCode.INVALID, "The date has passed.", ["date"]))
    raise_all(errors)
    await record_consent(user.id, ConsentPurpose.MEETUP_CONTACT, client)
    return await MeetupApplication.create(
        user_id=user.id,
        city=city,
        event_at=datetime.combine(application.day, time(), tzinfo=UTC),
        topic=topic,
        name=name,
        company=company,
        phone=phone,
        email=email,
    )


async def organised_cities(user: User) -> set[str] | None:
    """None: every city (admin or an unscoped organiser); else the cities of their grants."""
    grants = await RoleGrant.filter(
        user_id=user.id, role__in=[Role.ADMIN, Role.MEETUP_ORGANIZER]
    ).values_list("role", "scope")
    if not grants:
        raise DomainError(ErrorCode.FORBIDDEN, "This needs the meetup_organizer role.")
    cities: set[str] = set()
    for role, scope in grants:
        if role == Role.ADMIN or not scope:
            return None
        if str(scope).startswith("city:"):
            cities.add(str(scope).removeprefix("city:"))
    return cities


async def for_organiser(
    user: User, state: ApplicationState | None = None, city: str | None = None
) -> QuerySet[MeetupApplication]:
    cities = await organised_cities(user)
    query = MeetupApplication.all()
    if cities is not None:
        query = query.filter(city__in=list(cities)) if cities else query.filter(id=-1)
    if state is not None:
        query = query.filter(state=state)
    if city:
        query = query.filter(city=city.strip().lower()[:64])
    return query.order_by("event_at", "id")


async def decide(
    queue: JobQueue, organiser: User, application_id: int | None, accept: bool
) -> MeetupApplication:
    found = (
        await MeetupApplication.get_or_none(id=application_id)
        if application_id is not None
        else None
    )
    cities = await organised_cities(organiser)
    if found is None or (cities is not None and found.city not in cities):
        raise DomainError(ErrorCode.NOT_FOUND, "No such application.", ["id"])
    if found.state is not ApplicationState.PENDING:
        raise DomainError(ErrorCode.INVALID_STATE, "This application was decided already.")
    found.state = ApplicationState.ACCEPTED if accept else ApplicationState.DECLINED
    found.decided_at = clock.now()
    await found.save()
    if found.email:
        await queue.enqueue(
            "send_mail",
            _key=f"meetup-decision:{found.id}",
            to=found.email,
            subject=f"Your meetup application for {found.city}: "
            + ("accepted" if accept else "declined"),
            body=_decision_text(found, accept),
            purpose=Purpose.MEETUP_CONTACT.value,
            user_id=found.user_id,
        )
    return found


def _decision_text(application: MeetupApplication, accept: bool) -> str:
    day = application.event_at.date().isoformat()
    if accept:
        return (
            f"Hello {application.name},\n\nyour application for the meetup in "
            f"{application.city} on {day} ({application.topic}) is accepted. The organisers "
            "will contact you with the details.\n\nYour contact data is used for this meetup "
            "only and deleted 30 days after it."
        )
    return (
        f"Hello {application.name},\n\nyour application for the meetup in {application.city} "
        f"on {day} ({application.topic}) could not be accepted this time.\n\nYour contact "
        "data is deleted 30 days after the meetup date."
    )


async def of_member(user_id: int) -> Sequence[MeetupApplication]:
    return await MeetupApplication.filter(user_id=user_id).order_by("-event_at", "-id")
