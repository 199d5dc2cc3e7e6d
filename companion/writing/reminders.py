"""Build the reminders calendar (.ics): one event with an alarm per pending follow-up.

Each follow-up keeps one UID, and its SEQUENCE rises when its due time moves, so a calendar
that re-imports the file or refreshes the feed updates the event instead of adding another.
A follow-up finished lately (done, skipped, cancelled) stays in the file as STATUS:CANCELLED
with a higher SEQUENCE, so a calendar that imported it earlier drops it rather than keep ringing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import icalendar

from companion import __version__
from companion.domain.addresses import is_web_url

PRODUCT_ID = f"-//Interview Companion//Follow-up reminders {__version__}//EN"
CALENDAR_NAME = "Interview follow-ups"
REMINDER_LENGTH = timedelta(minutes=15)
UID_DOMAIN = "interview-companion.local"
REFRESH = timedelta(hours=1)  # how often a subscribed calendar should re-read the feed
# A zone description lists every clock change, so it covers only the years reminders fall in.
ZONE_YEARS_BACK = timedelta(days=366)
ZONE_YEARS_AHEAD = timedelta(days=3 * 366)


@dataclass
class Reminder:
    """One pending follow-up as it appears in a calendar."""

    key: str  # the follow-up's stable key
    summary: str  # e.g. "Thank-you email to Dana Lee (Data Engineer, Acme)"
    due: datetime  # aware
    description: str = ""  # the draft, ready to copy
    url: str = ""  # the job posting
    sequence: int = 0
    cancelled: bool = False  # finished: the calendar should drop the event it holds


def event_uid(key: str) -> str:
    """The calendar UID of a follow-up: derived from its key only, so it never changes."""
    return f"{key}@{UID_DOMAIN}"


def reminders_calendar(reminders: list[Reminder], *, user_zone: str, stamp: datetime) -> bytes:
    """The .ics bytes for `reminders`, times shown in `user_zone`; `stamp` is when it was made."""
    zone = ZoneInfo(user_zone)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", CALENDAR_NAME)
    calendar.add("x-wr-timezone", user_zone)
    calendar.add("refresh-interval", REFRESH, parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", icalendar.vDuration(REFRESH))
    # The zone is always described, so even a calendar with nothing due is a valid one.
    first, last = _zone_span(stamp)
    calendar.add_component(icalendar.Timezone.from_tzid(user_zone, first_date=first, last_date=last))
    for reminder in sorted(reminders, key=lambda reminder: (reminder.due, reminder.key)):
        # Outside the described span the zone's rules are unknown to the reader: use UTC there.
        shown_in = zone if first < reminder.due.date() < last else UTC
        calendar.add_component(_event(reminder, shown_in, stamp))
    return calendar.to_ical()


def calendar_problems(data: bytes) -> list[str]:
    """What is wrong with an .ics file, as read back by icalendar (empty when it is valid)."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
        calendar.validate()
    except (ValueError, icalendar.InvalidCalendar) as problem:
        return [str(problem)]
    problems = []
    for component in calendar.walk():
        problems += [f"{component.name}: {prop or 'line'}: {error}" for prop, error in component.errors]
        problems += [f"{component.name}: {prop} is required" for prop in component.required
                     if prop not in component]
        problems += [f"{component.name}: {prop} appears more than once" for prop in component.singletons
                     if isinstance(component.get(prop), list)]
    return problems


def _event(reminder: Reminder, zone: ZoneInfo | timezone, stamp: datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", event_uid(reminder.key))
    event.add("dtstamp", stamp)
    # A cancellation must outrank the last version the calendar saw.
    event.add("sequence", reminder.sequence + 1 if reminder.cancelled else reminder.sequence)
    event.add("dtstart", reminder.due.astimezone(zone).replace(second=0, microsecond=0))  # on the minute
    event.add("duration", REMINDER_LENGTH)
    event.add("summary", reminder.summary)
    if reminder.description:
        event.add("description", reminder.description)
    if is_web_url(reminder.url):  # a job address captured from a page: never javascript: or data:
        event.add("url", reminder.url)
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: the user is not busy
    event.add("categories", ["Follow-up"])
    if reminder.cancelled:
        event.add("status", "CANCELLED")
        return event  # no alarm for what is finished
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(0))
    alarm.add("description", reminder.summary)
    event.add_component(alarm)
    return event


def _zone_span(stamp: datetime) -> tuple[date, date]:
    """The dates the VTIMEZONE describes: a year back and a few years ahead of the export."""
    return stamp.date() - ZONE_YEARS_BACK, stamp.date() + ZONE_YEARS_AHEAD
