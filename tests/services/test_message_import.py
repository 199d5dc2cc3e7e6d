"""A recruiter's message taken in: matched to its application, recorded when the verdict is sure,
and the next message to that company replies in its thread."""

from __future__ import annotations

import base64
import email
import mailbox
from email import policy

import pytest

from companion.services.messages import import_message
from outlook_msg import outlook_msg
from recruiter_mail import recruiter_message
from fixture_files import FIXTURES


def follow_ups(client, application_id: int) -> dict[str, dict]:
    return {f["key"]: f for f in client.get(f"/api/applications/{application_id}").json["followups"]}


def test_a_reply_with_a_timeline_moves_the_check_in_and_the_thank_you_replies_in_its_thread(client, interviewed, db):
    taken = import_message(recruiter_message(
        "Thanks for coming in on Tuesday. The team will make a decision by Friday 23 March and I will let you know."))
    assert taken["verdict"]["kind"] == "timeline" and taken["recorded"] == "replied"
    assert taken["application_id"] == interviewed["application"]
    application = client.get(f"/api/applications/{interviewed['application']}").json
    assert application["decision_by"] == "2040-03-23"
    check_ins = [key for key, f in follow_ups(client, interviewed["application"]).items()
                 if f["kind"] == "check_in_1" and f["status"] == "pending"]
    assert check_ins and check_ins[0].endswith("decision-by-2040-03-23")

    thanks = next(f for f in follow_ups(client, interviewed["application"]).values() if f["kind"] == "thank_you_email")
    eml = email.message_from_bytes(client.get(f"/api/followups/{thanks['id']}/draft.eml").data, policy=policy.default)
    assert eml["In-Reply-To"] == eml["References"] == "<reply-7@mail.acme.example>"
    assert eml["Subject"] == "Re: Data Engineer interview"


def test_a_rejection_from_the_companys_domain_plans_the_thank_you_anyway(client, interviewed, db):
    taken = import_message(recruiter_message(
        "Thank you for your interest. Unfortunately, we have decided to move forward with other candidates.",
        sender="Talent Team <talent@acme.example>"))
    assert taken["recorded"] == "rejected"
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "rejected"
    assert [f["kind"] for f in follow_ups(client, interviewed["application"]).values()
            if f["status"] == "pending" and f["kind"] == "thank_you_anyway"] == ["thank_you_anyway"]


def test_a_message_about_no_tracked_application_is_kept_and_records_nothing(client, interviewed, db):
    taken = import_message(recruiter_message("Unfortunately we have decided not to move forward with your application.",
                                             sender="Jobs <jobs@globex.example>"))
    assert taken["application_id"] is None and taken["recorded"] is None
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "interviewing"
    kept = {c["id"]: c for c in client.get("/api/captures").json["captures"]}
    assert kept[taken["capture_id"]]["source"] == "email"


def test_the_command_line_takes_an_eml(client, interviewed, data_dir, tmp_path, run):
    path = tmp_path / "reply.eml"
    path.write_bytes(recruiter_message("We would like to offer you the position. Your start date would be 2 April."))
    code, out, err = run("import", str(path), "--data-dir", str(data_dir))
    assert code == 0, err
    assert "offer" in out and "recorded as offer" in out


def test_the_api_takes_a_message_in_base64_and_names_a_wrong_one(client, interviewed, unchanged):
    body = recruiter_message("We would like to invite you to an interview for the next round. "
                             "Please share your availability.")
    taken = client.post("/api/messages", json={"eml_base64": base64.b64encode(body).decode()})
    assert taken.status_code == 201 and taken.json["verdict"]["kind"] == "invitation"
    with unchanged():
        wrong = client.post("/api/messages", json={"eml_base64": "not base64!"})
    assert wrong.status_code == 400 and wrong.json["error"]["field"] == "eml_base64"


def test_an_unsure_verdict_waits_for_the_users_answer(client, interviewed, unchanged):
    # One word of regret and nothing more: perhaps a rejection, not sure enough to record.
    taken = import_message(recruiter_message("Unfortunately the hiring team needs more time to look at the role."))
    assert taken["verdict"]["kind"] == "rejection" and taken["recorded"] is None
    [waiting] = client.get("/api/messages/waiting").json["messages"]
    assert (waiting["capture_id"], waiting["kind"]) == (taken["capture_id"], "rejection")
    assert waiting["application"]["id"] == interviewed["application"]

    with unchanged():
        wrong = client.post(f"/api/messages/{taken['capture_id']}/answer", json={"answer": "maybe"})
    assert wrong.status_code == 400 and wrong.json["error"]["field"] == "answer"
    answered = client.post(f"/api/messages/{taken['capture_id']}/answer", json={"answer": "no"})
    assert answered.status_code == 200 and answered.json == {"recorded": None}
    assert client.get("/api/messages/waiting").json["messages"] == []
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "interviewing"
    again = client.post(f"/api/messages/{taken['capture_id']}/answer", json={"answer": "rejection"})
    assert again.status_code == 409


