"""`interview-companion draft FOLLOWUP [--eml FILE]`: the draft in text, JSON or as an .eml file."""

from __future__ import annotations

import email
import json
from email import policy

from companion.store.models import FollowUp


def follow_up_id(kind: str) -> str:
    return str(FollowUp.get(FollowUp.kind == kind).id)


def test_shows_the_draft(interviewed, data_dir, run, db):
    code, out, err = run("draft", follow_up_id("thank_you_email"), "--data-dir", str(data_dir))
    assert code == 0
    assert out.startswith("To: dana@acme.example\nSubject: Thank you for the Data Engineer interview\n\n")
    assert "Dear Dana," in out
    assert err == "warning: The interview on Tuesday 13 March has not happened yet: this draft is for afterwards.\n"


def test_saves_an_eml_and_reports_json(interviewed, data_dir, tmp_path, run, db):
    target = tmp_path / "thanks.eml"
    code, out, _ = run("draft", follow_up_id("thank_you_email"), "--eml", str(target), "--json",
                       "--data-dir", str(data_dir))
    payload = json.loads(out)
    assert code == 0 and payload["eml"] == str(target) and payload["warnings"] == ["The interview on Tuesday 13 March has not happened yet: this draft is for afterwards."]
    message = email.message_from_bytes(target.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1" and message["Subject"] == payload["subject"]


def test_warnings_go_to_stderr(client, data_dir, run, db):
    application = client.post("/api/applications", json={"company": "Initech", "title": "Analyst"}).json
    client.post("/api/interviews", json={"application_id": application["id"], "start": "2040-05-02T09:00:00Z",
                                         "end": "2040-05-02T10:00:00Z"})
    _, out, err = run("draft", follow_up_id("thank_you_email"), "--data-dir", str(data_dir))
    assert "Dear [interviewer's name]," in out
    assert "warning: The interviewer's name is not known" in err


def test_errors_are_clear(interviewed, data_dir, tmp_path, run, db):
    code, _, err = run("draft", "999", "--data-dir", str(data_dir))
    assert code == 2 and "follow-up 999 does not exist" in err
    code, _, err = run("draft", follow_up_id("prepare"), "--eml", str(tmp_path / "p.eml"),
                       "--data-dir", str(data_dir))
    assert code == 2 and "is not sent by email" in err and not (tmp_path / "p.eml").exists()


def test_a_broken_template_is_one_clear_line(interviewed, data_dir, run, db):
    templates = data_dir / "templates"
    templates.mkdir()
    (templates / "thank_you_email.j2").write_bytes(b"Dear {% if %}")
    code, out, err = run("draft", follow_up_id("thank_you_email"), "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert err.startswith("error: the draft could not be written: template ") and "thank_you_email.j2" in err
    assert "Traceback" not in err
    code, out, err = run("followups", "--data-dir", str(data_dir))
    assert code == 0 and "Thank-you email to Dana Lee" in out
