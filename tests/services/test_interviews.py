"""import_interviews on its own: every action it reports, dry runs, page captures, series."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from companion.domain.facts import ContactFacts, InterviewFacts
from companion.services.settings_edits import update_settings
from companion.store.models import Application, Contact, Interview, InterviewParticipant
from companion.services.interviews import import_interviews, read_invite_text
from fixture_files import INVITES

NOW = datetime(2026, 11, 23, 12, tzinfo=timezone.utc)


@pytest.fixture
def jane(db):
    update_settings({"email": "jane.doe@gmail.com", "zone": "Europe/Copenhagen"})


def facts_of(name: str) -> list[InterviewFacts]:
    return read_invite_text((INVITES / name).read_bytes(), now=NOW).interviews


def actions(reports) -> list[str]:
    return [report["action"] for report in reports]


def screen(**changes) -> InterviewFacts:
    base = InterviewFacts(
        start=datetime(2026, 12, 2, 18, tzinfo=timezone.utc),
        end=datetime(2026, 12, 2, 18, 30, tzinfo=timezone.utc),
        zone="UTC",
        title="Phone screen - Pied Piper",
        company="Pied Piper",
        uid="piedpiper-screen@piedpiper.com",
        organizer_email="monica.hall@piedpiper.com",
        contacts=[ContactFacts(name="Monica Hall", email="monica.hall@piedpiper.com")],
        reason="Looks like an interview: the title says \"Phone screen\".",
    )
    return dataclasses.replace(base, **changes)


def test_reports_say_what_happened_to_each_event(jane):
    first = import_interviews([screen()])
    assert first == [{
        "uid": "piedpiper-screen@piedpiper.com", "recurrence_id": "", "title": "Phone screen - Pied Piper",
        "is_interview": True, "reason": "Looks like an interview: the title says \"Phone screen\".",
        "action": "created", "interview_id": Interview.get().id, "application_id": Application.get().id,
    }]
    assert actions(import_interviews([screen()])) == ["unchanged"]
    later = screen().start + timedelta(hours=1)
    # same SEQUENCE: a different time is not taken, but what the stored one lacks is filled in
    assert actions(import_interviews([screen(start=later, end=later + timedelta(minutes=30))])) == ["ignored_stale"]
    assert actions(import_interviews([screen(location="Room 4")])) == ["updated"]
    assert actions(import_interviews([screen(location="Room 5")])) == ["ignored_stale"]
    assert actions(import_interviews([screen(location="Room 4", sequence=1)])) == ["updated"]
    assert actions(import_interviews([screen(sequence=0)])) == ["ignored_stale"]
    assert actions(import_interviews([screen(sequence=1, cancelled=True)])) == ["cancelled"]
    assert Interview.get().status == "cancelled" and Interview.get().location == "Room 4"
    assert actions(import_interviews([screen(uid="other", cancelled=True)])) == ["nothing_to_cancel"]


def test_a_new_request_after_a_cancel_reinstates_the_interview(jane):
    import_interviews([screen()])
    import_interviews([screen(sequence=1, cancelled=True)])
    assert actions(import_interviews([screen(sequence=2, start=datetime(2026, 12, 9, 18, tzinfo=timezone.utc),
                                             end=datetime(2026, 12, 9, 19, tzinfo=timezone.utc))])) == ["updated"]
    assert (Interview.get().status, Interview.get().start.isoformat()) == ("scheduled", "2026-12-09T18:00:00+00:00")


def test_not_interviews_are_skipped_unless_forced_but_a_known_uid_is_always_followed(jane):
    meeting = screen(is_interview=False, reason="Not an interview: ...", title="Sync")
    assert actions(import_interviews([meeting])) == ["skipped_not_interview"]
    assert Interview.select().count() == 0
    assert actions(import_interviews([meeting], force=True)) == ["created"]
    # the cancel of something already imported goes through whatever the verdict
    assert actions(import_interviews([dataclasses.replace(meeting, sequence=1, cancelled=True)])) == ["cancelled"]


def test_dry_run_reports_and_keeps_nothing(jane, unchanged):
    with unchanged():
        reports = import_interviews(facts_of("invite_google_meet_two_interviewers.ics"), dry_run=True)
    assert [(r["action"], r["interview_id"], r["application_id"]) for r in reports] == [("created", None, None)]
    import_interviews(facts_of("invite_greenhouse_reschedule_seq0.ics"))
    kept = Interview.get()
    with unchanged():
        reports = import_interviews(facts_of("invite_greenhouse_reschedule_seq2.ics"), dry_run=True)
    assert [(r["action"], r["interview_id"], r["application_id"]) for r in reports] == [
        ("updated", kept.id, kept.application_id)
    ]


def test_the_user_never_becomes_a_contact_and_people_are_upserted_by_email(jane):
    import_interviews([screen(contacts=[ContactFacts(name="", email="monica.hall@piedpiper.com"),
                                        ContactFacts(name="Jane", email="Jane.Doe@gmail.com")])])
    import_interviews([screen(uid="second-round", title="Second round - Pied Piper",
                              contacts=[ContactFacts(name="Monica Hall", email="MONICA.HALL@piedpiper.com"),
                                        ContactFacts(name="Richard", email="richard@piedpiper.com")])])
    assert [(c.name, c.email) for c in Contact.select().order_by(Contact.id)] == [
        ("Monica Hall", "monica.hall@piedpiper.com"),  # the name filled in later
        ("Richard", "richard@piedpiper.com"),
    ]
    assert InterviewParticipant.select().count() == 3
    assert Application.select().count() == 1


def test_page_capture_without_a_zone_is_read_in_the_users_zone(jane):
    wall_clock = screen(uid="outlook:item-1", zone="", start=datetime(2026, 12, 3, 10, tzinfo=timezone.utc),
                        end=datetime(2026, 12, 3, 11, tzinfo=timezone.utc))
    import_interviews([wall_clock], from_page=True)
    stored = Interview.get()
    assert (stored.start.isoformat(), stored.end.isoformat(), stored.zone) == (
        "2026-12-03T09:00:00+00:00", "2026-12-03T10:00:00+00:00", "Europe/Copenhagen",
    )


def test_a_page_shows_the_event_as_it_is_now_so_it_updates_at_the_same_sequence(jane):
    import_interviews([screen()], from_page=True)
    later = screen().start + timedelta(days=1)
    assert actions(import_interviews([screen(start=later, end=later + timedelta(minutes=30))], from_page=True)) == ["updated"]
    assert Interview.get().start == later


def test_events_without_uid_match_on_title_and_start(jane):
    assert actions(import_interviews([screen(uid="")])) == ["created"]
    assert actions(import_interviews([screen(uid="")])) == ["unchanged"]
    assert Interview.select().count() == 1


def test_a_series_is_one_interview_per_occurrence_and_a_series_cancel_reaches_all(jane):
    occurrences = facts_of("invite_rrule_with_override.ics")
    assert actions(import_interviews(occurrences, force=True)) == ["created"] * 7
    assert actions(import_interviews(occurrences, force=True)) == ["unchanged"] * 7
    series_cancel = dataclasses.replace(occurrences[0], recurrence_id="", sequence=2, cancelled=True)
    assert actions(import_interviews([series_cancel])) == ["cancelled"]
    assert {i.status for i in Interview.select()} == {"cancelled"}


def test_new_company_without_name_uses_the_event_title(jane):
    import_interviews([screen(company="", organizer_email="", contacts=[], title="Phone screen")])
    assert (Application.get().company, Application.get().title) == ("", "Phone screen")