def test_the_users_answer_is_recorded_like_a_sure_verdict(client, interviewed):
    taken = import_message(recruiter_message("Unfortunately the hiring team needs more time to look at the role."))
    answered = client.post(f"/api/messages/{taken['capture_id']}/answer", json={"answer": "rejection"})
    assert answered.json == {"recorded": "rejected"}
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "rejected"


def test_a_mailbox_of_several_messages_is_taken_message_by_message(client, interviewed, data_dir, tmp_path, run):
    box = mailbox.mbox(tmp_path / "recruiting.mbox")
    box.add(recruiter_message("We would like to invite you to an interview for the next round. Please share your "
                              "availability.", message_id="<m1@mail.acme.example>"))
    box.add(recruiter_message("Your order has shipped.", sender="Shop <orders@shop.example>",
                              message_id="<m2@shop.example>"))
    box.close()
    code, out, err = run("import", str(tmp_path / "recruiting.mbox"), "--data-dir", str(data_dir))
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 2 and "invitation" in lines[0] and "recorded as replied" in lines[0]
    assert "not job" in lines[1]


def test_the_same_message_taken_in_twice_is_recorded_once(client, interviewed):
    rejection = recruiter_message("Unfortunately, we have decided to move forward with other candidates.")
    first, second = import_message(rejection), import_message(rejection)
    assert first["recorded"] == "rejected" and "already_imported" not in first
    assert second["already_imported"] is True and second["capture_id"] == first["capture_id"]
    outcomes = [entry for entry in client.get(f"/api/applications/{interviewed['application']}").json["activity"]
                if entry["kind"] == "outcome"]
    assert len(outcomes) == 1


def test_a_recorded_verdict_is_shown_with_undo_and_undone_puts_everything_back(client, interviewed, unchanged):
    before = follow_ups(client, interviewed["application"])
    taken = import_message(recruiter_message(
        "Thank you for your interest. Unfortunately, we have decided to move forward with other candidates.",
        sender="Talent Team <talent@acme.example>"))
    [shown] = client.get("/api/messages/waiting").json["recorded"]
    assert (shown["capture_id"], shown["kind"], shown["application"]["company"]) == (taken["capture_id"], "rejection", "Acme")

    undone = client.post(f"/api/messages/{taken['capture_id']}/undo", json={})
    assert undone.status_code == 200 and undone.json == {"undone": "rejected"}
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "interviewing"
    after = follow_ups(client, interviewed["application"])
    pending = lambda plan: {key for key, f in plan.items() if f["status"] == "pending"}  # noqa: E731
    assert pending(after) == pending(before)  # no thank-you-anyway; the check-ins as they were
    assert client.get("/api/messages/waiting").json["recorded"] == []
    with unchanged():
        again = client.post(f"/api/messages/{taken['capture_id']}/undo", json={})
    assert again.status_code == 409 and again.json["error"]["code"] == "nothing_to_undo"


def test_undo_is_refused_once_something_else_was_recorded(client, interviewed, unchanged):
    taken = import_message(recruiter_message("Unfortunately, we have decided to move forward with other candidates."))
    client.post(f"/api/applications/{interviewed['application']}/outcomes", json={"outcome": "replied"})
    with unchanged():
        refused = client.post(f"/api/messages/{taken['capture_id']}/undo", json={})
    assert refused.status_code == 409 and refused.json["error"]["code"] == "changed_since"


def test_seen_takes_a_recorded_message_out_of_the_popup(client, interviewed):
    taken = import_message(recruiter_message("Unfortunately, we have decided to move forward with other candidates."))
    assert client.post(f"/api/messages/{taken['capture_id']}/seen", json={}).json == {"seen": True}
    assert client.get("/api/messages/waiting").json["recorded"] == []
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "rejected"


GMAIL_THREAD = "https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHfPtwBZQnWkCkxvpbdlLqrkJ"


def webmail_capture(name: str, url: str, client_id: str) -> dict:
    html = (FIXTURES / "webmail" / name).read_text(encoding="utf-8")
    return {"url": url, "title": "Gmail", "html": html, "json_ld": [], "client_id": client_id}


def test_the_message_open_in_gmail_is_captured_like_a_page_and_recorded(client, interviewed):
    sent = client.post("/api/captures", json=webmail_capture("gmail_thread_timeline_reply.html", GMAIL_THREAD, "c-1"))
    assert sent.status_code == 201
    answer = sent.json
    assert answer["capture"]["source"] == "email" and answer["application"]["id"] == interviewed["application"]
    assert answer["verdict"]["kind"] == "timeline" and answer["verdict"]["recorded"] == "replied"
    assert answer["message"].startswith("Recorded as their reply")
    assert client.get(f"/api/applications/{interviewed['application']}").json["decision_by"] == "2040-03-23"

    # The same message captured again (another click, another client id): nothing recorded twice.
    again = client.post("/api/captures", json=webmail_capture("gmail_thread_timeline_reply.html", GMAIL_THREAD, "c-2"))
    assert again.status_code == 200 and again.json["capture"]["id"] == answer["capture"]["id"]


