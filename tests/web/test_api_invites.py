"""Invites end to end through the capture API: import once, reschedule, cancel, link, and a
broken file that imports its good events and writes nothing half-way."""

from __future__ import annotations


import pytest

from companion.services.settings_edits import update_settings
from companion.store.models import Activity, Application, Capture, Contact, Interview, InterviewParticipant
from companion.services import planning
from fixture_files import CALENDAR_PAGES, invite_file


def invite(name: str) -> str:
    return invite_file(name).read_text(encoding="utf-8")


def send(client, name: str, **extra):
    response = client.post("/api/captures", json={"ics": invite(name), **extra})
    assert response.status_code == 201, response.json
    return response.json


@pytest.fixture
def jane(db):
    """The user: her email and zone are in the settings, so she is never her own contact."""
    update_settings({"email": "jane.doe@gmail.com", "zone": "Europe/Copenhagen"})


@pytest.fixture
def replans(monkeypatch):
    """Every re-plan the import asks for, with the interviews as they were stored at that moment."""
    seen = []
    real = planning.replan

    def spy(application, *args, **kwargs):
        seen.append((application.id, [(i.uid, i.start.isoformat(), i.status) for i in application.interviews]))
        return real(application, *args, **kwargs)

    monkeypatch.setattr(planning, "replan", spy)
    return seen


def test_same_invite_twice_is_one_interview(client, jane):
    client.patch("/api/settings", json={"zone": "America/Chicago", "locale": "en-US"})
    first = send(client, "invite_google_meet_two_interviewers.ics")
    second = send(client, "invite_google_meet_two_interviewers.ics")
    assert first["capture"]["status"] == second["capture"]["status"] == "understood"
    assert Interview.select().count() == 1
    assert [i["id"] for i in first["interviews"]] == [i["id"] for i in second["interviews"]]
    interview = first["interviews"][0]
    assert (interview["title"], interview["start"], interview["end"], interview["zone"]) == (
        "Interview with Acme Robotics for Senior Backend Engineer",
        "2026-12-01T19:00:00+00:00", "2026-12-01T20:00:00+00:00", "America/New_York",
    )
    assert interview["video_link"] == "https://meet.google.com/xmp-vqzd-kro"
    assert [p["email"] for p in interview["participants"]] == [
        "dana.lee@acme-robotics.com", "priya.natarajan@acme-robotics.com", "sam.okafor@acme-robotics.com",
    ]
    application = first["application"]
    assert (application["company"], application["title"], application["status"]) == (
        "Acme Robotics", "Senior Backend Engineer", "interviewing",
    )
    assert Application.select().count() == 1 and Contact.select().count() == 3
    assert [a.summary for a in Activity.select().where(Activity.kind == "import")] == [
        # In the user's zone and locale, not as an ISO string.
        "Interview imported: Interview with Acme Robotics for Senior Backend Engineer, starts Tue, Dec 1, 1:00 PM CST"
    ]


def test_reschedule_moves_the_interview_in_place_and_replans(client, jane, replans):
    booked = send(client, "invite_greenhouse_reschedule_seq0.ics")["interviews"][0]
    moved = send(client, "invite_greenhouse_reschedule_seq2.ics")["interviews"][0]
    assert moved["id"] == booked["id"] and Interview.select().count() == 1
    assert (booked["start"], moved["start"], moved["end"], moved["sequence"]) == (
        "2026-12-03T16:00:00+00:00", "2026-12-04T19:30:00+00:00", "2026-12-04T20:15:00+00:00", 2,
    )
    # the planner saw the interview already moved, so the follow-ups it plans hang on the new time
    assert replans[-1] == (moved["application_id"], [(moved["uid"], "2026-12-04T19:30:00+00:00", "scheduled")])


