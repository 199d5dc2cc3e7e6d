"""Applications through the API: create, list, detail, edit, delete, outcomes."""

import pytest

from companion.store.models import Activity, Application, Outcome


def make(client, **fields):
    response = client.post("/api/applications", json={"company": "Acme", "title": "Engineer", **fields})
    assert response.status_code == 201, response.json
    return response.json


def test_create_list_and_detail(client):
    created = make(client, location="Berlin", job_url="https://jobs.example/1")
    listed = client.get("/api/applications").json["applications"]
    assert [a["id"] for a in listed] == [created["id"]]
    detail = client.get(f"/api/applications/{created['id']}").json
    assert detail["company"] == "Acme" and detail["location"] == "Berlin"
    assert detail["interviews"] == [] and detail["followups"] == []
    assert detail["activity"][0]["summary"] == "Added Engineer at Acme by hand"


def test_edit_marks_fields_as_the_users(client, db):
    created = make(client)
    response = client.patch(f"/api/applications/{created['id']}", json={"title": "Staff Engineer", "decision_by": "2026-12-04"})
    assert response.status_code == 200
    assert response.json["title"] == "Staff Engineer" and response.json["decision_by"] == "2026-12-04"
    stored = Application.get_by_id(created["id"])
    assert "title" in stored.user_edited and "decision_by" in stored.user_edited


def test_delete_removes_application_and_its_rows(client, db):
    created = make(client)
    client.post("/api/contacts", json={"application_id": created["id"], "name": "Dana Lee"})
    assert client.delete(f"/api/applications/{created['id']}").status_code == 200
    assert client.get(f"/api/applications/{created['id']}").status_code == 404
    assert Application.select().count() == 0
    assert Activity.select().where(Activity.kind == "deleted").count() == 1


def test_outcome_changes_status_and_dates(client, db):
    created = make(client)
    response = client.post(f"/api/applications/{created['id']}/outcomes",
                           json={"outcome": "replied", "decision_by": "2026-12-10", "at": "2026-11-20T10:00:00+01:00"})
    assert response.status_code == 201
    assert response.json["decision_by"] == "2026-12-10"
    outcome = Outcome.get()
    assert outcome.kind == "replied" and outcome.at.isoformat() == "2026-11-20T09:00:00+00:00"


def test_applied_sets_applied_on(client):
    created = make(client)
    response = client.post(f"/api/applications/{created['id']}/outcomes", json={"outcome": "applied", "at": "2026-11-02T12:00:00Z"})
    assert response.json["status"] == "applied" and response.json["applied_on"] == "2026-11-02"


def test_applied_on_is_the_day_in_the_users_zone(client):
    client.patch("/api/settings", json={"zone": "America/Los_Angeles"})
    created = make(client)
    # 18:00 on Friday 2 January in Los Angeles is already 3 January in UTC.
    response = client.post(f"/api/applications/{created['id']}/outcomes",
                           json={"outcome": "applied", "at": "2026-01-02T18:00:00-08:00"})
    assert response.json["applied_on"] == "2026-01-02"
    follow_up = client.get(f"/api/applications/{created['id']}").json["followups"][0]
    # R11: 7 days after Friday 2 January is Friday 9 January, 09:00 in Los Angeles.
    assert (follow_up["kind"], follow_up["due"]) == ("application_follow_up", "2026-01-09T17:00:00+00:00")


def test_applied_at_the_end_of_the_calendar_keeps_the_utc_day(client):
    client.patch("/api/settings", json={"zone": "Pacific/Kiritimati"})  # UTC+14: already year 10000 there
    created = make(client)
    response = client.post(f"/api/applications/{created['id']}/outcomes",
                           json={"outcome": "applied", "at": "9999-12-31T23:00:00Z"})
    assert response.status_code == 201 and response.json["applied_on"] == "9999-12-31"


def test_accepting_an_offer_withdraws_the_other_open_applications(client):
    chosen = make(client, company="Chosen")
    other = make(client, company="Other", status="interviewing")
    make(client, company="Closed", status="rejected")
    make(client, company="Bookmarked", status="saved")
    client.post(f"/api/applications/{chosen['id']}/outcomes", json={"outcome": "accepted"})
    statuses = {a["company"]: a["status"] for a in client.get("/api/applications").json["applications"]}
    assert statuses == {"Chosen": "accepted", "Other": "withdrew", "Closed": "rejected", "Bookmarked": "saved"}
    timeline = client.get(f"/api/applications/{other['id']}").json["activity"]
    assert any("accepted the offer from Engineer at Chosen" in entry["summary"] for entry in timeline)


def test_still_interested_turns_on_long_decision(client):
    created = make(client)
    response = client.post(f"/api/applications/{created['id']}/outcomes", json={"outcome": "still_interested"})
    assert response.json["long_decision"] is True


