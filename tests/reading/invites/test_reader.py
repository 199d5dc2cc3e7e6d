"""The invite reader on real calendars (project corpus, icalendar's own suite) and on
hand-made invites for each quirk; every expected value is written out."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.reading.invites.reader import DEFAULT_LENGTH, read_invite
from fixture_files import CORPUS_CALENDARS, INVITES, REPO_ROOT, invite_file, marking_corpus_files


NOW = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
USER_EMAIL = "jane.doe@gmail.com"
USER_ZONE = "Europe/Copenhagen"


def read(name: str, *, user_email: str = USER_EMAIL, user_zone: str = USER_ZONE, now: datetime = NOW):
    return read_invite(invite_file(name).read_bytes(), now=now, user_email=user_email, user_zone=user_zone)


def when(facts) -> tuple[str, str, str, str]:
    return facts.title, facts.start.isoformat(), facts.end.isoformat(), facts.zone


# --- every real calendar: what each event reads as ---------------------------------------
# (title, start UTC, end UTC, zone) for each event, in file order; a repeating event shows the
# occurrence nearest NOW (or the first in the window around it, when the series is running).
REAL_CALENDARS = {
    "apple_macos_attendees.ics": [
        ("Tentative", "2022-07-04T23:00:00+00:00", "2022-07-04T23:50:00+00:00", "America/Vancouver"),
        ("Confirmed", "2022-07-05T16:00:00+00:00", "2022-07-05T17:00:00+00:00", "America/Vancouver"),
        ("Cancelled", "2022-07-06T20:00:00+00:00", "2022-07-06T21:00:00+00:00", "America/Vancouver"),
        ("No Status", "2022-07-07T16:00:00+00:00", "2022-07-07T17:00:00+00:00", "America/Vancouver"),
    ],
    "exchange_customized_time_zone.ics": [
        ("[private]", "2020-12-17T15:35:00+00:00", "2020-12-17T16:50:00+00:00", "America/New_York"),
    ],
    "exchange_display_name_tz_escaped.ics": [
        ("Test event", "2019-04-30T02:00:00+00:00", "2019-04-30T05:00:00+00:00", "Asia/Bangkok"),
    ],
    "google_xwr_timezone_forward.ics": [
        ("Fear TWD", "2026-10-30T22:00:00+00:00", "2026-10-31T22:00:00+00:00", "Europe/Bucharest"),
    ],
    "google_xwr_timezone_kiev.ics": [
        ("bla bla", "2016-08-26T11:00:00+00:00", "2016-08-26T12:00:00+00:00", "Europe/Kiev"),
        ("repeated", "2016-08-28T11:00:00+00:00", "2016-08-28T12:00:00+00:00", "Europe/Kiev"),
    ],
    "google_xwr_timezone_mismatch.ics": [
        ("Event Summary", "2003-02-12T20:00:00+00:00", "2003-02-12T22:00:00+00:00", "America/Argentina/Buenos_Aires"),
    ],
    "icalendar_alarm_google_acknowledged.ics": [
        ("event with alarms", "2024-10-04T18:15:00+00:00", "2024-10-04T19:00:00+00:00", "Europe/London"),
    ],
    "icalendar_issue_165_missing_event.ics": [
        ("Sprint 25 Daily Standup", "2015-07-22T08:00:00+00:00", "2015-07-22T08:30:00+00:00", "Europe/Copenhagen"),
    ],
    "icalendar_issue_836_do_not_quote_tzid.ics": [
        ("Anonymous Test Event for TZID", "2024-10-28T21:00:00+00:00", "2024-10-28T22:00:00+00:00", "America/New_York"),
    ],
    "icalendar_property_params.ics": [
        ("Test meeting from BB", "2012-08-13T22:00:00+00:00", "2012-08-14T22:00:00+00:00", "Europe/Copenhagen"),
    ],
    "icalendar_timezone_same_start.ics": [
        ("Test 4", "2017-02-24T20:00:00+00:00", "2017-02-24T20:30:00+00:00", "America/Los_Angeles"),
    ],
    "icalendar_x_location.ics": [
        ("Daily Sync", "2026-10-26T13:00:00+00:00", "2026-10-26T13:30:00+00:00", "Europe/Zurich"),
    ],
    "ms_windows_timezones_multi.ics": [
        ("test", "2020-09-10T07:00:00+00:00", "2020-09-10T07:30:00+00:00", "Europe/Berlin"),
        ("Not the actual summary 1", "2020-09-15T15:30:00+00:00", "2020-09-15T16:30:00+00:00", "America/Los_Angeles"),
        ("Not the actual summary either", "2021-03-09T20:00:00+00:00", "2021-03-09T20:30:00+00:00", "America/Los_Angeles"),
    ],
    "o365_custom_timezone_seq46.ics": [
        ("Zajęty", "2024-05-02T09:00:00+00:00", "2024-05-02T10:00:00+00:00", "Europe/Warsaw"),
        ("Wstępna akceptacja", "2026-05-05T13:00:00+00:00", "2026-05-05T14:00:00+00:00", "Europe/Warsaw"),
    ],
    "o365_invalid_timezone.ics": [
        ("Uffe", "2024-04-26T12:00:00+00:00", "2024-04-26T13:00:00+00:00", "Europe/Copenhagen"),
    ],
    "o365_missing_vtimezone.ics": [
        ("Uffe", "2024-04-26T12:00:00+00:00", "2024-04-26T13:00:00+00:00", "Europe/Berlin"),
    ],
    "o365_nz_timezone.ics": [
        ("9am local Wednesday event", "2025-10-07T20:00:00+00:00", "2025-10-07T20:30:00+00:00", "Pacific/Auckland"),
        ("10am local time Saturday event", "2025-10-10T21:00:00+00:00", "2025-10-10T21:30:00+00:00", "Pacific/Auckland"),
        ("Recurring event on Monday, Wednesday", "2026-06-01T03:00:00+00:00", "2026-06-01T03:30:00+00:00", "Pacific/Auckland"),
    ],
    "outlook16_teams_publish_utc.ics": [
        (".NET Maintainers Committee", "2024-01-10T19:00:00+00:00", "2024-01-10T20:00:00+00:00", "UTC"),
    ],
    "outlook16_teams_request_cst.ics": [
        (".NET Maintainers Committee", "2024-01-10T22:00:00+00:00", "2024-01-10T22:30:00+00:00", "America/Chicago"),
    ],
    "outlook_numeric_tzid_locations.ics": [
        ("test export import", "2023-12-15T14:00:00+00:00", "2023-12-15T15:00:00+00:00", "Europe/Paris"),
        ("Atelier groupes portail/Nuage", "2024-01-08T10:00:00+00:00", "2024-01-08T11:00:00+00:00", "Europe/Paris"),
    ],
    "owa2012_display_name_tzids.ics": [
        ("TEST Syd", "2020-10-28T02:30:00+00:00", "2020-10-28T04:00:00+00:00", "Australia/Sydney"),
        ("TEST", "2020-10-28T17:30:00+00:00", "2020-10-28T19:00:00+00:00", "America/New_York"),
        ("TEST 3", "2020-11-02T18:30:00+00:00", "2020-11-02T20:00:00+00:00", "America/New_York"),
        ("TEST2", "2021-08-27T17:30:00+00:00", "2021-08-27T19:00:00+00:00", "America/New_York"),
    ],
    "windows_quoted_tz_mixed.ics": [
        ("Treasure Hunting", "2015-07-15T16:00:00+00:00", "2015-07-15T20:00:00+00:00", "America/New_York"),
    ],
    # from icalendar's own test suite
    "icalendar/america_new_york_forward_reference.ics": [
        ("an event with a custom tz name", "2014-08-29T12:00:00+00:00", "2014-08-29T13:00:00+00:00", "America/New_York"),
    ],
    "icalendar/issue_313_globally_unique_tzid.ics": [
        ("libical / Evolution globally unique TZID", "2020-04-26T12:00:00+00:00", "2020-04-26T13:00:00+00:00", "Europe/Berlin"),
        ("Mozilla Lightning globally unique TZID", "2020-04-26T18:00:00+00:00", "2020-04-26T19:00:00+00:00", "America/New_York"),
        ("vendor prefix in front of a multi-part Olson name", "2020-04-26T17:00:00+00:00", "2020-04-26T18:00:00+00:00",
         "America/Argentina/Buenos_Aires"),
    ],
    "icalendar/issue_466_convert_tzid_with_slash.ics": [
        ("Just chatting", "2026-10-30T19:00:00+00:00", "2026-10-30T20:00:00+00:00", "Europe/Stockholm"),
    ],
    "icalendar/issue_237_fail_to_parse_timezone_with_non_ascii_tzid.ics": [
        ("", "2017-05-11T16:30:00+00:00", "2017-05-11T17:00:00+00:00", "America/Sao_Paulo"),
    ],
    "icalendar/issue_218_bad_tzid.ics": [
        ("TESTIN", "2017-02-28T12:00:00+00:00", "2017-02-28T12:30:00+00:00", "Etc/GMT-11"),
    ],
    "icalendar/issue_1231_recurrence.ics": [
        ("Test recurrence", "2025-04-28T16:05:00+00:00", "2025-04-28T17:05:00+00:00", "UTC"),
    ],
    "icalendar/pacific_fiji.ics": [
        ("an event with a custom tz name", "2014-08-28T20:00:00+00:00", "2014-08-28T21:00:00+00:00", "Pacific/Fiji"),
    ],
}

# How many occurrences a running series lists in the window around NOW.
SERIES_LENGTHS = {
    "google_xwr_timezone_forward.ics": 30,  # Saturdays from 31 Oct 2026 to 22 May 2027
    "icalendar_x_location.ics": 60,  # weekdays, capped at MAX_OCCURRENCES
    "icalendar/issue_466_convert_tzid_with_slash.ics": 30,  # Fridays
}


def first_of_each_event(reading):
    """One InterviewFacts per VEVENT: the first occurrence of each (uid, title)."""
    seen, firsts = set(), []
    for facts in reading.interviews:
        key = (facts.uid, facts.title)
        if key not in seen:
            seen.add(key)
            firsts.append(facts)
    return firsts


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(REAL_CALENDARS))
def test_real_calendar_events_read_with_their_times_and_zones(name):
    reading = read(name)
    assert [when(facts) for facts in first_of_each_event(reading)] == REAL_CALENDARS[name]
    if name in SERIES_LENGTHS:
        assert len(reading.interviews) == SERIES_LENGTHS[name]


@pytest.mark.corpus
@pytest.mark.parametrize("name", sorted(REAL_CALENDARS))
def test_no_real_calendar_event_is_taken_for_an_interview(name):
    for facts in read(name).interviews:
        assert facts.is_interview is False
        assert facts.reason.startswith("Not an interview: ")


@pytest.mark.corpus
def test_every_corpus_calendar_has_written_out_expectations():
    """Nothing in the corpus's real calendars is left untested."""
    assert {path.name for path in CORPUS_CALENDARS.glob("*.ics")} <= set(REAL_CALENDARS)


