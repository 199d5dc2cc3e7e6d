"""The debrief after an interview, through the API and the service: who came gets a thank-you with
their own words, who did not gets none, the heard date times check-in #1, and saving again edits."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from companion.services import debriefs
from companion.store.models import Contact, FollowUp, Interview, Outcome

LONDON = ZoneInfo("Europe/London")


def last_friday_evening() -> datetime:
    """The latest Friday 17:00 in London before now: an interview that just ended, on a Friday."""
    now = datetime.now(LONDON)
    friday = now.date() - timedelta(days=(now.weekday() - 4) % 7)
    end = datetime(friday.year, friday.month, friday.day, 17, 0, tzinfo=LONDON)
    return end if end <= now else end - timedelta(days=7)


@pytest.fixture
def panel(client) -> dict:
    """Alex in London interviewed at Acme with Dana Lee and Lee Chen, ending last Friday at 17:00."""
    client.patch("/api/settings", json={"zone": "Europe/London", "locale": "en-GB", "name": "Alex Morgan",
                                        "email": "alex@example.org"})
    application = client.post("/api/applications", json={"company": "Acme", "title": "Data Engineer",
                                                         "status": "applied"}).json
    dana = client.post("/api/contacts", json={"application_id": application["id"], "name": "Dana Lee",
                                              "email": "dana@acme.example"}).json
    lee = client.post("/api/contacts", json={"application_id": application["id"], "name": "Lee Chén"}).json
    end = last_friday_evening()
    interview = client.post("/api/interviews", json={
        "application_id": application["id"], "start": (end - timedelta(hours=1)).isoformat(), "end": end.isoformat(),
        "zone": "Europe/London", "participant_ids": [dana["id"], lee["id"]]}).json
    return {"application": application["id"], "dana": dana["id"], "lee": lee["id"], "interview": interview["id"],
            "end": end}


def debrief(client, panel, **body):
    return client.post(f"/api/interviews/{panel['interview']}/debrief", json=body)


def by_key(client, panel) -> dict[str, dict]:
    return {f["key"]: f for f in client.get(f"/api/applications/{panel['application']}").json["followups"]}


def draft(client, follow_up: dict) -> str:
    return client.get(f"/api/followups/{follow_up['id']}/draft").json["body"]


FULL = {
    "people": [{"name": "Dana Lee", "attended": True, "notes": "Asked how I would test a payments migration."},
               {"name": "Sam Ruiz", "email": "sam.ruiz@acme.example", "title": "Engineering Lead", "attended": True,
                "notes": "Described the team's on-call rotation."},
               {"name": "lee chen", "attended": False}],
    "forgot": "I led our last two database migrations.",
    "heard_by": "by Friday", "references_requested": False, "another_round": False, "rating": 4,
}


def test_a_debrief_thanks_who_came_in_their_own_words_and_times_the_check_in(client, panel):
    answer = debrief(client, panel, **FULL)
    assert answer.status_code == 200, answer.json

    # Said on a Friday evening, "by Friday" is the Friday after.
    heard = panel["end"].date() + timedelta(days=7)
    saved = answer.json["debrief"]
    assert (saved["heard_by"], saved["heard_words"], saved["rating"]) == (heard.isoformat(), "by Friday", 4)
    assert {p["name"]: p["attended"] for p in saved["people"]} == {"Dana Lee": True, "Lee Chén": False,
                                                                   "Sam Ruiz": True}
    thanks = {f["contact"]["name"]: f for f in answer.json["thank_yous"]}
    assert set(thanks) == {"Dana Lee", "Sam Ruiz"}
    dana, sam = draft(client, thanks["Dana Lee"]), draft(client, thanks["Sam Ruiz"])
    assert "you asked how I would test a payments migration." in dana and "on-call" not in dana
    assert "you described the team's on-call rotation." in sam and "payments" not in sam
    for body in (dana, sam):
        assert "One thing I did not get to mention: I led our last two database migrations." in body

    follow_ups = by_key(client, panel)
    interview = panel["interview"]
    assert follow_ups[f"thank-you/interview-{interview}/contact-{panel['lee']}"]["status"] == "cancelled"
    assert follow_ups[f"debrief/interview-{interview}"]["status"] == "done"
    # Check-in #1: two business days after the heard Friday, the Tuesday, at 09:00 in London.
    check_in = follow_ups[f"check-in-1/application-{panel['application']}/interview-{interview}/decision-by-{heard}"]
    tuesday = datetime(heard.year, heard.month, heard.day, 9, tzinfo=LONDON) + timedelta(days=4)
    assert datetime.fromisoformat(check_in["due"]) == tuesday
    timeline = [entry["summary"] for entry in client.get(f"/api/applications/{panel['application']}").json["activity"]]
    assert "Debrief saved; not there: Lee Chén (no thank-you)" in timeline


def test_saving_again_edits_without_duplicates_and_follows_a_renamed_person(client, panel):
    first = debrief(client, panel, **FULL).json
    sam = next(p for p in first["debrief"]["people"] if p["name"] == "Sam Ruiz")
    ids = {f["key"]: f["id"] for f in by_key(client, panel).values()}
    again = dict(FULL, people=[
        {"name": "Samuel Ruiz", "email": "SAM.RUIZ@acme.example", "attended": True, "notes": "Walked me through on-call."},
        {"contact_id": panel["dana"], "name": "Dana Lee-Okafor", "attended": True},  # renamed, notes kept
    ])
    second = debrief(client, panel, **again).json
    people = {p["contact_id"]: p for p in second["debrief"]["people"]}
    assert people[sam["contact_id"]]["name"] == "Samuel Ruiz"
    assert people[panel["dana"]]["name"] == "Dana Lee-Okafor"
    assert people[panel["dana"]]["notes"] == "Asked how I would test a payments migration."
    assert Contact.select().where(Contact.application == panel["application"]).count() == 3
    assert {f["key"]: f["id"] for f in by_key(client, panel).values() if f["key"] in ids} == ids


def test_a_heard_date_already_past_makes_the_check_in_due_now(client, panel):
    heard = panel["end"].date() + timedelta(days=1)  # the Saturday after the interview
    answer = debrief(client, panel, heard_by=heard.isoformat())
    assert answer.json["debrief"]["heard_by"] == heard.isoformat()
    check_ins = [f for f in by_key(client, panel).values() if f["kind"] == "check_in_1" and f["status"] == "pending"]
    # Two business days after a Saturday: Tuesday, 09:00 in London: in the past by now, so due at once.
    tuesday = datetime(heard.year, heard.month, heard.day, 9, tzinfo=LONDON) + timedelta(days=3)
    assert [datetime.fromisoformat(f["due"]) for f in check_ins] == [tuesday]


def test_a_debrief_after_the_thank_you_was_sent_reopens_nothing(client, panel):
    thanks = by_key(client, panel)[f"thank-you/interview-{panel['interview']}/contact-{panel['dana']}"]
    client.post(f"/api/followups/{thanks['id']}/mark", json={"action": "done"})
    debrief(client, panel, people=[{"contact_id": panel["dana"], "attended": False}])
    assert by_key(client, panel)[thanks["key"]]["status"] == "done"
    debrief(client, panel, people=[{"contact_id": panel["dana"], "attended": True, "notes": "Asked about dbt."}])
    assert by_key(client, panel)[thanks["key"]]["status"] == "done"


def test_references_start_the_heads_ups_and_another_round_holds_the_check_ins(client, panel, db):
    debrief(client, panel, references_requested=True, another_round=True)
    debrief(client, panel, references_requested=True, another_round=True)  # saved twice: asked once
    follow_ups = by_key(client, panel)
    assert [f["kind"] for f in follow_ups.values() if f["kind"] == "reference_heads_up"] == ["reference_heads_up"]
    assert not [f for f in follow_ups.values() if f["kind"] == "check_in_1" and f["status"] == "pending"]
    assert [o.kind for o in Outcome.select().where(Outcome.application == panel["application"])] == [
        "references_requested"]


@pytest.mark.parametrize(("body", "field"), [
    ({"people": [{"name": "Dana Lee"}, {"name": "Sam", "email": "not-an-address"}]}, "people[1].email"),
    ({"people": [{"attended": True}]}, "people[0]"),
    ({"people": [{"contact_id": 999999, "attended": True}]}, "people"),
    ({"heard_by": "when the stars align"}, "heard_by"),
    ({"heard_by": "2026-02-30"}, "heard_by"),
    ({"rating": 7}, "rating"),
    ({"mood": "great"}, "mood"),
])
def test_a_wrong_body_is_a_400_naming_the_field_and_changes_nothing(client, panel, unchanged, body, field):
    with unchanged():
        answer = debrief(client, panel, **body)
    assert answer.status_code == 400
    assert answer.json["error"]["field"] == field


def test_an_unknown_interview_is_a_404(client, panel):
    assert client.post("/api/interviews/999999/debrief", json={}).status_code == 404
    assert client.get("/api/interviews/999999/debrief").status_code == 404


def test_a_cancelled_interview_has_no_debrief(client, panel, unchanged):
    client.patch(f"/api/interviews/{panel['interview']}", json={"status": "cancelled"})
    with unchanged():
        answer = debrief(client, panel, rating=3)
    assert answer.status_code == 409
    assert f"debrief/interview-{panel['interview']}" not in {
        key for key, f in by_key(client, panel).items() if f["status"] == "pending"}


def test_the_words_heard_are_read_from_the_interviews_end_in_the_users_locale(db, panel):
    interview = Interview.get_by_id(panel["interview"])
    saved = debriefs.save_debrief(interview, {"heard_by": "03/04/2030"}, [])
    assert saved.heard_by.isoformat() == "2030-04-03"  # en-GB: day first
    assert saved.heard_words == "03/04/2030"


def test_the_command_line_saves_the_same_json_and_lists_what_to_send(client, panel, data_dir, tmp_path, run):
    body = tmp_path / "debrief.json"
    body.write_text(json.dumps(FULL))
    code, out, err = run("debrief", str(panel["interview"]), "--from", str(body), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "Lee Chén: was not there" in out
    assert "Thank-you emails to send:" in out and "Thank-you email to Sam Ruiz" in out
    code, out, _ = run("debrief", str(panel["interview"]), "--json", "--data-dir", str(data_dir))
    assert code == 0 and json.loads(out)["debrief"]["rating"] == 4
    body.write_text("{not json")
    code, _, err = run("debrief", str(panel["interview"]), "--from", str(body), "--data-dir", str(data_dir))
    assert code != 0 and "is not JSON" in err
    assert FollowUp.select().count() > 0
