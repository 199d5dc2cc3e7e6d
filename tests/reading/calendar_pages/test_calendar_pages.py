"""Calendar web pages: Google Calendar and Outlook on the web, from hand-made fixture pages
(see fixtures/calendar_pages/README.md), and the shared date, time and zone reading."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from companion.reading.calendar_pages import google_calendar, outlook_calendar
from companion.reading.calendar_pages.common import parse_when, zone_from_label
from companion.domain.facts import Snapshot
from companion.reading.invites.reader import read_invite
from fixture_files import CALENDAR_PAGES, INVITES

PAGES = CALENDAR_PAGES
GOOGLE_WEEK = "https://calendar.google.com/calendar/u/0/r/week/2026/11/30"
GOOGLE_EDIT = (
    "https://calendar.google.com/calendar/u/0/r/eventedit/"
    "N2hxMm01azljMXY0YjhuM3g2ejBwMnI0dDZfMjAyNjEyMDlUMTUwMDAwWiBqYW5lLmRvZUBt"
)
OUTLOOK_ITEM = (
    "https://outlook.office.com/calendar/item/"
    "AAMkADk0ZjM5NTY3LTA4YWItNDM3Zi1hNjEzLTQ3ZDkwMjFjNjZlNgBGAAAAAAB%2BsJ3y%2FXcQR7K9fDmR0pLhBwD5%3D"
)


def capture(module, name: str, url: str):
    return module.extract(Snapshot(url=url, html=(PAGES / name).read_text(encoding="utf-8")))


def people(facts) -> list[tuple[str, str, str]]:
    return [(c.name, c.email, c.kind) for c in facts.contacts]


@pytest.mark.parametrize(
    ("module", "url", "handled"),
    [
        (google_calendar, "https://calendar.google.com/calendar/u/0/r/week", True),
        (google_calendar, "https://calendar.google.com/calendar/u/1/r/eventedit/abc", True),
        (google_calendar, "https://www.google.com/search?q=calendar", False),
        (google_calendar, "https://calendar.google.com.evil.example/calendar", False),
        (outlook_calendar, "https://outlook.office.com/calendar/view/week", True),
        (outlook_calendar, "https://outlook.office365.com/calendar/item/AAMk", True),
        (outlook_calendar, "https://outlook.live.com/calendar/0/view/month", True),
        (outlook_calendar, "https://outlook.office.com/owa/?path=/calendar/item&ItemID=AAMk", True),
        (outlook_calendar, "https://outlook.office.com/mail/inbox", False),
        (outlook_calendar, "https://boards.greenhouse.io/acme/jobs/1", False),
    ],
)
def test_each_reader_names_the_addresses_it_reads(module, url, handled):
    assert module.handles(url) is handled


def test_google_event_dialog():
    extraction = capture(google_calendar, "google_calendar_week_event_dialog_meet.html", GOOGLE_WEEK)
    assert (extraction.extractor, extraction.confidence, extraction.missing, extraction.errors) == ("google_calendar", 0.9, [], [])
    (facts,) = extraction.interviews
    assert facts.title == "Interview with Acme Robotics for Senior Backend Engineer"
    # "2:00 – 3:00pm" in the grid's GMT-05
    assert (facts.start.isoformat(), facts.end.isoformat(), facts.zone) == (
        "2026-12-01T19:00:00+00:00", "2026-12-01T20:00:00+00:00", "Etc/GMT+5",
    )
    assert (facts.company, facts.role) == ("Acme Robotics", "Senior Backend Engineer")
    assert facts.video_link == "https://meet.google.com/xmp-vqzd-kro?authuser=0&hs=122"
    assert (facts.uid, facts.recurrence_id) == ("3k9d2f8h1m4n6p0q7r5s2t8v1w@google.com", "")
    assert facts.organizer_email == "dana.lee@acme-robotics.com"
    # the signed-in user and the room are left out
    assert people(facts) == [
        ("Dana Lee", "dana.lee@acme-robotics.com", "recruiter"),
        ("Priya Natarajan", "priya.natarajan@acme-robotics.com", "interviewer"),
        ("Sam Okafor", "sam.okafor@acme-robotics.com", "interviewer"),
    ]
    assert facts.is_interview and facts.reason.startswith('Looks like an interview: the title says "Interview"')


def test_google_dialog_and_the_emailed_invite_name_the_same_interview():
    page = capture(google_calendar, "google_calendar_week_event_dialog_meet.html", GOOGLE_WEEK).interviews[0]
    invite = read_invite((INVITES / "invite_google_meet_two_interviewers.ics").read_bytes(),
                         now=datetime(2026, 11, 23, tzinfo=timezone.utc), user_email="jane.doe@gmail.com").interviews[0]
    assert (page.uid, page.start, page.end) == (invite.uid, invite.start, invite.end)
    assert people(page) == people(invite)


def test_google_dialog_without_a_year_in_the_address_takes_it_from_the_events_chip():
    extraction = capture(google_calendar, "google_calendar_week_event_dialog_meet.html", "https://calendar.google.com/calendar/u/0/r")
    assert extraction.interviews[0].start.isoformat() == "2026-12-01T19:00:00+00:00"


def test_google_edit_page_of_one_occurrence():
    extraction = capture(google_calendar, "google_calendar_eventedit_zoom_recurring_instance.html", GOOGLE_EDIT)
    assert (extraction.confidence, extraction.missing) == (0.85, [])
    (facts,) = extraction.interviews
    assert facts.title == "Hooli – Onsite interview (virtual), part 2"
    assert (facts.start.isoformat(), facts.end.isoformat(), facts.zone) == (
        "2026-12-09T15:00:00+00:00", "2026-12-09T16:30:00+00:00", "Europe/Berlin",
    )
    assert (facts.uid, facts.recurrence_id) == ("7hq2m5k9c1v4b8n3x6z0p2r4t6@google.com", "2026-12-09T15:00:00+00:00")
    assert (facts.company, facts.role) == ("Hooli", "Staff Infrastructure Engineer")
    assert facts.location == "Hooli HQ, 1 Hooli Way, Palo Alto (or Zoom)"
    assert facts.video_link == "https://hooli.zoom.us/j/94455566677?pwd=SG9vbGlFeGFtcGxl"
    assert [c.name for c in facts.contacts] == ["Riley Chen", "Gavin Belson", "Nelson Bighetti"]
    assert facts.is_interview


@pytest.mark.parametrize(
    ("module", "name", "url", "reason"),
    [
        (google_calendar, "google_calendar_month_no_event_open.html", "https://calendar.google.com/calendar/u/0/r/month/2026/12/1",
         "no event is open on this Google Calendar page: click the event (or open its edit page) and capture again"),
        (outlook_calendar, "outlook_office_week_no_event_open.html", "https://outlook.office.com/calendar/view/week",
         "no event is open on this Outlook page: open the event from the calendar and capture again"),
    ],
)
def test_a_calendar_with_no_event_open_says_what_to_do(module, name, url, reason):
    extraction = capture(module, name, url)
    assert (extraction.extractor, extraction.found_anything, extraction.reason) == (module.NAME, False, reason)


def test_outlook_reading_pane():
    extraction = capture(outlook_calendar, "outlook_office_reading_pane_teams.html", OUTLOOK_ITEM)
    assert (extraction.extractor, extraction.confidence, extraction.missing) == ("outlook_calendar", 0.85, [])
    (facts,) = extraction.interviews
    assert facts.title == "Contoso | Technical Interview | Data Engineer"
    assert (facts.start.isoformat(), facts.end.isoformat(), facts.zone) == (
        "2026-12-08T17:30:00+00:00", "2026-12-08T18:30:00+00:00", "America/Los_Angeles",
    )
    assert facts.uid == "outlook:AAMkADk0ZjM5NTY3LTA4YWItNDM3Zi1hNjEzLTQ3ZDkwMjFjNjZlNgBGAAAAAAB+sJ3y/XcQR7K9fDmR0pLhBwD5="
    assert (facts.company, facts.role, facts.location) == ("Contoso", "Data Engineer", "Microsoft Teams Meeting")
    assert facts.video_link.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjFiYTk0")
    assert people(facts) == [
        ("Morgan Blake", "morgan.blake@contoso.com", "recruiter"),
        ("Chris Ng", "chris.ng@contoso.com", "interviewer"),
    ]
    assert facts.is_interview


def test_outlook_uk_quick_view_reads_day_first_and_flags_the_missing_zone():
    extraction = capture(outlook_calendar, "outlook_live_quick_view_en_gb_no_zone.html", "https://outlook.live.com/calendar/0/view/week")
    (facts,) = extraction.interviews
    # 03/12/2026 is 3 December; with no zone on the page the wall-clock time is kept as is
    assert (facts.start.isoformat(), facts.end.isoformat(), facts.zone) == (
        "2026-12-03T10:00:00+00:00", "2026-12-03T11:00:00+00:00", "",
    )
    assert extraction.missing == ["zone"]
    assert extraction.errors == [
        "the page does not say which time zone its times are in; they are read in your time zone setting"
    ]
    assert (facts.company, facts.role) == ("Stark Industries", "Werkstudent Data Engineering")
    assert facts.video_link == "https://stark.webex.com/meet/greta.vogel"
    assert people(facts) == [("Greta Vogel", "greta.vogel@stark-industries.de", "interviewer")]
    assert facts.uid == ""  # a quick view over the week has no item address


def test_time_elements_with_offsets_beat_the_text():
    html = (
        '<main role="main"><span role="heading">Onsite - Umbrella Corp</span>'
        '<time datetime="2026-12-10T09:00:00-05:00">Thu 9 AM</time> to <time datetime="2026-12-10T12:00:00-05:00">noon</time>'
        '<div aria-label="Organizer: Alice"><span title="alice@umbrella-corp.com">Alice Abernathy</span></div></main>'
    )
    extraction = outlook_calendar.extract(Snapshot(url="https://outlook.office.com/calendar/item/AAMk1", html=html))
    (facts,) = extraction.interviews
    assert (facts.start.isoformat(), facts.end.isoformat(), facts.zone) == (
        "2026-12-10T14:00:00+00:00", "2026-12-10T17:00:00+00:00", "Etc/GMT+5",
    )
    assert extraction.missing == ["role"]


def test_an_empty_or_unreadable_page_is_answered_not_raised():
    for module, url in ((google_calendar, GOOGLE_WEEK), (outlook_calendar, OUTLOOK_ITEM)):
        extraction = module.extract(Snapshot(url=url, html=""))
        assert extraction.interviews == [] and extraction.reason


def test_an_open_event_whose_time_cannot_be_read_says_so():
    html = '<div role="dialog" data-eventid="x"><span role="heading">Phone screen</span><div>sometime soon</div></div>'
    extraction = google_calendar.extract(Snapshot(url=GOOGLE_WEEK, html=html))
    assert extraction.interviews == []
    assert extraction.reason == "the event 'Phone screen' is open, but its date and time could not be read from the page"
    assert extraction.missing == ["start", "end"]


@pytest.mark.parametrize(
    ("eid", "decoded"),
    [
        ("M2s5ZDJmOGgxbTRuNnAwcTdyNXMydDh2MXcgamFuZS5kb2VAbQ",
         ("3k9d2f8h1m4n6p0q7r5s2t8v1w@google.com", "", "jane.doe@gmail.com")),
        ("N2hxMm01azljMXY0YjhuM3g2ejBwMnI0dDZfMjAyNjEyMDlUMTUwMDAwWiBqYW5lLmRvZUBt",
         ("7hq2m5k9c1v4b8n3x6z0p2r4t6@google.com", "2026-12-09T15:00:00+00:00", "jane.doe@gmail.com")),
        ("", ("", "", "")),
        ("not base64!", ("", "", "")),
    ],
)
def test_google_event_ids_decode_to_the_invite_uid(eid, decoded):
    assert google_calendar.decode_eid(eid) == decoded


@pytest.mark.parametrize(
    ("text", "year", "day_first", "start", "end"),
    [
        ("Tuesday, December 1⋅2:00 – 3:00pm", 2026, False, "2026-12-01 14:00", "2026-12-01 15:00"),
        ("Tuesday, December 1⋅11:30am – 12:30pm", 2026, False, "2026-12-01 11:30", "2026-12-01 12:30"),
        ("Tuesday, December 1⋅11:30 – 12:30pm", 2026, False, "2026-12-01 11:30", "2026-12-01 12:30"),
        ("Tue 12/8/2026 9:30 AM - 10:30 AM", None, False, "2026-12-08 09:30", "2026-12-08 10:30"),
        ("Thu 03/12/2026 10:00 - 11:00", None, True, "2026-12-03 10:00", "2026-12-03 11:00"),
        ("December 1, 2026, 11:00pm – December 2, 2026, 12:30am", None, False, "2026-12-01 23:00", "2026-12-02 00:30"),
        ("Tuesday 1 December 2026 23:00 – 00:30", None, True, "2026-12-01 23:00", "2026-12-02 00:30"),
        ("2026-12-01 14:00 - 15:15", None, False, "2026-12-01 14:00", "2026-12-01 15:15"),
    ],
)
def test_date_and_time_text_as_the_apps_show_it(text, year, day_first, start, end):
    assert parse_when(text, year, day_first) == (datetime.fromisoformat(start), datetime.fromisoformat(end))


@pytest.mark.parametrize(
    "text",
    ["Tuesday, December 1⋅2:00 – 3:00pm", "Call me at 3pm", "Meeting room 12/8", "All day"],
)
def test_text_without_a_full_date_and_range_is_not_a_time(text):
    assert parse_when(text, None, False) is None


@pytest.mark.parametrize(
    ("label", "zone"),
    [
        ("GMT-05", "Etc/GMT+5"),
        ("GMT+01:00", "Etc/GMT-1"),
        ("(GMT+01:00) Central European Time - Berlin", "Europe/Berlin"),
        ("(UTC-08:00) Pacific Time (US & Canada)", "America/Los_Angeles"),
        ("America/Chicago", "America/Chicago"),
        ("Eastern Standard Time", "America/New_York"),
        ("GMT+05:30", None),
        ("", None),
    ],
)
def test_zone_labels(label, zone):
    found = zone_from_label(label, 2026)
    assert (found.name if found else None) == zone


def test_an_event_that_names_no_company_has_the_one_its_address_spells_as_a_guess():
    page = (PAGES / "google_calendar_week_event_dialog_meet.html").read_text(encoding="utf-8")
    untitled = page.replace("Interview with Acme Robotics for Senior Backend Engineer", "Interview")
    (facts,) = google_calendar.extract(Snapshot(url=GOOGLE_WEEK, html=untitled)).interviews
    assert (facts.company, facts.guessed) == ("Acme Robotics", {"company": "from the organiser's e-mail address"})
    (named,) = capture(google_calendar, "google_calendar_week_event_dialog_meet.html", GOOGLE_WEEK).interviews
    assert named.guessed == {}