@pytest.mark.corpus
def test_apple_export_reads_status_people_and_method():
    reading = read("apple_macos_attendees.ics")
    tentative, confirmed, cancelled, no_status = reading.interviews
    assert reading.method == "PUBLISH"
    assert [c.cancelled for c in (tentative, confirmed, cancelled, no_status)] == [False, False, True, False]
    assert tentative.organizer_email == "tentative@example.com"
    # CN holds the address itself: no name is made up from it
    assert [(c.name, c.email, c.kind) for c in tentative.contacts] == [("", "tentative@example.com", "interviewer")]
    assert no_status.organizer_email == "" and no_status.contacts == []
    assert tentative.uid == "31a1ffc9-9b76-465b-ae4a-cadb694c9d37"


@pytest.mark.corpus
def test_outlook_teams_request_finds_the_join_link_and_merges_the_organiser_twice_listed():
    facts = read("outlook16_teams_request_cst.ics").interviews[0]
    assert facts.video_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGU5NWZjYTItOTFiZi00")
    assert facts.video_link.endswith("%2233e33123-f641-455f-8467-58a715c2da80%22%7d")
    assert facts.location == "Microsoft Teams Meeting"
    assert facts.organizer_email == ""  # ORGANIZER is invalid:nomail
    assert [(c.name, c.email) for c in facts.contacts] == [
        ("Madison Hardy", "mhardy@virtualinc.com"),
        ("Rob Prouse (.NET Foundation)", ""),
        ("Mattias Karlsson (.NET Foundation)", ""),
        ("Tom Pappas (.NET Foundation)", ""),
    ]
    assert facts.recurrence_id == "2024-01-10T22:00:00+00:00"


