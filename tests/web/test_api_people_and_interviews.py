"""Contacts and interviews through the API, added and edited by hand."""

import pytest

from companion.store.models import Application


def application(client):
    return client.post("/api/applications", json={"company": "Acme", "title": "Engineer", "status": "applied"}).json


def test_contact_create_list_edit(client):
    app_id = application(client)["id"]
    created = client.post("/api/contacts", json={"application_id": app_id, "name": "Dana Lee", "email": "dana@acme.example", "kind": "recruiter"})
    assert created.status_code == 201
    contact_id = created.json["id"]
    assert [c["name"] for c in client.get(f"/api/contacts?application_id={app_id}").json["contacts"]] == ["Dana Lee"]
    edited = client.patch(f"/api/contacts/{contact_id}", json={"title": "Talent Partner"})
    assert edited.json["title"] == "Talent Partner"
    assert client.get(f"/api/contacts/{contact_id}").json["kind"] == "recruiter"


def test_contact_needs_a_name_or_email(client, unchanged):
    with unchanged():
        response = client.post("/api/contacts", json={"kind": "interviewer"})
    assert response.status_code == 400 and response.json["error"]["field"] == "name"


def test_interview_by_hand_moves_application_to_interviewing(client, db):
    app_id = application(client)["id"]
    contact = client.post("/api/contacts", json={"application_id": app_id, "name": "Sam Ortiz"}).json
    response = client.post("/api/interviews", json={
        "application_id": app_id, "title": "Technical round", "start": "2026-11-24T15:00:00+01:00",
        "end": "2026-11-24T16:00:00+01:00", "zone": "Europe/Berlin", "participant_ids": [contact["id"]]})
    assert response.status_code == 201, response.json
    interview = response.json
    assert interview["start"] == "2026-11-24T14:00:00+00:00" and interview["round"] == 1
    assert [p["name"] for p in interview["participants"]] == ["Sam Ortiz"]
    assert Application.get_by_id(app_id).status == "interviewing"


def test_interview_notes_and_reschedule(client):
    app_id = application(client)["id"]
    interview = client.post("/api/interviews", json={
        "application_id": app_id, "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"}).json
    response = client.patch(f"/api/interviews/{interview['id']}", json={
        "notes": "Talked about the migration to Postgres", "start": "2026-11-25T14:00:00Z", "end": "2026-11-25T15:00:00Z"})
    assert response.json["notes"] == "Talked about the migration to Postgres"
    assert response.json["start"] == "2026-11-25T14:00:00+00:00"
    listed = client.get(f"/api/interviews?application_id={app_id}").json["interviews"]
    assert [i["id"] for i in listed] == [interview["id"]]


def test_interview_end_before_start_is_refused(client, unchanged):
    app_id = application(client)["id"]
    with unchanged():
        response = client.post("/api/interviews", json={
            "application_id": app_id, "start": "2026-11-24T15:00:00Z", "end": "2026-11-24T14:00:00Z"})
    assert response.status_code == 400 and response.json["error"]["field"] == "end"


@pytest.mark.parametrize("zone", ["Mars/Olympus", "America", "Europe/"])
def test_interview_unknown_zone_is_refused(client, unchanged, zone):
    app_id = application(client)["id"]
    interview = client.post("/api/interviews", json={
        "application_id": app_id, "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"}).json
    with unchanged():
        created = client.post("/api/interviews", json={
            "application_id": app_id, "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z", "zone": zone})
        edited = client.patch(f"/api/interviews/{interview['id']}", json={"zone": zone})
    for response in (created, edited):
        assert response.status_code == 400 and response.json["error"]["field"] == "zone"
        assert repr(zone) in response.json["error"]["message"]


def test_interview_with_unknown_participant_writes_nothing(client, unchanged):
    app_id = application(client)["id"]
    with unchanged():
        response = client.post("/api/interviews", json={
            "application_id": app_id, "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z", "participant_ids": [999]})
    assert response.status_code == 404


