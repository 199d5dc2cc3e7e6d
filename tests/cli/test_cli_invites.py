"""`interview-companion import FILE... [--json] [--dry-run] [--force]`."""

from __future__ import annotations

import json

import pytest

from companion.config import load_config
from companion.store.db import open_database
from companion.services.settings_edits import update_settings
from companion.store.models import Interview, database
from fixture_files import INVITES, invite_file


@pytest.fixture
def home(home):
    """The CLI's data directory, with the user's email set (invites leave the user out of the people met)."""
    open_database(load_config(home))
    with database.connection_context():
        update_settings({"email": "jane.doe@gmail.com"})
    return home


def stored_interviews(home) -> list[tuple[str, str]]:
    open_database(load_config(home))
    with database.connection_context():
        return [(i.title, i.status) for i in Interview.select().order_by(Interview.id)]


def test_import_prints_what_it_did_and_a_second_run_changes_nothing(home, run):
    path = str(INVITES / "invite_google_meet_two_interviewers.ics")
    code, out, _ = run("import", path)
    assert code == 0
    assert out.splitlines() == [
        f"{path}: 1 event (REQUEST)",
        "  imported #1: Interview with Acme Robotics for Senior Backend Engineer, Tue 01 Dec 2026 14:00 America/New_York",
        '    Looks like an interview: the title says "Interview"; the description says "interview"; '
        "only people from acme-robotics.com and you are invited.",
    ]
    code, out, _ = run("import", path)
    assert code == 0 and "  already imported #1: Interview with Acme Robotics" in out
    assert stored_interviews(home) == [("Interview with Acme Robotics for Senior Backend Engineer", "scheduled")]


@pytest.mark.corpus
def test_json_says_per_event_whether_it_is_an_interview_why_and_what_was_read(home, run):
    code, out, _ = run("import", "--json", str(INVITES / "invite_missing_dtend_duration.ics"),
                       str(invite_file("apple_macos_attendees.ics")))
    assert code == 0
    files = json.loads(out)["files"]
    northwind, apple = files
    assert northwind["warnings"] == [
        "Event 'Hiring manager chat - Northwind Traders' has no end time; it was given the default length of 60 minutes."
    ]
    call = northwind["events"][0]
    assert {key: call[key] for key in ("title", "start", "end", "zone", "company", "is_interview", "action")} == {
        "title": "Recruiter call with Northwind Traders", "start": "2026-12-02T09:30:00+00:00",
        "end": "2026-12-02T10:00:00+00:00", "zone": "Europe/London", "company": "Northwind Traders",
        "is_interview": True, "action": "created",
    }
    assert call["reason"].startswith('Looks like an interview: the title says "Recruiter call"')
    assert call["contacts"] == [{"name": "Olivia Hart", "email": "olivia.hart@northwind.co.uk", "title": "",
                                 "linkedin_url": "", "kind": "interviewer"}]
    assert [(e["title"], e["is_interview"], e["action"]) for e in apple["events"]] == [
        ("Tentative", False, "skipped_not_interview"), ("Confirmed", False, "skipped_not_interview"),
        ("Cancelled", False, "skipped_not_interview"), ("No Status", False, "skipped_not_interview"),
    ]
    assert all(e["reason"].startswith("Not an interview: ") for e in apple["events"])


def test_dry_run_stores_nothing(home, run):
    code, out, _ = run("import", "--dry-run", str(INVITES / "invite_calendly_zoom_phone_screen.ics"))
    assert code == 0 and "  would import: Jane Doe and Riley Chen, Mon 30 Nov 2026 17:00 UTC" in out
    assert stored_interviews(home) == []


@pytest.mark.corpus
def test_force_imports_ordinary_meetings(home, run):
    code, _, _ = run("import", "--force", str(invite_file("icalendar_timezone_same_start.ics")))
    assert code == 0 and stored_interviews(home) == [("Test 4", "scheduled")]


def test_reschedule_and_cancel_from_files(home, run):
    run("import", str(INVITES / "invite_outlook_windows_zone_request.ics"))
    code, out, _ = run("import", str(INVITES / "invite_outlook_windows_zone_cancel.ics"))
    assert code == 0 and "  cancelled #1: Canceled: Contoso | Technical Interview | Data Engineer" in out
    assert stored_interviews(home) == [("Contoso | Technical Interview | Data Engineer", "cancelled")]


def test_bad_and_missing_files_are_named_the_good_events_still_imported(home, run, tmp_path):
    missing = tmp_path / "nowhere.ics"
    code, out, err = run("import", str(INVITES / "invite_truncated.ics"), str(INVITES / "invite_not_icalendar.ics"),
                         str(missing))
    assert code == 1 and err == ""
    assert "  error: The file is cut off: Event 'Final round - Hooli' is incomplete and was skipped;" in out
    assert "  error: This is not an iCalendar (.ics) file: it should start with BEGIN:VCALENDAR" in out
    assert f"  error: cannot read {missing}: No such file or directory" in out
    assert stored_interviews(home) == [("Phone screen - Hooli", "scheduled"), ("Technical interview - Hooli", "scheduled")]