def test_an_older_version_after_the_reschedule_is_ignored(client, jane):
    send(client, "invite_greenhouse_reschedule_seq0.ics")
    send(client, "invite_greenhouse_reschedule_seq2.ics")
    late = send(client, "invite_greenhouse_reschedule_seq0.ics")
    stored = Interview.get()
    assert (stored.start.isoformat(), stored.sequence) == ("2026-12-04T19:30:00+00:00", 2)
    assert late["capture"]["status"] == "understood"
    assert [r["action"] for r in Capture.get_by_id(late["capture"]["id"]).result["interviews"]] == ["ignored_stale"]


def test_cancel_cancels_the_interview_and_replans(client, jane, replans):
    booked = send(client, "invite_outlook_windows_zone_request.ics")["interviews"][0]
    cancelled = send(client, "invite_outlook_windows_zone_cancel.ics")["interviews"][0]
    assert cancelled["id"] == booked["id"]
    assert (booked["status"], cancelled["status"], cancelled["sequence"]) == ("scheduled", "cancelled", 1)
    assert replans[-1][1] == [(booked["uid"], "2026-12-08T17:30:00+00:00", "cancelled")]
    assert Activity.select().where(Activity.summary.startswith("Interview cancelled")).count() == 1


def test_a_cancel_for_an_unknown_interview_creates_nothing(client, jane):
    answer = send(client, "invite_outlook_windows_zone_cancel.ics")
    assert answer["capture"]["status"] == "not_understood"
    assert Interview.select().count() == 0 and Application.select().count() == 0


def test_invites_join_the_application_of_their_company(client, jane):
    existing = client.post("/api/applications", json={"company": "acme robotics", "status": "applied"}).json
    answer = send(client, "invite_google_meet_two_interviewers.ics")
    assert answer["application"]["id"] == existing["id"]
    assert Application.select().count() == 1
    assert Application.get_by_id(existing["id"]).status == "interviewing"


def test_invites_join_by_the_organisers_domain_when_the_name_differs(client, jane):
    existing = client.post("/api/applications", json={"company": "Initech LLC", "status": "applied"}).json
    client.post("/api/contacts", json={"application_id": existing["id"], "name": "Peggy", "email": "peggy@initech.com"})
    answer = send(client, "invite_greenhouse_reschedule_seq0.ics")
    assert answer["application"]["id"] == existing["id"]
    assert Application.select().count() == 1


@pytest.mark.corpus
def test_a_meeting_that_is_not_an_interview_is_kept_out_unless_forced(client, jane):
    skipped = send(client, "icalendar_timezone_same_start.ics")
    assert skipped["capture"]["status"] == "not_understood"
    assert skipped["message"].startswith("Nothing to import from this invite: none of its 1 events looks like an interview")
    assert Interview.select().count() == 0
    forced = send(client, "icalendar_timezone_same_start.ics", force=True)
    assert forced["capture"]["status"] == "understood"
    assert [i["title"] for i in forced["interviews"]] == ["Test 4"]


def test_broken_file_imports_its_good_events_and_reports_the_bad_one(client, jane):
    answer = send(client, "invite_truncated.ics")
    assert [i["title"] for i in answer["interviews"]] == ["Phone screen - Hooli", "Technical interview - Hooli"]
    stored = Capture.get_by_id(answer["capture"]["id"])
    assert stored.status == "understood"
    assert [r["action"] for r in stored.result["interviews"]] == ["created", "created"]
    assert stored.result["errors"] == [
        "The file is cut off: Event 'Final round - Hooli' is incomplete and was skipped; the complete events before it were read."
    ]


def test_not_an_invite_is_kept_and_explained(client, jane):
    answer = client.post("/api/captures", json={"ics": invite("invite_not_icalendar.ics")}).json
    assert answer["capture"]["status"] == "not_understood"
    assert answer["message"] == (
        "Nothing to import from this invite: This is not an iCalendar (.ics) file: it should start with "
        "BEGIN:VCALENDAR, but it starts with 'From: Riley Chen <riley.chen@hooli.com>'."
    )


