"""Hostile or absurd repeat rules: each invite is read within a bounded time, with its first
occurrence and a warning saying why the rest was not expanded, and never hangs the reader."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.reading.invites.reader import MAX_ATTENDEES_READ, MAX_PEOPLE_KEPT, read_invite
from companion.reading.invites.recurrence import MAX_WALKED
from machine_speed import HOSTILE_INPUT_BOUND, taking_at_most

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)


def invite(rule: str, start: str = "19000101T090000Z") -> str:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand-made//EN\r\nBEGIN:VEVENT\r\n"
        "UID:series-1@example.com\r\nSUMMARY:Interview with Initech\r\n"
        f"DTSTART:{start}\r\nDTEND:{start[:9]}100000Z\r\nRRULE:{rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )


def read_within_the_bound(text: str):
    with taking_at_most(HOSTILE_INPUT_BOUND):
        return read_invite(text, now=NOW)


@pytest.mark.parametrize("rule", [
    "FREQ=MINUTELY;COUNT=1000000000",
    "FREQ=SECONDLY",
    "FREQ=HOURLY;INTERVAL=1",
    "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23;BYMINUTE=0,15,30,45",
])
def test_a_rule_repeating_within_a_day_is_read_as_its_first_occurrence(rule):
    reading = read_within_the_bound(invite(rule))
    assert [facts.start.isoformat() for facts in reading.interviews] == ["1900-01-01T09:00:00+00:00"]
    assert reading.warnings == [
        "Event 'Interview with Initech': its repeat rule could not be used (it repeats more than once a day, "
        "which no interview does); only its first occurrence was read."
    ]


def test_a_series_too_long_to_walk_to_today_is_read_as_its_first_occurrence():
    # every day since 1800, more than MAX_WALKED occurrences before the weeks around NOW
    reading = read_within_the_bound(invite("FREQ=DAILY", start="18000101T090000Z"))
    assert [facts.start.isoformat() for facts in reading.interviews] == ["1800-01-01T09:00:00+00:00"]
    assert reading.warnings == [
        f"Event 'Interview with Initech': its repeat rule could not be used (it repeats more than {MAX_WALKED:,} "
        "times before the weeks around today); only its first occurrence was read."
    ]


def test_a_long_weekday_series_still_reaches_today():
    reading = read_within_the_bound(invite("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", start="19000101T090000Z"))
    starts = [facts.start for facts in reading.interviews]
    assert reading.warnings == []
    assert starts[0] == datetime(2026, 10, 26, 9, tzinfo=timezone.utc)  # the first weekday 30 days before NOW
    assert len(starts) == 60 and all(start.weekday() < 5 for start in starts)


def test_many_old_series_in_one_file_share_one_bound():
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:series-{n}@example.com\r\nSUMMARY:Stand-up {n}\r\nDTSTART:19000101T090000Z\r\n"
        f"DTEND:19000101T091500Z\r\nRRULE:FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\r\nEND:VEVENT\r\n"
        for n in range(40)
    )
    calendar = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand-made//EN\r\n" + events + "END:VCALENDAR\r\n"
    reading = read_within_the_bound(calendar)
    expanded = {facts.uid for facts in reading.interviews if facts.start.year == 2026}
    assert len(expanded) == 6  # 33,000 weekdays walked for each, 200,000 for the file
    assert reading.warnings == [
        f"Event 'Stand-up {n}': its repeat rule could not be used (the file's repeating events together repeat "
        "more than 200,000 times); only its first occurrence was read." for n in range(6, 40)
    ]


def test_an_event_inviting_thousands_is_read_from_its_first_attendees_with_a_warning():
    people = "".join(f"ATTENDEE;CN=Person {n}:mailto:person{n}@initech.example\r\n" for n in range(3_000))
    text = invite("FREQ=YEARLY;COUNT=1", start="20401203T090000Z").replace("RRULE:FREQ=YEARLY;COUNT=1\r\n", people)
    reading = read_within_the_bound(text)
    [facts] = reading.interviews
    assert not facts.is_interview and "people are invited, more than any interview panel" in facts.reason
    assert len(facts.contacts) == MAX_PEOPLE_KEPT
    assert f"Event 'Interview with Initech' invites 3,000 people; only the first {MAX_ATTENDEES_READ} were read." in reading.warnings


@pytest.mark.parametrize("where", ["around the event", "inside the event"])
def test_components_nested_past_any_calendar_programs_are_skipped_with_the_reason(where):
    nest = "BEGIN:VALARM\r\n" * 100_000 + "END:VALARM\r\n" * 100_000
    text = invite("FREQ=YEARLY;COUNT=1", start="20401203T090000Z").replace("RRULE:FREQ=YEARLY;COUNT=1\r\n", "")
    if where == "inside the event":
        text = text.replace("END:VEVENT", nest + "END:VEVENT")
        expected = "Event 'Interview with Initech' was skipped"
    else:
        text = text.replace("BEGIN:VEVENT", nest.replace("VALARM", "X-NEST") + "BEGIN:VEVENT")
        expected = "A X-NEST block was skipped"
    reading = read_within_the_bound(text)
    assert [error for error in reading.errors if expected in error and "nest more than 8 levels" in error]
    assert len(reading.interviews) == (0 if where == "inside the event" else 1)


@pytest.mark.parametrize("text", [
    "Role: Analyst (" + "1" * 50_000 + "x",  # a requisition-like bracket that never closes
    "Let's talk about the " + "about the x " * 5_000 + "job.",
    "Interviewers: " + "panel is " * 10_000,
])
def test_a_huge_description_is_read_within_the_bound(text):
    calendar = invite("FREQ=DAILY;COUNT=1", start="20261201T090000Z").replace(
        "RRULE:FREQ=DAILY;COUNT=1\r\n", "ORGANIZER;CN=Ana Souza:mailto:ana@initech.example\r\n"
        "ATTENDEE;CN=Ben Ortiz:mailto:ben@initech.example\r\nDESCRIPTION:" + text + "\r\n")
    [facts] = read_within_the_bound(calendar).interviews
    assert facts.company == "Initech"
