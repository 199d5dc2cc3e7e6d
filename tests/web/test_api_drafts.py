"""Drafts through the API: JSON with warnings and mailto, the .eml download, the user's own templates."""

from __future__ import annotations

import email
from email import policy

import pytest

from companion.store.models import Application


def follow_up(client, kind: str) -> dict:
    return next(f for f in client.get("/api/followups").json["followups"] if f["kind"] == kind)


def test_thank_you_draft_is_personal(client, interviewed):
    draft = client.get(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/draft").json
    assert set(draft) == {"subject", "body", "to", "warnings", "mailto"}
    assert draft["to"] == "dana@acme.example"
    assert draft["subject"] == "Thank you for the Data Engineer interview"
    for fact in ("Dear Dana,", "on Tuesday 13 March", "Data Engineer role at Acme", "batch jobs to Kafka",
                 "Sam Rivera"):
        assert fact in draft["body"]
    # The interview is in 2040: the draft is written for afterwards, and says so.
    assert draft["warnings"] == ["The interview on Tuesday 13 March has not happened yet: this draft is for afterwards."]
    assert draft["mailto"].startswith("mailto:dana@acme.example?subject=Thank%20you")


def test_unknown_names_become_placeholders_with_warnings(client):
    application = client.post("/api/applications", json={"company": "Initech", "title": "Analyst"}).json
    client.post("/api/interviews", json={"application_id": application["id"], "start": "2040-05-02T09:00:00Z",
                                         "end": "2040-05-02T10:00:00Z"})
    draft = client.get(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/draft").json
    assert draft["body"].startswith("Dear [interviewer's name],")
    assert "[your name]" in draft["body"]
    warnings = " ".join(draft["warnings"])
    assert "[interviewer's name]" in warnings and "[your name]" in warnings and "email address" in warnings


def test_eml_parses_with_the_right_headers_and_replies_in_the_thread(client, interviewed, db):
    Application.update(last_message_id="<CAF=42@mail.acme.example>",
                       last_message_subject="Your interview with Acme").execute()
    response = client.get(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/draft.eml")
    assert response.status_code == 200 and response.content_type == "message/rfc822"
    assert "attachment" in response.headers["Content-Disposition"]
    message = email.message_from_bytes(response.data, policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "dana@acme.example"
    assert message["From"].addresses[0].addr_spec == "sam@example.org"
    assert message["Subject"] == "Re: Your interview with Acme"
    assert message["In-Reply-To"] == message["References"] == "<CAF=42@mail.acme.example>"
    assert "Dear Dana," in message.get_content()


def test_a_linkedin_note_has_no_eml(client, interviewed):
    client.post(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/mark", json={"action": "done"})
    linkedin = follow_up(client, "linkedin_connect")
    assert linkedin["mailto"] is None
    response = client.get(f"/api/followups/{linkedin['id']}/draft.eml")
    assert response.status_code == 409 and response.json["error"]["code"] == "not_an_email"
    note = client.get(f"/api/followups/{linkedin['id']}/draft").json
    assert len(note["body"]) <= 300 and "Acme" in note["body"]


def test_linkedin_note_respects_the_200_character_cap(client, interviewed):
    client.patch("/api/settings", json={"linkedin_note_cap": 200})
    client.patch(f"/api/interviews/{interviewed['interview']}", json={"notes": "A very long account " * 40})
    client.post(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/mark", json={"action": "done"})
    note = client.get(f"/api/followups/{follow_up(client, 'linkedin_connect')['id']}/draft").json
    assert len(note["body"]) <= 200 and "interview" in note["body"]


def test_a_template_in_the_data_directory_replaces_the_packaged_one(client, interviewed, data_dir):
    templates = data_dir / "templates"
    templates.mkdir()
    (templates / "thank_you_email.j2").write_text("Subject: Merci, {{ person }}\n\nMerci pour {{ met }}.\n{{ me }}\n")
    draft = client.get(f"/api/followups/{follow_up(client, 'thank_you_email')['id']}/draft").json
    assert draft["subject"] == "Merci, Dana"
    assert draft["body"] == "Merci pour on Tuesday 13 March.\nSam Rivera"


@pytest.mark.parametrize(("content", "problem"), [
    (b"{{ undefined_fact }}", "undefined_fact"),
    (b"Prepare {% if %}", "Expected an expression"),
    (b"Pr\xe9parer l'entretien \xff", "utf-8"),
])
def test_a_broken_template_is_a_clear_error_and_the_rest_keeps_working(client, interviewed, data_dir, content, problem):
    templates = data_dir / "templates"
    templates.mkdir()
    (templates / "thank_you_email.j2").write_bytes(content)
    thank_you = follow_up(client, "thank_you_email")
    for address in (f"/api/followups/{thank_you['id']}/draft", f"/api/followups/{thank_you['id']}/draft.eml"):
        response = client.get(address)
        assert response.status_code == 422, address
        message = response.json["error"]["message"]
        assert response.json["error"]["code"] == "template_error"
        assert str(templates / "thank_you_email.j2") in message and problem in message
    # The rest keeps working: the list (without a mailto for that draft), and both calendars,
    # which show the problem instead of the draft.
    listed = client.get("/api/followups")
    assert listed.status_code == 200
    assert next(f for f in listed.json["followups"] if f["kind"] == "thank_you_email")["mailto"] is None
    assert b"could not be written" in client.get("/api/export/reminders.ics").data
    feed = client.get("/api/settings").json["calendar_feed_url"]
    assert b"could not be written" in client.get(feed).data


def test_draft_of_an_unknown_follow_up_is_404(client):
    assert client.get("/api/followups/999/draft").status_code == 404
    assert client.get("/api/followups/999/draft.eml").status_code == 404


def test_withdrawal_draft_says_why_only_when_an_offer_was_accepted(client):
    chosen = client.post("/api/applications", json={"company": "Globex", "title": "Engineer", "status": "applied"}).json
    other = client.post("/api/applications", json={"company": "Initech", "title": "Analyst", "status": "applied"}).json
    client.post(f"/api/applications/{other['id']}/outcomes", json={"outcome": "withdrew"})
    draft = client.get(f"/api/followups/{follow_up(client, 'withdrawal')['id']}/draft").json
    assert "withdraw" in draft["body"] and "another offer" not in draft["body"]
    client.post(f"/api/applications/{chosen['id']}/outcomes", json={"outcome": "accepted"})
    draft = client.get(f"/api/followups/{follow_up(client, 'withdrawal')['id']}/draft").json
    assert "accepted another offer" in draft["body"]


def test_each_interviewer_is_thanked_for_what_they_said(client, interviewed):
    sam = client.post("/api/contacts", json={"application_id": interviewed["application"], "name": "Sam Ruiz",
                                             "email": "sam.ruiz@acme.example"}).json
    stranger = client.post("/api/contacts", json={"name": "Lee Chen", "email": "lee@elsewhere.example"}).json
    interview = f"/api/interviews/{interviewed['interview']}"
    client.patch(interview, json={"participant_ids": [interviewed["dana"], sam["id"]],
                                  "notes": "Sam: Described the team's on-call rotation.",
                                  "forgot": "I led our last two database migrations."})
    answer = client.patch(interview, json={"participant_notes": [
        {"contact_id": interviewed["dana"], "notes": "Asked how I would test a payments migration."}]})
    assert answer.status_code == 200
    assert [p["notes"] for p in answer.json["participants"]] == ["Asked how I would test a payments migration.", ""]
    # Saving the same people again keeps what was noted about them.
    client.patch(interview, json={"participant_ids": [sam["id"], interviewed["dana"]]})

    thanks = {f["contact"]["name"]: client.get(f"/api/followups/{f['id']}/draft").json["body"]
              for f in client.get("/api/followups").json["followups"] if f["kind"] == "thank_you_email"}
    assert "you asked how I would test a payments migration." in thanks["Dana Lee"]
    assert "you described the team's on-call rotation." in thanks["Sam Ruiz"]
    assert "on-call" not in thanks["Dana Lee"] and "payments" not in thanks["Sam Ruiz"]
    assert all("One thing I did not get to mention: I led our last two database migrations." in body
               for body in thanks.values())

    refused = client.patch(interview, json={"participant_notes": [{"contact_id": stranger["id"], "notes": "x"}]})
    assert refused.status_code == 400 and refused.json["error"]["field"] == "participant_notes"
    assert client.get(interview).json["participants"][0]["notes"] == "Asked how I would test a payments migration."


def test_the_users_other_addresses_are_never_thanked(client, interviewed):
    me_at_work = client.post("/api/contacts", json={"application_id": interviewed["application"],
                                                    "name": "Sam (work)", "email": "Sam.Rivera@Work.Example"}).json
    client.patch(f"/api/interviews/{interviewed['interview']}",
                 json={"participant_ids": [interviewed["dana"], me_at_work["id"]]})
    assert "Sam (work)" in [f["contact"]["name"] for f in client.get("/api/followups").json["followups"]
                            if f["contact"]]
    client.patch("/api/settings", json={"other_emails": ["sam.rivera@work.example"]})
    thanked = [f["contact"]["name"] for f in client.get("/api/followups").json["followups"] if f["contact"]]
    assert "Sam (work)" not in thanked and "Dana Lee" in thanked
