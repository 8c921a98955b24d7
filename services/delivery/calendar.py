"""iCalendar (RFC 5546 iTIP) invitations: one VEVENT per meeting, REQUEST or CANCEL.

Every message about one meeting carries the same UID; each change raises SEQUENCE, so
calendar programs replace the event they already hold rather than adding another.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Commons//Meetings//EN"


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    uid: str
    sequence: int
    method: str  # "REQUEST" or "CANCEL"
    summary: str
    description: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    location: str
    organizer_email: str | None
    organizer_name: str | None
    attendees: Sequence[str]
    stamp: datetime


def ics(event: CalendarEvent) -> bytes:
    """The VCALENDAR text of `event`, with the VTIMEZONE of its zone."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", event.method)
    vevent = Event()
    zone = ZoneInfo(event.timezone)
    vevent.add("uid", event.uid)
    vevent.add("sequence", event.sequence)
    vevent.add("dtstamp", event.stamp)
    vevent.add("dtstart", event.starts_at.astimezone(zone))
    vevent.add("dtend", event.ends_at.astimezone(zone))
    vevent.add("summary", event.summary)
    vevent.add("description", event.description)
    vevent.add("location", event.location)
    vevent.add("status", "CANCELLED" if event.method == "CANCEL" else "CONFIRMED")
    if event.organizer_email:
        organizer = vCalAddress(f"mailto:{event.organizer_email}")
        if event.organizer_name:
            organizer.params["cn"] = vText(event.organizer_name)
        vevent["organizer"] = organizer
    for address in event.attendees:
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        attendee.params["rsvp"] = vText("TRUE")
        vevent.add("attendee", attendee, encode=False)
    calendar.add_component(vevent)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
