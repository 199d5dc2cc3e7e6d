"""The reminders .ics: valid when read back, one event and alarm per follow-up, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar

from companion.writing.reminders import Reminder, calendar_problems, event_uid, reminders_calendar

STAMP = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)
DRAFT = "Dear Dana Lee,\n\nThank you; it was a pleasure, really.\nSam Rivera — Müller-Straße 3"
THANK_YOU = Reminder("thank-you/interview-12/contact-5", "Thank-you email to Dana Lee (Data Engineer, Acme)",
                     datetime(2026, 11, 18, 8, 0, tzinfo=UTC), DRAFT, "https://jobs.example/42?ref=a&b=c", 0)
PREPARE = Reminder("prepare/interview-13", "Prepare for the Data Engineer interview at Acme",
                   datetime(2027, 4, 6, 7, 0, tzinfo=UTC), "Collect names.", "", 3)


def events(data: bytes) -> dict[str, icalendar.Event]:
    return {str(event["UID"]): event for event in icalendar.Calendar.from_ical(data).walk("VEVENT")}


def test_export_reads_back_as_a_valid_calendar():
    data = reminders_calendar([THANK_YOU, PREPARE], user_zone="Europe/Berlin", stamp=STAMP)
    assert calendar_problems(data) == []
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))  # folded as RFC 5545 asks


def test_each_follow_up_is_an_event_at_its_due_time_with_an_alarm_and_the_draft():
    data = reminders_calendar([THANK_YOU, PREPARE], user_zone="Europe/Berlin", stamp=STAMP)
    by_uid = events(data)
    assert set(by_uid) == {event_uid(THANK_YOU.key), event_uid(PREPARE.key)}

    event = by_uid[event_uid(THANK_YOU.key)]
    assert event.decoded("DTSTART") == THANK_YOU.due
    assert str(event.decoded("DTSTART").tzinfo) == "Europe/Berlin"
    assert event.decoded("DTSTART").hour == 9
    assert str(event["SUMMARY"]) == THANK_YOU.summary
    assert str(event["DESCRIPTION"]) == DRAFT
    assert str(event["URL"]) == THANK_YOU.url
    assert event.decoded("SEQUENCE") == 0
    [alarm] = event.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert alarm.decoded("TRIGGER") == timedelta(0)

    summer = by_uid[event_uid(PREPARE.key)]
    assert summer.decoded("DTSTART").hour == 9  # 07:00 UTC is 09:00 summer time in Berlin
    assert summer.decoded("SEQUENCE") == 3
    assert "URL" not in summer


def test_uids_come_from_keys_alone_and_stay_the_same_across_exports():
    first = events(reminders_calendar([THANK_YOU, PREPARE], user_zone="Europe/Berlin", stamp=STAMP))
    moved = Reminder(THANK_YOU.key, THANK_YOU.summary, THANK_YOU.due + timedelta(days=1), DRAFT, "", 1)
    second = events(reminders_calendar([moved], user_zone="Europe/Berlin", stamp=STAMP + timedelta(hours=5)))

    uid = event_uid(THANK_YOU.key)
    assert uid in first and uid in second
    assert second[uid].decoded("SEQUENCE") > first[uid].decoded("SEQUENCE")
    assert uid == "thank-you/interview-12/contact-5@interview-companion.local"


def test_a_calendar_with_nothing_due_is_still_valid():
    data = reminders_calendar([], user_zone="UTC", stamp=STAMP)
    assert calendar_problems(data) == []
    assert events(data) == {}


def test_calendar_problems_names_what_is_missing():
    no_uid = (b"BEGIN:VCALENDAR\r\nPRODID:x\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\n"
              b"DTSTART:20261118T080000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    assert "VEVENT: UID is required" in calendar_problems(no_uid)
    assert calendar_problems(b"not a calendar") != []


def test_events_beyond_the_described_zone_years_are_written_in_utc():
    far = Reminder("stay-in-touch/application-3", "Stay-in-touch note", datetime(2035, 6, 1, 7, 0, tzinfo=UTC))
    data = reminders_calendar([far, THANK_YOU], user_zone="Europe/Berlin", stamp=STAMP)
    assert calendar_problems(data) == []
    event = events(data)[event_uid(far.key)]
    assert event.decoded("DTSTART") == far.due
    assert event.decoded("DTSTART").utcoffset() == timedelta(0)
    assert b"DTSTART:20350601T070000Z" in data


def test_a_job_address_that_is_not_a_web_address_never_becomes_the_events_link():
    scripted = Reminder("check-in-1/application-3", "Check in on the decision (Engineer, Initech)",
                        datetime(2026, 11, 20, 8, 0, tzinfo=UTC), "Draft.", "javascript:alert(1)", 0)
    [event] = events(reminders_calendar([scripted], user_zone="UTC", stamp=STAMP)).values()
    assert "URL" not in event


def test_reminders_start_on_the_minute_and_a_finished_one_is_cancelled_without_an_alarm():
    odd = Reminder("check-in-1/application-3", "Check in on the decision (Engineer, Initech)",
                   datetime(2026, 11, 20, 8, 0, 42, 125000, tzinfo=UTC), "Draft.", "", 2)
    finished = Reminder("check-in-2/application-3", "Second check-in (Engineer, Initech)",
                        datetime(2026, 11, 27, 8, 0, tzinfo=UTC), "", "", 4, cancelled=True)
    by_uid = events(reminders_calendar([odd, finished], user_zone="UTC", stamp=STAMP))
    assert by_uid[event_uid(odd.key)].decoded("DTSTART") == datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    cancelled = by_uid[event_uid(finished.key)]
    assert (str(cancelled["STATUS"]), cancelled.decoded("SEQUENCE")) == ("CANCELLED", 5)
    assert cancelled.walk("VALARM") == []