def test_a_failure_half_way_through_a_file_leaves_nothing_of_it(client, jane, monkeypatch):
    created = []
    real_create = Interview.create

    def fail_on_second(**fields):
        if created:
            raise RuntimeError("disk full")
        created.append(fields)
        return real_create(**fields)

    monkeypatch.setattr(Interview, "create", staticmethod(fail_on_second))
    answer = send(client, "invite_truncated.ics")
    assert answer["capture"]["status"] == "error"
    assert answer["interviews"] == []
    assert (Interview.select().count(), Application.select().count(), Contact.select().count(),
            InterviewParticipant.select().count()) == (0, 0, 0, 0)


PAGES = CALENDAR_PAGES


def capture_page(client, name: str, url: str):
    response = client.post("/api/captures", json={"url": url, "title": "Google Calendar",
                                                  "html": (PAGES / name).read_text(encoding="utf-8")})
    assert response.status_code == 201, response.json
    return response.json


def test_a_calendar_page_and_the_emailed_invite_are_one_interview(client, jane):
    from_page = capture_page(client, "google_calendar_week_event_dialog_meet.html",
                             "https://calendar.google.com/calendar/u/0/r/week/2026/11/30")
    assert from_page["capture"]["status"] == "understood"
    assert from_page["capture"]["extractor"] == "google_calendar"
    from_invite = send(client, "invite_google_meet_two_interviewers.ics")
    assert [i["id"] for i in from_invite["interviews"]] == [i["id"] for i in from_page["interviews"]]
    assert Interview.select().count() == 1 and Application.select().count() == 1
    # the invite names the zone the page only showed as GMT-05
    assert Interview.get().zone == "America/New_York"


def test_a_page_without_a_zone_is_stored_in_the_users_zone(client, jane):
    answer = capture_page(client, "outlook_live_quick_view_en_gb_no_zone.html", "https://outlook.live.com/calendar/0/view/week")
    (interview,) = answer["interviews"]
    assert (interview["start"], interview["zone"]) == ("2026-12-03T09:00:00+00:00", "Europe/Copenhagen")
    assert answer["missing"] == ["zone"]


def test_a_calendar_page_with_no_event_open_says_what_to_open(client):
    page = (CALENDAR_PAGES / "google_calendar_month_no_event_open.html").read_text()
    answer = client.post("/api/captures", json={"url": "https://calendar.google.com/calendar/u/0/r/month", "html": page}).json
    assert answer["capture"]["status"] == "not_understood"
    assert answer["message"].startswith("No event is open on this Google Calendar page")
    assert "job" not in answer["message"]


def test_the_same_interviewer_in_two_rounds_is_one_contact_whatever_the_email_case(client, jane):
    def round_invite(uid: str, day: int, email: str) -> str:
        return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
                f"UID:{uid}\r\nDTSTART:202612{day:02d}T150000Z\r\nDTEND:202612{day:02d}T160000Z\r\n"
                "SUMMARY:Interview: Data Engineer - Initech\r\nORGANIZER;CN=Sam Ortiz:mailto:sam.ortiz@initech.example\r\n"
                f"ATTENDEE;CN=Sam Ortiz:mailto:{email}\r\nATTENDEE;CN=Jane Doe:mailto:jane.doe@gmail.com\r\n"
                "END:VEVENT\r\nEND:VCALENDAR\r\n")

    client.post("/api/captures", json={"ics": round_invite("round-1@initech.example", 2, "sam.ortiz@initech.example")})
    client.post("/api/captures", json={"ics": round_invite("round-2@initech.example", 9, "Sam.Ortiz@Initech.example")})
    assert [(c.name, c.email.lower()) for c in Contact.select()] == [("Sam Ortiz", "sam.ortiz@initech.example")]
    assert InterviewParticipant.select().count() == 2
    assert Activity.select().where(Activity.kind == "contact").count() == 1
