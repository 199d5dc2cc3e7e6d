"""The reminders .ics through the API: valid, stable UIDs, SEQUENCE up when moved; the token-guarded feed."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import icalendar
import vobject

from companion.services.follow_up_drafts import KEEP_FINISHED
from companion.store.models import FollowUp, utcnow
from companion.writing.reminders import calendar_problems


def exported(client) -> dict[str, icalendar.Event]:
    response = client.get("/api/export/reminders.ics")
    assert response.status_code == 200
    assert response.content_type == "text/calendar; charset=utf-8"
    assert calendar_problems(response.data) == []
    return {str(event["UID"]): event for event in icalendar.Calendar.from_ical(response.data).walk("VEVENT")}


def test_export_has_one_event_with_alarm_per_open_follow_up(client, interviewed):
    events = exported(client)
    open_keys = {f["key"] for f in client.get("/api/followups").json["followups"]}
    assert {uid.split("@")[0] for uid in events} == open_keys
    thanks = events[f"thank-you/interview-{interviewed['interview']}/contact-{interviewed['dana']}@interview-companion.local"]
    assert str(thanks["SUMMARY"]) == "Thank-you email to Dana Lee — Data Engineer at Acme"
    assert str(thanks["URL"]) == "https://jobs.example/acme/42"
    assert "To: dana@acme.example" in str(thanks["DESCRIPTION"])
    assert "Their move from batch jobs to Kafka" in str(thanks["DESCRIPTION"])
    assert [str(alarm["ACTION"]) for alarm in thanks.walk("VALARM")] == ["DISPLAY"]


def test_uids_stay_and_a_moved_follow_up_has_a_higher_sequence(client, interviewed):
    first = exported(client)
    client.patch(f"/api/interviews/{interviewed['interview']}",
                 json={"start": "2040-03-14T14:00:00+01:00", "end": "2040-03-14T15:00:00+01:00"})
    second = exported(client)
    assert set(second) == set(first)
    for uid in first:
        assert second[uid].decoded("SEQUENCE") > first[uid].decoded("SEQUENCE")
        assert second[uid].decoded("DTSTART") > first[uid].decoded("DTSTART")


def test_a_snoozed_follow_up_moves_in_the_calendar(client, interviewed):
    thanks = next(f for f in client.get("/api/followups").json["followups"] if f["kind"] == "thank_you_email")
    uid = f"{thanks['key']}@interview-companion.local"
    before = exported(client)[uid]
    client.post(f"/api/followups/{thanks['id']}/mark", json={"action": "snooze", "until": "2040-03-14T11:00:00Z"})
    after = exported(client)[uid]
    assert after.decoded("SEQUENCE") > before.decoded("SEQUENCE")
    assert after.decoded("DTSTART").isoformat() == "2040-03-14T11:00:00+00:00"


def test_a_follow_up_marked_done_is_cancelled_in_the_calendar_so_an_earlier_import_drops_it(client, interviewed):
    thanks = next(f for f in client.get("/api/followups").json["followups"] if f["kind"] == "thank_you_email")
    uid = f"{thanks['key']}@interview-companion.local"
    before = exported(client)[uid]
    client.post(f"/api/followups/{thanks['id']}/mark", json={"action": "done"})
    after = exported(client)[uid]  # re-parsed from the file by icalendar
    assert str(after["STATUS"]) == "CANCELLED"
    assert after.decoded("SEQUENCE") > before.decoded("SEQUENCE")
    assert after.walk("VALARM") == []
    # A second parser, written apart from the one that wrote the file, reads it the same way.
    events = {event.uid.value: event for event in
              vobject.readOne(client.get("/api/export/reminders.ics").data.decode()).vevent_list}
    assert events[uid].status.value == "CANCELLED"
    assert int(events[uid].sequence.value) == after.decoded("SEQUENCE")
    assert not hasattr(events[uid], "valarm")


def test_a_follow_up_finished_long_ago_leaves_the_file(client, interviewed, db):
    thanks = next(f for f in client.get("/api/followups").json["followups"] if f["kind"] == "thank_you_email")
    client.post(f"/api/followups/{thanks['id']}/mark", json={"action": "skipped"})
    FollowUp.update(updated_at=utcnow() - KEEP_FINISHED - timedelta(days=1)).where(FollowUp.id == thanks["id"]).execute()
    assert f"{thanks['key']}@interview-companion.local" not in exported(client)


def test_feed_opens_with_its_own_token_only(client, anonymous, interviewed):
    feed_url = client.get("/api/settings").json["calendar_feed_url"]
    parts = urlsplit(feed_url)
    assert (parts.scheme, parts.netloc, parts.path) == ("http", "127.0.0.1:8765", "/calendar.ics")
    feed_token = parse_qs(parts.query)["token"][0]

    response = anonymous.get("/calendar.ics", query_string={"token": feed_token})
    assert response.status_code == 200 and calendar_problems(response.data) == []
    assert response.data.count(b"BEGIN:VEVENT") == 4

    for token in ("", "wrong", client.token):
        refused = anonymous.get("/calendar.ics", query_string={"token": token})
        assert refused.status_code == 401 and refused.json["error"]["code"] == "unauthorized"
    # The feed token opens nothing else.
    assert anonymous.get("/api/followups", headers={"Authorization": f"Bearer {feed_token}"}).status_code == 401


def test_export_needs_the_pairing_token(anonymous):
    assert anonymous.get("/api/export/reminders.ics").status_code == 401