def test_a_webmail_page_with_no_message_open_is_kept_and_says_so(client, interviewed):
    sent = client.post("/api/captures", json=webmail_capture("gmail_inbox_list.html", "https://mail.google.com/mail/u/0/#inbox", "c-3"))
    assert sent.status_code == 201
    assert sent.json["application"] is None and sent.json["message"].startswith("No message is open")
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "interviewing"


def test_a_rejection_open_in_outlook_plans_the_thank_you_anyway(client, interviewed):
    url = "https://outlook.office.com/mail/inbox/id/AAQkAGI2ZTU3NjQ4LWJkMDMtNDQ0Zi1iNGRhLTVkMTZmYzdkZjRkNQAQAKp"
    sent = client.post("/api/captures", json=webmail_capture("outlook_reading_pane_rejection.html", url, "c-4"))
    assert sent.json["verdict"]["recorded"] == "rejected"
    assert "thank_you_anyway" in {f["kind"] for f in follow_ups(client, interviewed["application"]).values()
                                  if f["status"] == "pending"}


@pytest.mark.parametrize("body, decision_by", [
    ("Thank you for interviewing with us. We will get back to you in early April with a decision.", "2040-04-10"),
    ("Thanks for your time at the interview. We'll let you know next week.", "2040-03-23"),
    ("Vielen Dank für das Vorstellungsgespräch. Wir melden uns bis Freitag, den 30. März bei Ihnen.", "2040-03-30"),
    ("Danke für Ihre Bewerbung und das Gespräch. Eine Entscheidung erhalten Sie Anfang April.", "2040-04-10"),
    ("Merci pour l'entretien. Nous reviendrons vers vous d'ici le 30 mars.", "2040-03-30"),
    ("Merci pour l'entretien. Nous reviendrons vers vous la semaine prochaine avec une réponse.", "2040-03-23"),
])
def test_the_day_a_reply_promises_news_in_english_german_and_french(client, interviewed, body, decision_by):
    # Sent on Thursday 15 March 2040.
    taken = import_message(recruiter_message(body))
    assert (taken["verdict"]["kind"], taken["recorded"]) == ("timeline", "replied")
    assert client.get(f"/api/applications/{interviewed['application']}").json["decision_by"] == decision_by


def test_a_kept_message_can_be_deleted_and_what_it_recorded_stays(client, interviewed, data_dir, run):
    taken = import_message(recruiter_message("Unfortunately, we have decided to move forward with other candidates."))
    assert client.delete(f"/api/captures/{taken['capture_id']}").json == {"deleted": taken["capture_id"]}
    assert taken["capture_id"] not in {c["id"] for c in client.get("/api/captures").json["captures"]}
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "rejected"
    assert client.delete(f"/api/captures/{taken['capture_id']}").status_code == 404

    again = import_message(recruiter_message("We would like to offer you the position.", message_id="<o1@acme.example>"))
    code, out, err = run("delete-capture", str(again["capture_id"]), "--data-dir", str(data_dir))
    assert code == 0 and f"Deleted capture #{again['capture_id']}" in out, err


def test_an_outlook_msg_is_taken_in_from_the_command_line_and_the_popup(client, interviewed, data_dir, tmp_path, run):
    headers = ("From: Dana Lee <dana@acme.example>\r\nTo: sam@example.org\r\nSubject: Re: Data Engineer interview\r\n"
               "Date: Thu, 15 Mar 2040 10:00:00 +0100\r\nMessage-ID: <offer-1@mail.acme.example>\r\n\r\n")
    offer = outlook_msg(subject="Re: Data Engineer interview", sender_name="Dana Lee", sender_email="dana@acme.example",
                        body="We would like to offer you the position. Your start date would be 2 April.", headers=headers)
    (tmp_path / "offer.msg").write_bytes(offer)
    (tmp_path / "broken.msg").write_bytes(offer[:700])
    code, out, err = run("import", str(tmp_path / "offer.msg"), str(tmp_path / "broken.msg"), "--data-dir", str(data_dir))
    assert code == 1 and "recorded as offer" in out and "broken.msg: this Outlook file could not be read" in err + out
    assert client.get(f"/api/applications/{interviewed['application']}").json["status"] == "offer"

    # The popup's "Import an invite or e-mail" sends the file as it is; the same message again records nothing.
    again = client.post("/api/messages", json={"eml_base64": base64.b64encode(offer).decode()})
    assert again.status_code == 200 and again.json["already_imported"] is True


def test_a_reply_from_someone_met_is_about_the_job_even_when_it_names_none(client, interviewed):
    body = "Thanks for the note! The panel meets on Monday and we should be able to get back to you by Wednesday 21 March."
    from_dana = import_message(recruiter_message(body, subject="Re: Thank you"))  # Dana Lee, who interviewed the user
    assert (from_dana["verdict"]["kind"], from_dana["recorded"]) == ("timeline", "replied")
    assert client.get(f"/api/applications/{interviewed['application']}").json["decision_by"] == "2040-03-21"
    stranger = import_message(recruiter_message(body, sender="Tom <tom@elsewhere.example>", subject="Re: Thank you",
                                                message_id="<s1@elsewhere.example>"))
    assert stranger["verdict"]["kind"] == "not_job" and stranger["application_id"] is None