@pytest.mark.corpus
def test_teams_link_found_in_the_utc_republished_copy_too():
    facts = read("outlook16_teams_publish_utc.ics").interviews[0]
    assert "teams.microsoft.com/l/meetup-join/" in facts.video_link
    assert [(c.name, c.email) for c in facts.contacts] == [("Madison Hardy", "")]


@pytest.mark.corpus
def test_blackberry_request_keeps_sequence_and_all_attendees():
    facts = read("icalendar_property_params.ics").interviews[0]
    assert facts.sequence == 2
    assert facts.organizer_email == "rembrand@daxlab.com"
    assert [(c.name, c.email, c.kind) for c in facts.contacts] == [
        ("RembrandDX", "rembrand@daxlab.com", "recruiter"),
        ("RembrandXS", "rembrand@xs4all.nl", "interviewer"),
        ("RembrandSB", "rembspam@xs4all.nl", "interviewer"),
    ]


@pytest.mark.corpus
def test_locations_are_kept_as_written_and_unknown_video_services_are_not_links():
    assert read("icalendar_x_location.ics").interviews[0].location == "Roadstar 16\n12764 Happyville\nDenmark"
    numeric = read("outlook_numeric_tzid_locations.ics").interviews
    assert [f.location for f in numeric] == ["dijon", "https://visio-agents.education.fr/"]
    assert [f.sequence for f in numeric] == [0, 3]
    bluejeans = read("ms_windows_timezones_multi.ics").interviews[2]
    assert bluejeans.location == "https://bluejeans.com/7999979999"
    assert bluejeans.video_link == ""
    assert bluejeans.sequence == 3


@pytest.mark.corpus
def test_office_365_sequence_46_is_read():
    assert [f.sequence for f in read("o365_custom_timezone_seq46.ics").interviews] == [46, 5]


@pytest.mark.corpus
def test_broken_start_in_a_real_exchange_feed_is_named_and_the_rest_still_read():
    reading = read("ms_windows_timezones_multi.ics")
    assert reading.errors == [
        "Event \"Log Yesterday's Jira time\" was skipped: its start time (DTSTART) could not be read ('')."
    ]
    assert len(reading.interviews) == 3


@pytest.mark.corpus
def test_exchange_rrule_with_spaces_in_byday_is_still_expanded():
    facts = read("icalendar_issue_165_missing_event.ics").interviews
    assert [f.recurrence_id for f in facts] == ["2015-07-22T08:00:00+00:00"]  # last weekday before UNTIL
    assert facts[0].uid.startswith("no-uid-")  # the file has no UID; a stable one is made up
    assert read("icalendar_issue_165_missing_event.ics").interviews[0].uid == facts[0].uid