def test_contacts_and_interviews_list_by_application(client):
    acme, initech = application(client)["id"], application(client)["id"]
    for app_id, name in ((acme, "Dana Lee"), (initech, "Sam Ortiz")):
        client.post("/api/contacts", json={"application_id": app_id, "name": name})
        client.post("/api/interviews", json={"application_id": app_id, "title": f"Meeting {name}",
                                             "start": "2026-11-24T14:00:00Z", "end": "2026-11-24T15:00:00Z"})
    contacts = client.get(f"/api/contacts?application_id={initech}").json["contacts"]
    interviews = client.get(f"/api/interviews?application_id={initech}").json["interviews"]
    assert [c["name"] for c in contacts] == ["Sam Ortiz"]
    assert [i["title"] for i in interviews] == ["Meeting Sam Ortiz"]
    assert len(client.get("/api/contacts").json["contacts"]) == len(client.get("/api/interviews").json["interviews"]) == 2


def open_follow_ups(client, application_id: int) -> dict[str, int | None]:
    """Each open follow-up's key and the contact it is for."""
    followups = client.get(f"/api/applications/{application_id}").json["followups"]
    return {f["key"]: (f["contact"] or {}).get("id") for f in followups if f["status"] in ("pending", "snoozed")}


def references_requested(client, application_id: int) -> None:
    client.post(f"/api/applications/{application_id}/outcomes", json={"outcome": "references_requested"})


def test_moving_a_reference_to_another_application_re_plans_the_one_it_left(client):
    first, second = application(client)["id"], application(client)["id"]
    reference = client.post("/api/contacts", json={"application_id": first, "name": "Ana Ruiz", "kind": "reference"}).json
    references_requested(client, first)
    assert reference["id"] in open_follow_ups(client, first).values()

    client.patch(f"/api/contacts/{reference['id']}", json={"application_id": second})
    assert open_follow_ups(client, first) == {f"reference-heads-up/application-{first}": None}


def test_one_of_your_references_becoming_an_interviewer_leaves_no_heads_up_behind(client):
    application_id = application(client)["id"]
    reference = client.post("/api/contacts", json={"name": "Ana Ruiz", "kind": "reference"}).json
    references_requested(client, application_id)
    assert reference["id"] in open_follow_ups(client, application_id).values()

    client.patch(f"/api/contacts/{reference['id']}", json={"kind": "interviewer"})
    assert open_follow_ups(client, application_id) == {f"reference-heads-up/application-{application_id}": None}


def test_a_reference_leaving_your_own_list_for_one_application_leaves_the_others(client):
    first, second = application(client)["id"], application(client)["id"]
    reference = client.post("/api/contacts", json={"name": "Ana Ruiz", "kind": "reference"}).json
    references_requested(client, first)
    references_requested(client, second)

    client.patch(f"/api/contacts/{reference['id']}", json={"application_id": second})
    assert reference["id"] not in open_follow_ups(client, first).values()
    assert reference["id"] in open_follow_ups(client, second).values()


def test_a_person_met_in_another_process_is_no_longer_thanked_once_they_are_a_reference(client):
    met_at, known_from = application(client)["id"], application(client)["id"]
    omar = client.post("/api/contacts", json={"application_id": known_from, "name": "Omar Haddad"}).json
    client.post("/api/interviews", json={"application_id": met_at, "start": "2040-03-13T14:00:00Z",
                                         "end": "2040-03-13T15:00:00Z", "participant_ids": [omar["id"]]})
    assert omar["id"] in open_follow_ups(client, met_at).values()

    client.patch(f"/api/contacts/{omar['id']}", json={"kind": "reference"})
    assert omar["id"] not in open_follow_ups(client, met_at).values()


def test_a_tracked_job_page_is_known_by_its_address(client):
    created = client.post("/api/applications", json={
        "company": "Anthropic", "title": "ML Systems Engineer", "status": "applied", "applied_on": "2040-03-01",
        "job_url": "https://boards.greenhouse.io/anthropic/jobs/4182383008"}).json
    Application.update(board="greenhouse", board_job_id="4182383008").where(Application.id == created["id"]).execute()
    for url in ("https://boards.greenhouse.io/anthropic/jobs/4182383008?utm_source=linkedin#apply",
                "https://boards.greenhouse.io/anthropic/jobs/4182383008/"):
        found = client.get("/api/applications/lookup", query_string={"url": url}).json
        assert found["application"]["id"] == created["id"] and found["application"]["status"] == "applied"
        assert found["next"]["what"] == "Follow up on your application"
    elsewhere = client.get("/api/applications/lookup", query_string={"url": "https://jobs.example/4182383008"}).json
    assert elsewhere == {"application": None, "next": None}
    wrong = client.get("/api/applications/lookup", query_string={"url": "javascript:alert(1)"})
    assert wrong.status_code == 400 and wrong.json["error"]["field"] == "url"
