"""Reads calendar invites (.ics text or bytes) into InterviewFacts, one per event occurrence.

Each event is read on its own: a broken, truncated or start-less event is reported by name in
``errors`` while the rest of the file is still read. Time zones are resolved per file (see
invite_zones); floating and all-day times are read in the calendar's zone (X-WR-TIMEZONE),
else in the user's. A TZID that nothing defines is read the same way, with a warning.
Repeating events are expanded around ``now`` (see invite_recurrence).
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import re
import warnings
import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from icalendar import Calendar, Event, GloballyUniqueTZIDGuessed, Timezone, vRecur
from icalendar.prop import vBroken

from companion.reading.invites import blocks as ics_blocks
from companion.domain.addresses import email_address
from companion.domain.facts import ContactFacts, InterviewFacts
from companion.domain.addresses import domain_of
from companion.domain.hosts import hiring_tool
from companion.reading.invites.detection import mark_interview
from companion.reading.invites.recurrence import Repetition, WalkBudget, local_until, occurrences_near
from companion.reading.invites.titles import DESCRIPTION_LIMIT, company_email, read_company_and_role
from companion.reading.zones import FileZones, Zone, iana_zone
from companion.reading.invites.video_links import find_video_link

UTC = timezone.utc
DEFAULT_LENGTH = timedelta(minutes=60)  # for an event with neither DTEND nor DURATION
# People kept from one event (after telling whether it is an interview from all of them): a panel
# is a handful; an all-hands invite imported by hand should not become thousands of contacts.
MAX_PEOPLE_KEPT = 50
# Attendees read from one event at all: enough to tell a panel from an all-hands, few enough to
# parse in a blink (20,000 take seconds).
MAX_ATTENDEES_READ = 500
# Rooms, equipment, and mailing lists ("Security Hiring Panel", CUTYPE=GROUP): no one to thank.
_NOT_PEOPLE = {"ROOM", "RESOURCE", "GROUP"}
# An attendee who said no, or sent someone else, will not be in the room: nobody to thank.
_NOT_COMING = {"DECLINED", "DELEGATED"}
# A shared hiring mailbox ("Recruiting Team", "Talent Acquisition") is nobody to thank by name.
_TEAM_NAME = re.compile(r"\b(?:recruit\w*|talent|hiring team|careers|people team|hr team)\b", re.IGNORECASE)
_ANSWERS = {"REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH"}  # RFC 5546 methods that invite no one
_MACHINE_DOMAINS = ("resource.calendar.google.com", "group.calendar.google.com")
_MACHINE_MAILBOXES = re.compile(r"^(?:no-?reply|do-?not-?reply|notifications?|calendar-notification)\b", re.I)


@dataclass
class InviteReading:
    """Everything read from one calendar file."""

    method: str = ""  # PUBLISH, REQUEST, CANCEL, ... ("" when the file says none)
    interviews: list[InterviewFacts] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # events (or the file) that could not be read
    warnings: list[str] = field(default_factory=list)  # read, but with a guess worth checking


class _EventProblem(Exception):
    """An event that cannot be read; the message names it and says why."""


def read_invite(data: str | bytes, *, now: datetime, user_email: str = "", user_zone: str = "UTC") -> InviteReading:
    """Read every event of a calendar file; never raises for bad input, reports it instead."""
    reading = InviteReading()
    text = ics_blocks.decode(data)
    if not text.strip():
        reading.errors.append("The file is empty: there is no calendar in it.")
        return reading
    if not ics_blocks.looks_like_icalendar(text):
        reading.errors.append(
            "This is not an iCalendar (.ics) file: it should start with BEGIN:VCALENDAR, "
            f"but it starts with {ics_blocks.first_line(text)!r}."
        )
        return reading
    user = _user_zone(user_zone, reading)
    budget = WalkBudget()
    for block in ics_blocks.split_calendars(text):
        _CalendarReader(block, reading, budget, now=now, user_email=user_email, user_zone=user).read()
    if not reading.interviews and not reading.errors:
        reading.errors.append("The calendar has no events (no VEVENT) to import.")
    reading.warnings = list(dict.fromkeys(reading.warnings))
    return reading


def _user_zone(name: str, reading: InviteReading) -> Zone:
    zone = iana_zone(name or "UTC")
    if zone is None:
        reading.warnings.append(f"Your time zone setting {name!r} is not a known zone; UTC was used.")
        return Zone(zoneinfo.ZoneInfo("UTC"), "UTC")
    return zone


class _CalendarReader:
    """Reads one VCALENDAR block into the shared InviteReading."""

    def __init__(self, block: ics_blocks.CalendarBlock, reading: InviteReading, budget: WalkBudget, *,
                 now, user_email, user_zone):
        self.block, self.reading, self.budget, self.now = block, reading, budget, now
        self.user_email = user_email.strip().lower()
        self.user_zone = user_zone
        header = self._header()
        self.method = str(header.get("METHOD", "")).strip().upper()
        reading.method = reading.method or self.method
        self.events = self._events()
        self.calendar_zone = self._calendar_zone(header)
        self.floating_zone = self.calendar_zone or user_zone
        preferred = [z.name for z in (self.calendar_zone,) if z] + self._named_zones() + [user_zone.name]
        self.zones = FileZones(self._timezones(), preferred)

    def read(self) -> None:
        overridden = {
            (str(_one(event, "UID", "")), key)
            for event in self.events
            if _one(event, "RECURRENCE-ID") is not None
            for key in [self._recurrence_key_of(event)]
            if key
        }
        for event in self.events:
            try:
                self.reading.interviews.extend(self._read_event(event, overridden))
            except _EventProblem as problem:
                self.reading.errors.append(str(problem))
        self._report_cut_off()

    # --- the calendar's parts -------------------------------------------------------------

    def _header(self) -> Calendar:
        """The calendar's own properties (METHOD, X-WR-TIMEZONE); a line that is not iCalendar is dropped."""
        lines = ics_blocks.logical_lines(self.block.header)
        whole = _calendar_from_lines(lines)
        if whole is not None:  # the usual case: one parse instead of one per line
            return whole
        kept = []
        for line in lines:
            if _calendar_from_lines([line]) is None:
                self.reading.warnings.append(f"A line in the calendar's header is not iCalendar and was ignored: {line[:60]!r}.")
            else:
                kept.append(line)
        return _calendar_from_lines(kept) or Calendar()

    def _events(self) -> list[Event]:
        events = []
        for text in self.block.events:
            text, attendees = ics_blocks.without_attendees_past(text, MAX_ATTENDEES_READ)
            if attendees > MAX_ATTENDEES_READ:
                self.reading.warnings.append(f"{_label_from_text(text)} invites {attendees:,} people; "
                                             f"only the first {MAX_ATTENDEES_READ} were read.")
            try:
                with warnings.catch_warnings():
                    # icalendar warns when it guesses a /vendor/Area/City TZID; we resolve zones ourselves.
                    warnings.simplefilter("ignore", GloballyUniqueTZIDGuessed)
                    events.append(Event.from_ical(text))
            except (ValueError, TypeError) as error:  # TypeError: e.g. a PERIOD mixing zoned and floating times
                self.reading.errors.append(f"{_label_from_text(text)} could not be read and was skipped: {error}.")
        return events

    def _timezones(self) -> dict[str, Timezone]:
        definitions = {}
        for text in self.block.timezones:
            try:
                component = Timezone.from_ical(text)
                definitions[str(component["TZID"])] = component
            except (ValueError, KeyError) as error:
                tzid = ics_blocks.property_text(text, "TZID") or "without a TZID"
                self.reading.warnings.append(f"The time zone definition {tzid!r} could not be read: {error}.")
        return definitions

    def _calendar_zone(self, header: Calendar) -> Zone | None:
        name = str(header.get("X-WR-TIMEZONE", "")).strip()
        if not name:
            return None
        zone = iana_zone(name)
        if zone is None:
            self.reading.warnings.append(f"The calendar's time zone {name!r} (X-WR-TIMEZONE) is not a known zone; it was ignored.")
        return zone

    def _named_zones(self) -> list[str]:
        """IANA zones the file's events name: the best guess for the file's other, odd TZIDs."""
        names = []
        for event in self.events:
            for key in ("DTSTART", "DTEND"):
                tzid = getattr(_one(event, key), "params", {}).get("TZID")
                zone = iana_zone(tzid) if tzid else None
                if zone:
                    names.append(zone.name)
        return list(dict.fromkeys(names))

    def _report_cut_off(self) -> None:
        for text in self.block.too_deep:
            name = text.split("\r\n", 1)[0].partition(":")[2].strip().upper()
            label = _label_from_text(text) if name == "VEVENT" else f"A {name} block"
            self.reading.errors.append(
                f"{label} was skipped: its parts nest more than {ics_blocks.MAX_NESTING} levels deep "
                "(calendar programs write two).")
        if self.block.cut_off:
            self.reading.errors.append(
                f"The file is cut off: {_label_from_text(self.block.cut_off)} is incomplete and was skipped; "
                "the complete events before it were read."
            )
        elif not self.block.complete:
            self.reading.errors.append(
                "The file is cut off: it ends without END:VCALENDAR, so events after the last complete one may be missing."
            )

    # --- one event --------------------------------------------------------------------------

    def _read_event(self, event: Event, overridden: set) -> list[InterviewFacts]:
        label = _label(event)
        for prop, message in event.errors:
            if prop is None:  # a line icalendar could not split into name and value: dropped
                self.reading.warnings.append(f"{label}: a line that is not iCalendar was ignored ({message}).")
        start, start_zone, all_day = self._start(event, label)
        end = self._end(event, label, start, all_day)
        description = _description(event)
        base = self._facts(event, start, end, start_zone, description)
        repetition = self._repetition(event, label, start, start_zone)
        mark_interview(base, description=description, user_email=self.user_email, recurring=repetition is not None)
        if self.method in _ANSWERS:
            base.is_interview = False
            base.reason = f"Not an interview invitation: this file answers one (METHOD:{self.method}), it does not invite you."
        if len(base.contacts) > MAX_PEOPLE_KEPT:
            self.reading.warnings.append(
                f"{label} invites {len(base.contacts):,} people; only the first {MAX_PEOPLE_KEPT} were kept as contacts.")
            base.contacts = base.contacts[:MAX_PEOPLE_KEPT]
        if repetition is None:
            return [base]
        now_local = self.now.astimezone(start_zone.tz).replace(tzinfo=None)
        try:
            moments = occurrences_near(repetition, now_local, self.budget)
        except ValueError as error:
            self.reading.warnings.append(f"{label}: its repeat rule could not be used ({error}); only its first occurrence was read.")
            return [base]
        length = end - start
        facts = []
        for moment in moments:
            occurrence = moment.replace(tzinfo=start_zone.tz)
            key = _recurrence_key(occurrence, all_day)
            if (base.uid, key) in overridden:
                continue
            start_utc = occurrence.astimezone(UTC)
            facts.append(
                dataclasses.replace(
                    base, start=start_utc, end=start_utc + length, recurrence_id=key, contacts=list(base.contacts)
                )
            )
        return facts

    def _facts(self, event: Event, start: datetime, end: datetime, zone: Zone, description: str) -> InterviewFacts:
        organizer_email, contacts = self._people(event)
        for person in contacts:  # the organiser, when they are also one of the people met
            if person.kind == "recruiter" and person.email == organizer_email and _named_among_those_met(person.name, description):
                person.kind = "interviewer"
        title = str(_one(event, "SUMMARY", "")).strip()
        location = str(_one(event, "LOCATION", "")).strip()
        organizer = _one(event, "ORGANIZER")
        organizer_name = str(organizer.params.get("CN", "")).strip().strip('"') if organizer is not None else ""
        address = company_email([organizer_email, *(c.email for c in contacts)])
        company, role, guessed = read_company_and_role(title, description, address,
                                                       [c.name for c in contacts] + self._user_names(event),
                                                       organizer_name=organizer_name)
        recurrence_id = self._recurrence_key_of(event) if _one(event, "RECURRENCE-ID") is not None else ""
        return InterviewFacts(
            start=start.astimezone(UTC),
            end=end.astimezone(UTC),
            zone=zone.name,
            title=title,
            company=company,
            role=role,
            location=location,
            video_link=_video_link(event, location, description),
            uid=str(_one(event, "UID", "")).strip() or _made_up_uid(title, start, organizer_email),
            sequence=_sequence(event),
            recurrence_id=recurrence_id,
            cancelled=self.method == "CANCEL" or str(_one(event, "STATUS", "")).strip().upper() == "CANCELLED",
            contacts=contacts,
            organizer_email=organizer_email,
            guessed=guessed,
        )

    def _start(self, event: Event, label: str) -> tuple[datetime, Zone, bool]:
        prop = _one(event, "DTSTART")
        if prop is None:
            raise _EventProblem(f"{label} has no start time (DTSTART is missing) and was skipped.")
        if isinstance(prop, vBroken):
            raise _EventProblem(f"{label} was skipped: its start time (DTSTART) could not be read ({str(prop)!r}).")
        return self._moment(prop, label)

    def _end(self, event: Event, label: str, start: datetime, all_day: bool) -> datetime:
        default = timedelta(days=1) if all_day else DEFAULT_LENGTH
        prop, duration = _one(event, "DTEND"), _one(event, "DURATION")
        if prop is not None and not isinstance(prop, vBroken):
            end = self._moment(prop, label)[0]
        elif duration is not None and not isinstance(duration, vBroken) and isinstance(duration.dt, timedelta):
            end = start + duration.dt
        else:
            if not all_day:
                self.reading.warnings.append(f"{label} has no end time; it was given the default length of {_minutes(default)}.")
            return start + default
        if end <= start:
            self.reading.warnings.append(f"{label} ends before it starts; it was given the default length of {_minutes(default)}.")
            return start + default
        return end

    def _moment(self, prop, label: str) -> tuple[datetime, Zone, bool]:
        """A DTSTART-like value as an aware datetime, the zone it was written in, and whether it is a whole day."""
        value = prop.dt
        if isinstance(value, tuple):  # a PERIOD: its start
            value = value[0]
        if not isinstance(value, datetime):
            zone = self.floating_zone
            return datetime(value.year, value.month, value.day, tzinfo=zone.tz), zone, True
        tzid = prop.params.get("TZID")
        if tzid:
            zone = self._zone_for(tzid, value.year, label)
            return value.replace(tzinfo=zone.tz), zone, False
        if value.tzinfo is not None:
            # A UTC time repeats in UTC; the calendar's zone is only the name shown for it.
            return value.astimezone(UTC), Zone(UTC, self.calendar_zone.name if self.calendar_zone else "UTC"), False
        return value.replace(tzinfo=self.floating_zone.tz), self.floating_zone, False

    def _zone_for(self, tzid: str, year: int, label: str) -> Zone:
        zone = self.zones.resolve(tzid, year)
        if zone is not None:
            return zone
        fallback = self.floating_zone
        whose = "the calendar's zone" if self.calendar_zone else "your time zone"
        self.reading.warnings.append(
            f"{label}: the time zone {tzid!r} is neither defined in the file nor a known zone name; "
            f"its times were read in {fallback.name} ({whose}). Check the time."
        )
        return fallback

    def _recurrence_key_of(self, event: Event) -> str:
        prop = _one(event, "RECURRENCE-ID")
        if prop is None or isinstance(prop, vBroken):
            return ""
        moment, _, all_day = self._moment(prop, _label(event))
        return _recurrence_key(moment, all_day)

    def _repetition(self, event: Event, label: str, start: datetime, zone: Zone) -> Repetition | None:
        rules = [rule for rule in (_rule_text(prop, zone, label, self.reading) for prop in _as_list(event.get("RRULE"))) if rule]
        first = start.astimezone(zone.tz).replace(tzinfo=None)
        extra = [
            self._local(moment, zone) if isinstance(moment, datetime) else datetime.combine(moment, first.time())
            for moment in self._dates(event.get("RDATE"), label)
        ]
        if not rules and not extra:
            return None
        skipped, skipped_days = set(), set()
        for moment in self._dates(event.get("EXDATE"), label):
            if isinstance(moment, datetime):
                skipped.add(self._local(moment, zone))
            else:
                skipped_days.add(moment)
        return Repetition(first, rules, extra, skipped, skipped_days)

    def _dates(self, props, label: str) -> list[date | datetime]:
        """The dates of RDATE/EXDATE properties, each made aware in its own zone (dates stay dates)."""
        found = []
        for prop in _as_list(props):
            if isinstance(prop, vBroken):
                self.reading.warnings.append(f"{label}: a list of dates ({str(prop)!r}) could not be read and was ignored.")
                continue
            tzid = prop.params.get("TZID")
            for item in prop.dts:
                value = item.dt[0] if isinstance(item.dt, tuple) else item.dt
                if not isinstance(value, date):  # VALUE=TIME is not a date RFC 5545 allows here
                    self.reading.warnings.append(f"{label}: {str(value)!r} in a list of dates is not a date and was ignored.")
                    continue
                if isinstance(value, datetime) and tzid:
                    value = value.replace(tzinfo=self._zone_for(tzid, value.year, label).tz)
                found.append(value)
        return found

    @staticmethod
    def _local(moment: date | datetime, zone: Zone) -> date | datetime:
        if isinstance(moment, datetime) and moment.tzinfo is not None:
            return moment.astimezone(zone.tz).replace(tzinfo=None)
        return moment

    def _people(self, event: Event) -> tuple[str, list[ContactFacts]]:
        """The organiser's email, and the people invited (not the user, rooms or mail robots)."""
        organizer = _one(event, "ORGANIZER")
        organizer_email = _email(organizer) if organizer is not None else ""
        people: list[ContactFacts] = []
        for address in ([organizer] if organizer is not None else []) + _as_list(event.get("ATTENDEE")):
            contact = self._contact(address)
            if contact:
                people.append(contact)
        people = _merge_same_people(people)
        if organizer_email and len(people) > 1:
            for person in people:
                if person.email == organizer_email:
                    person.kind = "recruiter"
        return organizer_email, people

    def _user_names(self, event: Event) -> list[str]:
        """How the user may be named in a title ("Acme Robotics <> Jane: Final Round"), so that is not
        taken for the company: their name in the attendee list, and the name their address spells."""
        if not self.user_email:
            return []
        names = [str(address.params.get("CN", "")).strip().strip('"') for address in _as_list(event.get("ATTENDEE"))
                 if _email(address) == self.user_email]
        local_part = self.user_email.split("@")[0]
        spelled = " ".join(part.capitalize() for part in re.split(r"[._-]+", local_part) if part.isalpha())
        return [name for name in (*names, spelled) if name and "@" not in name]

    def _contact(self, address) -> ContactFacts | None:
        if str(address.params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
            return None
        if str(address.params.get("PARTSTAT", "")).upper() in _NOT_COMING:
            return None
        email = _email(address)
        name = str(address.params.get("CN", "")).strip().strip('"')
        if "@" in name and (not email or name.lower() == email):
            name = ""
        if email and (email == self.user_email or _is_machine(email)):
            return None
        if not email and not name:
            return None
        # Copied "for information" (RFC 5545's NON-PARTICIPANT, a coordinator): a contact, not someone met.
        copied = str(address.params.get("ROLE", "")).upper() == "NON-PARTICIPANT"
        kind = "recruiter" if copied or _TEAM_NAME.search(name) else "interviewer"
        return ContactFacts(name=name, email=email, kind=kind)


# Words before the name of someone met, in the invite languages the titles are read in: "with",
# "meet", "and" (English, German, French, Spanish, Italian, Dutch). The one-letter ones ("y", "e")
# are safe because a person's name must follow them.
_MEETING_WORDS = r"with|meet|meeting|and|mit|und|treffen|avec|et|rencontrer|con|y|e|conocer|incontrare|met|en|ontmoeten"
# A list of the people met: "Interviewers: Ben, Ana", "Ihre Gesprächspartner sind Greta und Jonas".
_MET_LIST = (r"\b(?:interviewers?|panel|gesprächspartner(?:in|innen)?|interlocut(?:eur|rice)s?|entrevistador(?:es|as?)?|"
             r"intervistator[ei]|gesprekspartners?)(?:\s*:|\s+(?:are|is|sind|ist|sont|est|son|es|sono|è|zijn))")


def _named_among_those_met(name: str, description: str) -> bool:
    """Whether the description names this person (whole name or first name) among those the
    user will talk with: "a conversation with Ana (Engineering Manager) and Ben", "you will meet
    Ana Souza", "Interviewers: Ben Ortiz, Ana Souza", "Ihre Gesprächspartner sind Greta Vogel und
    Jonas Becker". A name that only signs it ("Best, Ana") is not."""
    if not name or not description or _TEAM_NAME.search(name):
        return False
    for said in {name, name.split()[0]} - {""}:
        said = re.escape(said)
        if re.search(rf"\b(?:{_MEETING_WORDS})\s+{said}\b|&\s*{said}\b|{_MET_LIST}[^\n]{{0,200}}\b{said}\b",
                     description[:DESCRIPTION_LIMIT], re.IGNORECASE):
            return True
    return False


def _calendar_from_lines(lines: list[str]) -> Calendar | None:
    try:
        return Calendar.from_ical("BEGIN:VCALENDAR\r\n" + "".join(f"{line}\r\n" for line in lines) + "END:VCALENDAR\r\n")
    except (ValueError, TypeError):  # icalendar raises TypeError on some malformed values
        return None


def _one(event: Event, name: str, default=None):
    """A property that should appear once; when a sloppy writer repeats it, the first one."""
    value = event.get(name, default)
    return value[0] if isinstance(value, list) and value else value


def _as_list(value) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _email(address) -> str:
    """The email of a calendar address; mailto: values, else an EMAIL= parameter ("" for invalid:nomail)."""
    value = str(address).strip()
    if value.lower().startswith("mailto:"):
        value = value[7:]
    elif address.params.get("EMAIL"):
        value = str(address.params["EMAIL"])
    else:
        return ""
    return email_address(value.strip().strip('"').lower())


def _is_machine(email: str) -> bool:
    local, domain = email.split("@", 1)
    return (
        domain.endswith(_MACHINE_DOMAINS)
        or bool(_MACHINE_MAILBOXES.match(local))
        or bool(hiring_tool(domain_of(email))[0])
    )


def _merge_same_people(people: list[ContactFacts]) -> list[ContactFacts]:
    """One entry per person: same email, or same name where one entry has no email.

    Indexed by email and by name, so a file inviting thousands costs a pass, not a scan per person."""
    merged: list[ContactFacts] = []
    by_email: dict[str, ContactFacts] = {}
    by_name: dict[str, ContactFacts] = {}  # the first entry with this name
    by_name_without_email: dict[str, ContactFacts] = {}  # the first with this name and no email yet
    for person in people:
        name = person.name.lower()
        twin = by_email.get(person.email) if person.email else None
        if twin is None and name:
            twin = (by_name_without_email if person.email else by_name).get(name)
        if twin is None:
            merged.append(person)
            twin = person
        elif not twin.email and person.email:
            twin.email = person.email
            by_name_without_email.pop(twin.name.lower(), None)
        twin.name = twin.name or person.name
        if twin.email:
            by_email.setdefault(twin.email, twin)
        if twin.name:
            by_name.setdefault(twin.name.lower(), twin)
            if not twin.email:
                by_name_without_email.setdefault(twin.name.lower(), twin)
    return merged


def _description(event: Event) -> str:
    """The plain description, or the HTML one (X-ALT-DESC) as text when there is no plain one."""
    plain = str(_one(event, "DESCRIPTION", "")).strip()
    if plain:
        return plain
    markup = str(_one(event, "X-ALT-DESC", ""))
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", markup))).strip()


def _video_link(event: Event, location: str, description: str) -> str:
    conferences = [str(prop) for prop in _as_list(event.get("CONFERENCE"))]
    return find_video_link(
        *conferences,
        str(_one(event, "X-GOOGLE-CONFERENCE", "")),
        location,
        description,
        str(_one(event, "X-ALT-DESC", "")),
        str(_one(event, "URL", "")),
    )


def _sequence(event: Event) -> int:
    prop = _one(event, "SEQUENCE")
    try:
        return int(prop) if prop is not None and not isinstance(prop, vBroken) else 0
    except (TypeError, ValueError):
        return 0


def _rule_text(prop, zone: Zone, label: str, reading: InviteReading) -> str:
    """An RRULE as text for dateutil, UNTIL turned into wall time in the event's zone ("" if unusable)."""
    if isinstance(prop, vBroken):
        try:  # Exchange writes "BYDAY=MO, TU": the spaces are the only fault
            prop = vRecur.from_ical(re.sub(r"\s+", "", str(prop)))
        except ValueError:
            reading.warnings.append(f"{label}: its repeat rule {str(prop)!r} could not be read; only its first occurrence was read.")
            return ""
    rule = vRecur(prop)
    if rule.get("UNTIL"):
        def to_local(moment: datetime) -> datetime:
            return moment.astimezone(zone.tz).replace(tzinfo=None) if moment.tzinfo else moment

        rule["UNTIL"] = [local_until(rule["UNTIL"][0], to_local)]
    return rule.to_ical().decode()


def _recurrence_key(moment: datetime, all_day: bool) -> str:
    """How one occurrence is named: its UTC start, or for a whole-day event its local date."""
    if all_day:
        return moment.date().isoformat()
    return moment.astimezone(UTC).isoformat()


def _made_up_uid(title: str, start: datetime, organizer_email: str) -> str:
    """A stable stand-in for a missing UID, so importing the same file twice still matches."""
    digest = hashlib.sha1(f"{title}\n{start.astimezone(UTC).isoformat()}\n{organizer_email}".encode()).hexdigest()
    return f"no-uid-{digest[:20]}"


def _label(event: Event) -> str:
    title = str(_one(event, "SUMMARY", "")).strip()
    if title:
        return f"Event {title!r}"
    uid = str(_one(event, "UID", "")).strip()
    return f"The event with UID {uid!r}" if uid else "An event without a title or UID"


def _label_from_text(text: str) -> str:
    title = ics_blocks.property_text(text, "SUMMARY")
    if title:
        return f"Event {title!r}"
    uid = ics_blocks.property_text(text, "UID")
    return f"The event with UID {uid!r}" if uid else "An event without a title or UID"


def _minutes(length: timedelta) -> str:
    return "one day" if length >= timedelta(days=1) else f"{int(length.total_seconds() // 60)} minutes"