@pytest.mark.corpus
def test_customized_zone_name_guess_prefers_the_users_zone_when_it_fits():
    from_paris = read("icalendar_issue_165_missing_event.ics", user_zone="Europe/Paris").interviews[0]
    from_tokyo = read("icalendar_issue_165_missing_event.ics", user_zone="Asia/Tokyo").interviews[0]
    assert from_paris.zone == "Europe/Paris"
    assert from_tokyo.zone == "Europe/Berlin"  # Tokyo does not fit the file's offsets
    assert from_paris.start == from_tokyo.start  # the file's own definition sets the time


@pytest.mark.corpus
def test_recurrence_override_in_google_export_replaces_its_occurrence():
    override, series_end = read("google_xwr_timezone_kiev.ics").interviews
    assert override.recurrence_id == "2016-08-26T11:00:00+00:00"
    assert override.uid == series_end.uid == "6m2q7kb2l02798oagemrcgm6pk@google.com"
    assert series_end.recurrence_id == "2016-08-28T11:00:00+00:00"


@pytest.mark.corpus
def test_all_day_series_names_occurrences_by_local_date():
    facts = read("google_xwr_timezone_forward.ics").interviews
    assert [f.recurrence_id for f in facts[:3]] == ["2026-10-31", "2026-11-07", "2026-11-14"]


# --- order independence: icalendar's process-wide TZID cache -------------------------------

@pytest.mark.corpus
def test_undefined_zone_reads_the_same_whatever_was_parsed_before(tmp_path):
    first = [when(f) for f in read("o365_invalid_timezone.ics").interviews]
    for other in ("exchange_customized_time_zone.ics", "o365_custom_timezone_seq46.ics"):
        read(other)  # both define a "Customized Time Zone" of their own
    after = [when(f) for f in read("o365_invalid_timezone.ics").interviews]
    fresh = subprocess.run(
        [sys.executable, "-c", (
            "import json, sys; from datetime import datetime, timezone; "
            "from companion.reading.invites.reader import read_invite; "
            f"r = read_invite(open(sys.argv[1], 'rb').read(), now=datetime(2026, 11, 23, 12, tzinfo=timezone.utc), "
            f"user_zone={USER_ZONE!r}); "
            "print(json.dumps([[f.title, f.start.isoformat(), f.end.isoformat(), f.zone] for f in r.interviews]))"
        ), str(invite_file("o365_invalid_timezone.ics"))],
        cwd=REPO_ROOT, capture_output=True, text=True, check=True,
    )
    assert first == after == [tuple(row) for row in json.loads(fresh.stdout)]
    assert first == [("Uffe", "2024-04-26T12:00:00+00:00", "2024-04-26T13:00:00+00:00", "Europe/Copenhagen")]


@pytest.mark.corpus
def test_undefined_zone_is_reported_with_the_fallback_used():
    reading = read("o365_invalid_timezone.ics")
    assert reading.warnings == [
        "Event 'Uffe': the time zone 'Customized Time Zone' is neither defined in the file nor a known zone "
        "name; its times were read in Europe/Copenhagen (your time zone). Check the time."
    ]


# --- hand-made invites, one quirk each -----------------------------------------------------

def test_google_meet_invite_with_two_interviewers_and_a_room():
    reading = read("invite_google_meet_two_interviewers.ics")
    assert reading.errors == [] and reading.warnings == []
    (facts,) = reading.interviews
    assert when(facts) == (
        "Interview with Acme Robotics for Senior Backend Engineer",
        "2026-12-01T19:00:00+00:00", "2026-12-01T20:00:00+00:00", "America/New_York",
    )
    assert (facts.company, facts.role) == ("Acme Robotics", "Senior Backend Engineer")
    assert facts.video_link == "https://meet.google.com/xmp-vqzd-kro"
    assert facts.uid == "3k9d2f8h1m4n6p0q7r5s2t8v1w@google.com"
    assert facts.organizer_email == "dana.lee@acme-robotics.com"
    # the user and the meeting room are left out; the organiser schedules, the others interview
    assert [(c.name, c.email, c.kind) for c in facts.contacts] == [
        ("Dana Lee", "dana.lee@acme-robotics.com", "recruiter"),
        ("Priya Natarajan", "priya.natarajan@acme-robotics.com", "interviewer"),
        ("Sam Okafor", "sam.okafor@acme-robotics.com", "interviewer"),
    ]
    assert facts.is_interview is True
    assert facts.reason.startswith('Looks like an interview: the title says "Interview"')


def test_user_is_left_out_whatever_the_case_of_their_address():
    facts = read("invite_google_meet_two_interviewers.ics", user_email="Jane.Doe@GMAIL.com").interviews[0]
    assert "jane.doe@gmail.com" not in [c.email for c in facts.contacts]