def test_unknown_outcome_is_refused_by_name(client, unchanged):
    created = make(client)
    with unchanged():
        response = client.post(f"/api/applications/{created['id']}/outcomes", json={"outcome": "ghosted"})
    assert response.status_code == 400
    assert response.json["error"]["field"] == "outcome"


def interviewing(client, company: str) -> int:
    """An application with one interview, with an interviewer, behind it."""
    application = make(client, company=company, status="applied")
    person = client.post("/api/contacts", json={"application_id": application["id"], "name": "Dana Lee"}).json
    client.post("/api/interviews", json={"application_id": application["id"], "start": "2026-03-10T14:00:00Z",
                                         "end": "2026-03-10T15:00:00Z", "participant_ids": [person["id"]]})
    return application["id"]


def plan_of(client, application_id: int) -> list[tuple[str, str]]:
    """The application's follow-ups by kind and status, without ids or times."""
    followups = client.get(f"/api/applications/{application_id}").json["followups"]
    return sorted((f["kind"], f["status"]) for f in followups)


def record_by_outcome_and_by_edit(client, status: str, make_application) -> tuple[int, int]:
    """The same application twice, one given the outcome `status`, the other the status by hand."""
    by_outcome = make_application()
    client.post(f"/api/applications/{by_outcome}/outcomes", json={"outcome": status})
    by_edit = make_application()
    response = client.patch(f"/api/applications/{by_edit}", json={"status": status, "notes": "changed by hand"})
    assert (response.status_code, response.json["status"], response.json["notes"]) == (200, status, "changed by hand")
    assert Outcome.get(Outcome.application == by_edit).kind == status
    return by_outcome, by_edit


@pytest.mark.parametrize("status", ["rejected", "offer", "withdrew"])
def test_setting_an_outcome_status_by_hand_has_the_outcomes_effects(client, status):
    by_outcome, by_edit = record_by_outcome_and_by_edit(client, status, lambda: interviewing(client, "Acme"))
    assert plan_of(client, by_edit) == plan_of(client, by_outcome)


def test_rejected_by_hand_plans_the_thank_you_anyway_note(client):
    application_id = interviewing(client, "Acme")
    client.patch(f"/api/applications/{application_id}", json={"status": "rejected"})
    assert ("thank_you_anyway", "pending") in plan_of(client, application_id)


def test_applied_by_hand_sets_applied_on_and_plans_the_application_follow_up(client):
    by_outcome, by_edit = record_by_outcome_and_by_edit(client, "applied", lambda: make(client)["id"])
    assert plan_of(client, by_edit) == plan_of(client, by_outcome) == [("application_follow_up", "pending")]
    assert Application.get_by_id(by_edit).applied_on == Application.get_by_id(by_outcome).applied_on


def test_accepted_by_hand_withdraws_the_other_applications(client):
    pairs = []
    for record in ("outcome", "edit"):
        chosen, other = interviewing(client, "Chosen"), interviewing(client, "Other")
        if record == "outcome":
            client.post(f"/api/applications/{chosen}/outcomes", json={"outcome": "accepted"})
        else:
            client.patch(f"/api/applications/{chosen}", json={"status": "accepted"})
        pairs.append((chosen, other))
    (chosen_1, other_1), (chosen_2, other_2) = pairs
    assert client.get(f"/api/applications/{other_2}").json["status"] == "withdrew"
    assert ("withdrawal", "pending") in plan_of(client, other_2)
    assert (plan_of(client, chosen_2), plan_of(client, other_2)) == (plan_of(client, chosen_1), plan_of(client, other_1))


def test_interviewing_by_hand_stays_a_plain_edit(client, db):
    created = make(client)
    response = client.patch(f"/api/applications/{created['id']}", json={"status": "interviewing"})
    assert response.json["status"] == "interviewing"
    assert Outcome.select().count() == 0
    assert "status" in Application.get_by_id(created["id"]).user_edited


def test_an_outcome_sent_twice_by_the_outbox_is_recorded_once(client):
    application = client.post("/api/applications", json={"company": "Initech", "title": "Engineer", "status": "applied"}).json
    body = {"outcome": "replied", "at": "2026-11-20T10:00:00Z", "client_id": "offline-outcome-1"}
    first = client.post(f"/api/applications/{application['id']}/outcomes", json=body)
    again = client.post(f"/api/applications/{application['id']}/outcomes", json=body)
    assert first.status_code == again.status_code == 201
    detail = client.get(f"/api/applications/{application['id']}").json
    assert [entry["summary"] for entry in detail["activity"] if entry["kind"] == "outcome"] == ["Recorded: replied"]
