"""Checking the fields a maintainer sets on a meeting: every bad field is reported at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from models.community.meetings import Meeting
from services.identity.identifiers import normalise_email
from services.kernel.errors import DomainError, ErrorCode, raise_all

TOPIC_MAX = 120
AGENDA_MAX = 4000
URL_MAX = 2000
TIMEZONE_MAX = 64
INVITEES_MAX = 200
LONGEST_MEETING = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class MeetingFields:
    """What scheduling sets and an update may change; None leaves a field as it is."""

    topic: str | None = None
    agenda: str | None = None
    starts_at: datetime | None = None
    ends_at: datetime | None = None
    timezone: str | None = None
    join_url: str | None = None
    invitees: Sequence[str] | None = None
    record_automatically: bool | None = None


def check_url(value: str, field: str) -> str:
    """An absolute http(s) URL of reasonable length, or a DomainError on `field`."""
    value = value.strip()
    if len(value) > URL_MAX:
        raise DomainError(ErrorCode.TOO_LONG, f"A URL is at most {URL_MAX} characters.", [field])
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise DomainError(ErrorCode.INVALID, "Only http and https URLs are accepted.", [field])
    return value


def _zone(name: str) -> ZoneInfo:
    if len(name) > TIMEZONE_MAX or not name.strip():
        raise DomainError(ErrorCode.INVALID, "Not an IANA time zone.", ["timezone"])
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError(
            ErrorCode.INVALID, f"Not an IANA time zone: {name[:64]!r}.", ["timezone"]
        ) from None


def _aware(value: datetime, zone: ZoneInfo) -> datetime:
    """A time without an offset is read in the meeting's zone."""
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


def _texts(fields: MeetingFields, values: dict[str, object], errors: list[DomainError]) -> None:
    """The topic (required, trimmed) and the agenda."""
    if fields.topic is not None:
        topic = fields.topic.strip()
        if not topic:
            errors.append(DomainError(ErrorCode.REQUIRED, "A topic is required.", ["topic"]))
        elif len(topic) > TOPIC_MAX:
            message = f"A topic is at most {TOPIC_MAX} characters."
            errors.append(DomainError(ErrorCode.TOO_LONG, message, ["topic"]))
        values["topic"] = topic
    if fields.agenda is not None:
        if len(fields.agenda) > AGENDA_MAX:
            message = f"An agenda is at most {AGENDA_MAX} characters."
            errors.append(DomainError(ErrorCode.TOO_LONG, message, ["agenda"]))
        values["agenda"] = fields.agenda


def _times(
    fields: MeetingFields,
    current: Meeting | None,
    values: dict[str, object],
    errors: list[DomainError],
) -> None:
    """The time zone, and start and end read in it (the update's or the meeting's)."""
    zone_name = fields.timezone if fields.timezone is not None else getattr(current, "timezone", "")
    try:
        zone = _zone(zone_name)
    except DomainError as error:
        errors.append(error)
        return
    values["timezone"] = zone.key
    starts = fields.starts_at or getattr(current, "starts_at", None)
    ends = fields.ends_at or getattr(current, "ends_at", None)
    if starts is None or ends is None:
        errors.append(DomainError(ErrorCode.REQUIRED, "Start and end are required.", ["startsAt"]))
        return
    starts, ends = _aware(starts, zone), _aware(ends, zone)
    if ends <= starts:
        message = "A meeting ends after it starts."
        errors.append(DomainError(ErrorCode.INVALID, message, ["endsAt"]))
    elif ends - starts > LONGEST_MEETING:
        message = "A meeting lasts at most 24 hours."
        errors.append(DomainError(ErrorCode.INVALID, message, ["endsAt"]))
    values["starts_at"], values["ends_at"] = starts, ends


def _invitees(addresses: Sequence[str], errors: list[DomainError]) -> list[str]:
    """The invitees' normalised addresses, each once, in the order given."""
    if len(addresses) > INVITEES_MAX:
        message = f"At most {INVITEES_MAX} invitees."
        errors.append(DomainError(ErrorCode.INVALID, message, ["invitees"]))
        return []
    invitees: list[str] = []
    for index, address in enumerate(addresses):
        try:
            if len(address) > 254:
                raise DomainError(ErrorCode.INVALID_EMAIL, "Not a valid e-mail address.", [])
            found = normalise_email(address, ["invitees", str(index)])
        except DomainError as error:
            error.field = ["invitees", str(index)]
            errors.append(error)
            continue
        if found not in invitees:
            invitees.append(found)
    return invitees


def checked(fields: MeetingFields, current: Meeting | None) -> tuple[dict[str, object], list[str]]:
    """The model values to set and the invitee addresses; every bad field raised at once."""
    errors: list[DomainError] = []
    values: dict[str, object] = {}
    _texts(fields, values, errors)
    _times(fields, current, values, errors)
    if fields.join_url is not None:
        try:
            values["join_url"] = check_url(fields.join_url, "joinUrl")
        except DomainError as error:
            errors.append(error)
    if fields.record_automatically is not None:
        values["record_automatically"] = fields.record_automatically
    invitees = _invitees(fields.invitees, errors) if fields.invitees is not None else []
    raise_all(errors)
    return values, invitees