def test_outlook_request_and_cancel_share_uid_with_rising_sequence():
    request = read("invite_outlook_windows_zone_request.ics")
    cancel = read("invite_outlook_windows_zone_cancel.ics")
    (booked,), (cancelled,) = request.interviews, cancel.interviews
    assert (request.method, cancel.method) == ("REQUEST", "CANCEL")
    assert booked.uid == cancelled.uid
    assert (booked.sequence, booked.cancelled) == (0, False)
    assert (cancelled.sequence, cancelled.cancelled) == (1, True)
    assert when(booked)[1:] == ("2026-12-08T17:30:00+00:00", "2026-12-08T18:30:00+00:00", "America/Los_Angeles")
    assert (booked.company, booked.role) == ("Contoso", "Data Engineer")
    assert booked.video_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjFiYTk0")
    assert [c.email for c in booked.contacts] == ["morgan.blake@contoso.com", "chris.ng@contoso.com"]  # no room


def test_greenhouse_reschedule_moves_the_same_uid():
    before = read("invite_greenhouse_reschedule_seq0.ics").interviews[0]
    after = read("invite_greenhouse_reschedule_seq2.ics").interviews[0]
    assert before.uid == after.uid == "gh-interview-8823410-3314@greenhouse.io"
    assert (before.sequence, after.sequence) == (0, 2)
    assert when(before)[1:] == ("2026-12-03T16:00:00+00:00", "2026-12-03T16:30:00+00:00", "America/Chicago")
    assert when(after)[1:] == ("2026-12-04T19:30:00+00:00", "2026-12-04T20:15:00+00:00", "America/Chicago")
    assert after.video_link == "https://us06web.zoom.us/j/83922105577?pwd=dkJ3aGZyQ1RwV0pQd1lYc1B0bWx2Zz09"
    assert (after.company, after.role) == ("Initech", "Site Reliability Engineer")
    assert "scheduled through Greenhouse" in after.reason


def test_duration_replaces_a_missing_end_and_no_end_gets_the_default_length():
    reading = read("invite_missing_dtend_duration.ics")
    by_duration, by_default = reading.interviews
    assert when(by_duration)[1:] == ("2026-12-02T09:30:00+00:00", "2026-12-02T10:00:00+00:00", "Europe/London")
    assert by_default.end - by_default.start == DEFAULT_LENGTH
    assert reading.warnings == [
        "Event 'Hiring manager chat - Northwind Traders' has no end time; it was given the default length of 60 minutes."
    ]
    assert [f.company for f in reading.interviews] == ["Northwind Traders", "Northwind Traders"]


def test_floating_time_is_read_in_the_calendars_zone():
    facts = read("invite_floating_time.ics").interviews[0]
    assert when(facts)[1:] == ("2026-12-07T09:00:00+00:00", "2026-12-07T10:00:00+00:00", "Europe/Paris")
    assert facts.is_interview  # "Entretien d'embauche"


def test_floating_time_without_calendar_zone_is_read_in_the_users_zone():
    in_copenhagen = read("invite_floating_time_no_calendar_zone.ics").interviews[0]
    in_new_york = read("invite_floating_time_no_calendar_zone.ics", user_zone="America/New_York").interviews[0]
    assert when(in_copenhagen)[1:] == ("2026-12-14T13:30:00+00:00", "2026-12-14T14:30:00+00:00", "Europe/Copenhagen")
    assert when(in_new_york)[1:] == ("2026-12-14T19:30:00+00:00", "2026-12-14T20:30:00+00:00", "America/New_York")


def test_all_day_events_cover_the_users_whole_day():
    onsite, travel = read("invite_all_day.ics").interviews
    assert when(onsite)[1:] == ("2026-12-09T23:00:00+00:00", "2026-12-10T23:00:00+00:00", "Europe/Copenhagen")
    assert when(travel)[1:] == ("2026-12-08T23:00:00+00:00", "2026-12-09T23:00:00+00:00", "Europe/Copenhagen")
    assert onsite.is_interview and not travel.is_interview


def test_weekly_series_skips_exdate_and_the_overridden_occurrence():
    facts = read("invite_rrule_with_override.ics").interviews
    series = [f for f in facts if f.sequence == 0]
    (moved,) = [f for f in facts if f.sequence == 1]
    assert [f.start.isoformat() for f in series] == [
        "2026-11-02T16:00:00+00:00",
        "2026-11-09T16:00:00+00:00",  # 16 Nov is an EXDATE, 23 Nov was moved
        "2026-11-30T16:00:00+00:00",
        "2026-12-07T16:00:00+00:00",
        "2026-12-14T16:00:00+00:00",
        "2026-12-21T16:00:00+00:00",
    ]
    assert [f.recurrence_id for f in series] == [f.start.isoformat() for f in series]
    assert when(moved) == (
        "Candidate office hours (moved to Tuesday) - Vandelay Industries",
        "2026-11-24T17:00:00+00:00", "2026-11-24T17:30:00+00:00", "Europe/Berlin",
    )
    assert moved.recurrence_id == "2026-11-23T16:00:00+00:00"
    assert {f.uid for f in facts} == {"vandelay-office-hours@vandelay.de"}


