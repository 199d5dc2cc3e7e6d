"""Shared reading for calendar web apps (Google Calendar, Outlook on the web): the date and time
text they show, their zone labels, their people, and turning that into InterviewFacts.

When a page shows no zone at all, its times are wall-clock times of the browser's zone, which
a pure extractor cannot know: they are then returned as if UTC with ``zone=""`` and "zone" in
``missing``, and the importer reads them in the user's zone setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from selectolax.lexbor import LexborNode

from companion.domain.facts import ContactFacts, Extraction, InterviewFacts
from companion.reading.invites.detection import mark_interview
from companion.reading.invites.titles import company_email, read_company_and_role
from companion.reading.zones import zone_from_label
from companion.reading.invites.video_links import find_video_link

UTC = timezone.utc
MAX_WHEN_TEXT = 160  # longer texts are whole panels, not the line that says when

_MONTHS = {
    name: number
    for number, names in enumerate(
        [("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
         ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
         ("oct", "october"), ("nov", "november"), ("dec", "december")],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_DATES = [
    re.compile(r"(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>\d{4}))?"),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})\.?\s+" + _MONTH + r"(?:,?\s+(?P<year>\d{4}))?"),
    re.compile(r"(?P<first>\d{1,2})[/.](?P<second>\d{1,2})[/.](?P<year>\d{4})"),
]
_TIME = re.compile(r"(?<![\d:])(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>[ap])\.?\s?m\b\.?|(?<![\d:])(?P<hour24>\d{1,2}):(?P<minute24>\d{2})(?![\d:])", re.I)
_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


@dataclass
class PageEvent:
    """What a calendar page showed about one event, before it becomes InterviewFacts."""

    title: str = ""
    when_text: str = ""
    exact: tuple[datetime, datetime] | None = None  # from <time datetime="...+01:00"> elements
    year_hint: int | None = None
    day_first: bool = False  # 08/12/2026 is 8 December
    zone_label: str = ""  # how the page names the zone: "GMT-05", "(UTC-08:00) Pacific Time (US & Canada)"
    location: str = ""
    description: str = ""
    links: list[str] = field(default_factory=list)
    uid: str = ""
    recurrence_id: str = ""
    organizer_email: str = ""
    people: list[ContactFacts] = field(default_factory=list)
    user_emails: set[str] = field(default_factory=set)


def text_of(node: LexborNode | None) -> str:
    """An element's visible text on one line ("" for no element)."""
    if node is None:
        return ""
    return re.sub(r"\s+", " ", node.text(deep=True, separator=" ")).strip()


def when_text(root: LexborNode) -> str:
    """The first short text under ``root`` that holds a date and a time range."""
    for node in root.traverse():
        if node.tag in ("div", "span", "time", "p"):
            text = text_of(node)
            if len(text) <= MAX_WHEN_TEXT and parse_when(text, 2000, False) is not None:
                return text
    return ""


def exact_times(root: LexborNode) -> tuple[datetime, datetime] | None:
    """Start and end from the first two ``<time datetime>`` elements that carry an offset."""
    moments = []
    for node in root.css("time[datetime]"):
        try:
            moment = datetime.fromisoformat((node.attributes.get("datetime") or "").replace("Z", "+00:00"))
        except ValueError:
            continue
        if moment.tzinfo is not None:
            moments.append(moment)
    if len(moments) >= 2 and moments[0] < moments[1]:
        return moments[0], moments[1]
    return None


def _dates(text: str, year_hint: int | None, day_first: bool) -> list[tuple[int, int, date | None]]:
    """(start, end, date) of each date in the text; the date is None when its year is unknown."""
    found = []
    taken = [False] * len(text)
    for pattern in _DATES:
        for match in pattern.finditer(text):
            if any(taken[match.start():match.end()]):
                continue
            day = _date_of(match, year_hint, day_first)
            if day is False:
                continue
            found.append((match.start(), match.end(), day))
            taken[match.start():match.end()] = [True] * (match.end() - match.start())
    return sorted(found, key=lambda item: item[0])


def _date_of(match: re.Match, year_hint: int | None, day_first: bool):
    """The date a match names, None when only its year is missing, False when it is no date."""
    parts = match.groupdict()
    if parts.get("month"):
        month = _MONTHS.get(parts["month"].lower())
        if month is None:
            return False
        day = int(parts["day"])
    elif parts.get("mon"):
        month, day = int(parts["mon"]), int(parts["day"])
    else:
        first, second = int(parts["first"]), int(parts["second"])
        day, month = (first, second) if day_first else (second, first)
    year = int(parts["year"]) if parts.get("year") else year_hint
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return False


def parse_when(text: str, year_hint: int | None, day_first: bool) -> tuple[datetime, datetime] | None:
    """Start and end (naive wall time) from text such as "Tuesday, December 1⋅2:00 – 3:00pm",
    "Tue 12/8/2026 9:30 AM - 10:30 AM" or "1 Dec 2026, 23:00 – 2 Dec 2026, 00:30"."""
    text = re.sub(r"[⋅·•]", " ", text).replace("−", "-")
    dates = _dates(text, year_hint, day_first)
    if not dates or dates[0][2] is None:
        return None
    blanked = list(text)
    for start, end, _ in dates:
        blanked[start:end] = " " * (end - start)
    times = list(_TIME.finditer("".join(blanked)))
    if len(times) < 2:
        return None
    start_clock, end_clock = _clocks(times[0], times[1])
    if start_clock is None:
        return None
    first_day = dates[0][2]
    later_dates = [day for position, _, day in dates[1:] if day is not None and position > times[0].start()]
    start = datetime.combine(first_day, start_clock)
    end = datetime.combine(later_dates[0] if later_dates else first_day, end_clock)
    if end <= start:
        end += timedelta(days=1)  # "11:00pm – 12:30am" runs past midnight
    return start, end


