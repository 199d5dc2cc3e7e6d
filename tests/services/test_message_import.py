"""A recruiter's message taken in: matched to its application, recorded when the verdict is sure,
and the next message to that company replies in its thread."""

from __future__ import annotations

import base64
import mailbox
import email
from email import policy
from email.message import EmailMessage

from companion.services.messages import import_message


def recruiter_message(body: str, *, sender: str = "Dana Lee <dana@acme.example>",
                      message_id: str = "<reply-7@mail.acme.example>") -> bytes:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "sam@example.org"
    mail["Subject"] = "Re: Data Engineer interview"
    mail["Date"] = "Thu, 15 Mar 2040 10:00:00 +0100"
    mail["Message-ID"] = message_id
    mail.set_content(body)
    return mail.as_bytes()


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