def test_series_window_follows_now():
    later = read("invite_rrule_with_override.ics", now=datetime(2027, 6, 1, tzinfo=timezone.utc)).interviews
    # long after the series ended: its last occurrence, plus the explicit override
    assert [f.start.isoformat() for f in later] == ["2026-12-21T16:00:00+00:00", "2026-11-24T17:00:00+00:00"]


def test_extra_dates_add_occurrences_to_whole_day_and_timed_events():
    facts = read("invite_rdate_extra_dates.ics").interviews
    assert [(f.title.split(" - ")[0], f.start.isoformat(), f.end.isoformat(), f.recurrence_id) for f in facts] == [
        ("Assessment centre", "2026-12-01T00:00:00+00:00", "2026-12-02T00:00:00+00:00", "2026-12-01"),
        ("Assessment centre", "2026-12-03T00:00:00+00:00", "2026-12-04T00:00:00+00:00", "2026-12-03"),
        ("Assessment centre", "2026-12-05T00:00:00+00:00", "2026-12-06T00:00:00+00:00", "2026-12-05"),
        ("Panel interview slot", "2026-12-07T10:00:00+00:00", "2026-12-07T11:00:00+00:00", "2026-12-07T10:00:00+00:00"),
        ("Panel interview slot", "2026-12-08T15:00:00+00:00", "2026-12-08T16:00:00+00:00", "2026-12-08T15:00:00+00:00"),
    ]


def test_event_without_start_is_named_and_the_other_is_read():
    reading = read("invite_event_without_start.ics")
    assert reading.errors == ["Event 'Second round - Pied Piper' has no start time (DTSTART is missing) and was skipped."]
    assert [f.title for f in reading.interviews] == ["Phone screen - Pied Piper"]


def test_undefined_zone_falls_back_to_the_calendars_zone_first():
    reading = read("invite_unknown_zone.ics")
    assert when(reading.interviews[0])[1:] == ("2026-12-09T18:00:00+00:00", "2026-12-09T19:00:00+00:00", "America/Denver")
    assert reading.warnings == [
        "Event 'Technical interview - Soylent': the time zone 'Mars Standard Time' is neither defined in the file "
        "nor a known zone name; its times were read in America/Denver (the calendar's zone). Check the time."
    ]


def test_calendly_booking_reads_company_from_the_hosts_domain():
    facts = read("invite_calendly_zoom_phone_screen.ics").interviews[0]
    assert (facts.title, facts.company, facts.role) == ("Jane Doe and Riley Chen", "Hooli", "")
    assert facts.video_link == "https://us06web.zoom.us/j/81234567890?pwd=QmFzZTY0RXhhbXBsZQ"
    assert facts.is_interview
    assert "Calendly" in facts.reason and '"Phone Screen"' in facts.reason


def test_lever_invite_from_a_robot_takes_the_company_from_the_interviewers():
    facts = read("invite_lever_webex_panel.ics").interviews[0]
    assert facts.organizer_email == "no-reply@hire.lever.co"
    assert [c.name for c in facts.contacts] == ["Peter Gibbons", "Samir Nagheenanajar", "Michael Bolton"]
    assert (facts.company, facts.role) == ("Initrode", "Staff Data Engineer")
    assert facts.video_link == "https://initrode.webex.com/initrode/j.php?MTID=m4f1c2b3a5d6e7f8091a2b3c4d5e6f708"
    assert facts.is_interview and "Lever" in facts.reason


def test_german_exchange_invite():
    facts = read("invite_german_vorstellungsgespraech.ics").interviews[0]
    assert when(facts)[1:] == ("2026-12-03T09:00:00+00:00", "2026-12-03T10:00:00+00:00", "Europe/Berlin")
    assert (facts.company, facts.role) == ("Stark Industries", "Werkstudent Data Engineering")
    assert facts.is_interview and '"Vorstellungsgespräch"' in facts.reason
    assert "teams.microsoft.com/l/meetup-join/" in facts.video_link


def test_interview_the_user_sits_on_at_work_is_not_their_interview():
    facts = read("invite_same_domain_internal_interview.ics", user_email="jane.doe@globex.com").interviews[0]
    assert facts.is_interview is False
    assert "your own organisation (globex.com)" in facts.reason
    assert "jane.doe@globex.com" not in [c.email for c in facts.contacts]


def test_lines_that_are_not_icalendar_are_dropped_with_a_warning():
    reading = read("invite_garbage_lines.ics")
    assert reading.method == "REQUEST"  # the header's other lines still count
    assert [f.title for f in reading.interviews] == ["Final round interview - Hooli", "Debrief call with Riley - Hooli"]
    assert reading.warnings == [
        "A line in the calendar's header is not iCalendar and was ignored: "
        "'This line was pasted into the file by a mail program and is '.",
        "Event 'Debrief call with Riley - Hooli': a line that is not iCalendar was ignored "
        "(Content line could not be parsed into parts: 'Sent from my phone': Invalid content line).",
    ]


def test_truncated_file_keeps_the_complete_events_and_names_the_cut_one():
    reading = read("invite_truncated.ics")
    assert [f.title for f in reading.interviews] == ["Phone screen - Hooli", "Technical interview - Hooli"]
    assert reading.errors == [
        "The file is cut off: Event 'Final round - Hooli' is incomplete and was skipped; "
        "the complete events before it were read."
    ]