def _clocks(first: re.Match, second: re.Match) -> tuple[time | None, time | None]:
    end_hour, end_minute, end_half = _clock_parts(second)
    start_hour, start_minute, start_half = _clock_parts(first)
    if end_hour is None or start_hour is None:
        return None, None
    end = _to_time(end_hour, end_minute, end_half)
    if start_half is None and end_half is not None:
        # "2:00 – 3:00pm": the start shares the end's half of the day unless that puts it after the end
        start_half = end_half
        if _to_time(start_hour, start_minute, start_half) > end and end_half == "p":
            start_half = "a"
    start = _to_time(start_hour, start_minute, start_half)
    return start, end


def _clock_parts(match: re.Match):
    if match.group("hour24") is not None:
        return int(match.group("hour24")), int(match.group("minute24")), None
    return int(match.group("hour")), int(match.group("minute") or 0), match.group("half").lower()


def _to_time(hour: int, minute: int, half: str | None) -> time | None:
    if half is not None:
        hour = hour % 12 + (12 if half == "p" else 0)
    if not (0 <= hour < 24 and 0 <= minute < 60):
        return None
    return time(hour, minute)


def emails_in(node: LexborNode | None) -> set[str]:
    """Every email address in an element's text and attributes, lower-cased."""
    if node is None:
        return set()
    found = set(_EMAIL.findall(node.text(deep=True, separator=" ")))
    for element in node.traverse():
        for value in element.attributes.values():
            found.update(_EMAIL.findall(value or ""))
    return {email.lower() for email in found}


def extraction_from(extractor: str, event: PageEvent, confidence: float) -> Extraction:
    """InterviewFacts from what a page showed, judged as an interview; or the reason it could not be read."""
    if not event.title and not event.when_text and not event.exact:
        return Extraction(extractor=extractor, reason="no calendar event is open on this page: open the event and capture again")
    if event.exact:
        return _extraction(extractor, event, confidence, *event.exact)
    when = parse_when(event.when_text, event.year_hint, event.day_first) if event.when_text else None
    if when is None:
        return Extraction(
            extractor=extractor,
            reason=f"the event {event.title!r} is open, but its date and time could not be read from the page",
            missing=["start", "end"],
        )
    return _extraction(extractor, event, confidence, *when)


def _extraction(extractor: str, event: PageEvent, confidence: float, start: datetime, end: datetime) -> Extraction:
    """``start`` and ``end`` are aware when the page gave offsets, else wall-clock times."""
    missing, errors = [], []
    zone = zone_from_label(event.zone_label, start.year)
    if zone is None and start.tzinfo is not None:
        zone = zone_from_label(f"GMT{_offset_text(start)}", start.year)
    if zone is not None:
        zone_name, tz = zone.name, zone.tz
    elif start.tzinfo is not None:
        zone_name, tz = "UTC", UTC  # an offset no IANA zone names (UTC+05:45, say): kept as UTC
    else:
        zone_name, tz = "", UTC
        missing.append("zone")
        errors.append("the page does not say which time zone its times are in; they are read in your time zone setting")
    if start.tzinfo is None:
        start, end = start.replace(tzinfo=tz), end.replace(tzinfo=tz)
    people = [p for p in event.people if p.email.lower() not in event.user_emails]
    if len(people) == 1:
        people[0].kind = "interviewer"  # the one person the user meets, whoever sent the invite
    company, role, guessed = read_company_and_role(
        event.title, event.description, company_email([event.organizer_email, *(p.email for p in people)]),
        [p.name for p in people],
    )
    facts = InterviewFacts(
        start=start.astimezone(UTC),
        end=end.astimezone(UTC),
        zone=zone_name,
        title=event.title,
        company=company,
        role=role,
        location=event.location,
        video_link=find_video_link(*event.links, event.location, event.description),
        uid=event.uid,
        recurrence_id=event.recurrence_id,
        contacts=people,
        organizer_email=event.organizer_email,
        guessed=guessed,
    )
    mark_interview(facts, description=event.description, user_email=next(iter(sorted(event.user_emails)), ""))
    missing += [name for name, value in (("company", company), ("role", role)) if not value]
    return Extraction(extractor=extractor, confidence=confidence, interviews=[facts], contacts=list(people),
                      missing=missing, errors=errors)


def _offset_text(moment: datetime) -> str:
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def person(name: str, email: str, *, organizer: bool) -> ContactFacts:
    return ContactFacts(name=name.strip(), email=email.strip().lower(), kind="recruiter" if organizer else "interviewer")


def is_room(email: str) -> bool:
    """Rooms and shared calendars are not people: Google's resource and group calendars."""
    return email.lower().endswith(("resource.calendar.google.com", "group.calendar.google.com"))