@pytest.mark.corpus
def test_calendar_without_end_is_reported_as_cut_off():
    reading = read("icalendar/small_bad_calendar.ics")
    assert reading.interviews == []
    assert reading.errors == [
        "An event without a title or UID has no start time (DTSTART is missing) and was skipped.",
        "The file is cut off: it ends without END:VCALENDAR, so events after the last complete one may be missing.",
    ]


@pytest.mark.parametrize(
    ("name", "errors"),
    marking_corpus_files([
        ("invite_no_events.ics", ["The calendar has no events (no VEVENT) to import."]),
        ("icalendar/issue_1050_empty_calendar.ics", ["The calendar has no events (no VEVENT) to import."]),
        ("invite_not_icalendar.ics", [
            "This is not an iCalendar (.ics) file: it should start with BEGIN:VCALENDAR, but it starts with "
            "'From: Riley Chen <riley.chen@hooli.com>'."
        ]),
        ("icalendar/broken_dtstart.ics", [
            "The event with UID 'test-123' was skipped: its start time (DTSTART) could not be read ('INVALID-DATE')."
        ]),
        ("icalendar/issue_1081_invalid_start_and_end.ics", [
            "Event 'Test' was skipped: its start time (DTSTART) could not be read ('INVALID-DATE')."
        ]),
        ("icalendar/rfc_7986_conferences.ics", [
            "An event without a title or UID has no start time (DTSTART is missing) and was skipped."
        ]),
        ("icalendar/issue_1050_multiple_calendars.ics", [
            "Event 'Event 1' has no start time (DTSTART is missing) and was skipped.",
            "Event 'Event 2' has no start time (DTSTART is missing) and was skipped.",
        ]),
    ]),
)
def test_unreadable_files_say_what_is_wrong(name, errors):
    reading = read(name)
    assert reading.interviews == []
    assert reading.errors == errors


def test_a_reply_to_an_invitation_is_not_an_invitation():
    text = (INVITES / "invite_google_meet_two_interviewers.ics").read_text(encoding="utf-8")
    facts = read_invite(text.replace("METHOD:REQUEST", "METHOD:REPLY"), now=NOW).interviews[0]
    assert facts.is_interview is False
    assert facts.reason == "Not an interview invitation: this file answers one (METHOD:REPLY), it does not invite you."


def test_empty_input_and_html_are_refused_by_name():
    assert read_invite(b"", now=NOW).errors == ["The file is empty: there is no calendar in it."]
    assert read_invite("<html><body>Interview</body></html>", now=NOW).errors == [
        "This is not an iCalendar (.ics) file: it should start with BEGIN:VCALENDAR, but it starts with "
        "'<html><body>Interview</body></html>'."
    ]


def test_unknown_user_zone_setting_falls_back_to_utc_with_a_warning():
    reading = read("invite_floating_time_no_calendar_zone.ics", user_zone="Atlantis/Capital")
    assert reading.interviews[0].start.isoformat() == "2026-12-14T14:30:00+00:00"
    assert reading.warnings == ["Your time zone setting 'Atlantis/Capital' is not a known zone; UTC was used."]


def test_windows_1252_bytes_are_decoded():
    text = (INVITES / "invite_floating_time.ics").read_text(encoding="utf-8")
    facts = read_invite(text.replace("Globex", "Société Générale").encode("cp1252"), now=NOW).interviews[0]
    assert facts.title == "Entretien d'embauche - Société Générale"


# --- whatever the bytes, a reading and never a traceback -------------------------------------

ALL_FIXTURES = sorted(path.name for path in INVITES.glob("*.ics"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(ALL_FIXTURES), cut=st.floats(min_value=0, max_value=1), noise=st.binary(max_size=40))
def test_any_cut_or_garbled_file_gives_a_reading(name, cut, noise):
    data = (INVITES / name).read_bytes()
    position = int(len(data) * cut)
    reading = read_invite(data[:position] + noise, now=NOW, user_email=USER_EMAIL, user_zone=USER_ZONE)
    assert reading.interviews or reading.errors
    for facts in reading.interviews:
        assert facts.start.utcoffset().total_seconds() == 0 and facts.start < facts.end
        assert facts.reason


def test_a_team_mailbox_organiser_is_a_recruiter_not_an_interviewer():
    calendar = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:team-1@example.com\r\n"
        "DTSTART:20261202T150000Z\r\nDTEND:20261202T160000Z\r\nSUMMARY:Interview: Data Engineer - Initech\r\n"
        "ORGANIZER;CN=Recruiting Team:mailto:jobs@initech.example\r\n"
        "ATTENDEE;CN=Sam Ortiz:mailto:sam.ortiz@initech.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    [interview] = read_invite(calendar, now=datetime(2026, 11, 23, tzinfo=timezone.utc)).interviews
    assert {(c.name, c.kind) for c in interview.contacts} == {("Recruiting Team", "recruiter"), ("Sam Ortiz", "interviewer")}


def test_attendees_who_declined_or_delegated_are_not_among_the_people_met():
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:panel-1@initech.example\r\n"
           "DTSTAMP:20261101T000000Z\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
           "SUMMARY:Panel interview with Initech\r\nORGANIZER;CN=Recruiting:mailto:jobs@initech.example\r\n"
           "ATTENDEE;CN=Dana Lee;PARTSTAT=ACCEPTED:mailto:dana@initech.example\r\n"
           "ATTENDEE;CN=Sam Ortiz;PARTSTAT=DECLINED:mailto:sam@initech.example\r\n"
           "ATTENDEE;CN=Lee Chen;PARTSTAT=DELEGATED;DELEGATED-TO=\"mailto:ana@initech.example\":mailto:lee@initech.example\r\n"
           "ATTENDEE;CN=Ana Ruiz;PARTSTAT=NEEDS-ACTION;DELEGATED-FROM=\"mailto:lee@initech.example\":mailto:ana@initech.example\r\n"
           f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:{USER_EMAIL}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    [facts] = read_invite(ics.encode(), now=NOW, user_email=USER_EMAIL, user_zone=USER_ZONE).interviews
    assert {person.name for person in facts.contacts} == {"Recruiting", "Dana Lee", "Ana Ruiz"}


def _organised_by_ana(description: str) -> str:
    folded = description.replace("\n", "\\n")
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:ana-1@initech.example\r\n"
            "DTSTAMP:20261101T000000Z\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
            "SUMMARY:Interview: Data Engineer - Initech\r\nORGANIZER;CN=Ana Souza:mailto:ana.souza@initech.example\r\n"
            "ATTENDEE;CN=Ben Ortiz;PARTSTAT=ACCEPTED:mailto:ben.ortiz@initech.example\r\n"
            f"ATTENDEE;CN=Me;PARTSTAT=ACCEPTED:mailto:{USER_EMAIL}\r\nDESCRIPTION:{folded}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.mark.parametrize("description", [
    "A conversation with Ana (Engineering Manager) and Ben (Staff Engineer) about the role.",
    "You will meet Ana Souza and Ben Ortiz from the data team.",
    "Interviewers: Ben Ortiz, Ana Souza\nAgenda: systems design.",
    # in the other languages invites are read in
    "Ihre Gesprächspartner sind Ana Souza und Ben Ortiz.",
    "Vous aurez un échange avec Ana et Ben.",
    "Tendrás una entrevista con Ana y Ben.",
])
def test_an_organiser_the_description_names_among_those_met_is_an_interviewer(description):
    [facts] = read_invite(_organised_by_ana(description).encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert {(c.name, c.kind) for c in facts.contacts} == {("Ana Souza", "interviewer"), ("Ben Ortiz", "interviewer")}


def test_a_mailing_list_is_no_one_to_thank_and_someone_copied_for_information_is_not_met():
    ics = _organised_by_ana("").replace(
        "ATTENDEE;CN=Ben Ortiz", "ATTENDEE;CN=Data Panel;CUTYPE=GROUP:mailto:panel@initech.example\r\n"
        "ATTENDEE;CN=Kai Moss;ROLE=NON-PARTICIPANT:mailto:kai@initech.example\r\nATTENDEE;CN=Ben Ortiz")
    [facts] = read_invite(ics.encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert {(c.name, c.kind) for c in facts.contacts} == {
        ("Ana Souza", "recruiter"), ("Kai Moss", "recruiter"), ("Ben Ortiz", "interviewer")}


def test_the_users_own_name_in_the_title_is_not_the_company():
    # Sent by a meeting service, no one else invited: the title's two names are the company and the user.
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:own-name@zoom.example\r\n"
           "DTSTAMP:20261101T000000Z\r\nDTSTART:20261210T150000Z\r\nDTEND:20261210T160000Z\r\n"
           "SUMMARY:Initech Labs <> Robin: Final round interview\r\nORGANIZER;CN=Zoom:mailto:no-reply@zoom.us\r\n"
           f"ATTENDEE;CN=Robin Park;PARTSTAT=ACCEPTED:mailto:{USER_EMAIL}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    [facts] = read_invite(ics.encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert facts.company == "Initech Labs"


def test_an_organiser_who_only_signs_the_description_stays_the_recruiter():
    description = "You will meet Ben Ortiz from the data team. Looking forward to it!\nBest,\nAna"
    [facts] = read_invite(_organised_by_ana(description).encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert {(c.name, c.kind) for c in facts.contacts} == {("Ana Souza", "recruiter"), ("Ben Ortiz", "interviewer")}


def test_a_company_only_the_organisers_address_spells_is_a_guess():
    spelled = _organised_by_ana("A conversation with Ben.").replace("SUMMARY:Interview: Data Engineer - Initech", "SUMMARY:Interview")
    [facts] = read_invite(spelled.encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert (facts.company, facts.guessed) == ("Initech", {"company": "from the organiser's e-mail address"})

    [written] = read_invite(_organised_by_ana("A conversation with Ben.").encode(), now=NOW, user_email=USER_EMAIL).interviews
    assert (written.company, written.guessed) == ("Initech", {})
