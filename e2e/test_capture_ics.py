"""Capturing a calendar invite (.ics): it ends as an interview, with its people and the
follow-ups planned for it, and the user is told the interview's time and who they meet."""

from capture_helpers import FIXTURES, open_capture_controls
from playwright.sync_api import expect

INVITE = "interview_invite_acme_two_interviewers.ics"
UID = "7k3q1v0b2n9m8c7x6z5a4s3d2f@google.com"
INTERVIEWERS = {"Dana Lee", "Marcus Okafor"}


def send_invite(page, ics: str) -> dict:
    """Hands invite text to the service worker as the capture controls do."""
    return page.evaluate("(ics) => chrome.runtime.sendMessage({type: 'capture-ics', ics, label: 'invite.ics'})", ics)


def test_invite_becomes_an_interview_with_follow_ups(browser_context, paired, extension_url):
    page = open_capture_controls(browser_context, extension_url)
    page.get_by_label("Import an invite or e-mail").set_input_files(FIXTURES / INVITE)

    last_capture = page.get_by_role("region", name="Last capture")
    expect(last_capture).to_contain_text("Tracked: Senior Robotics Software Engineer at Acme Robotics")
    expect(last_capture).to_contain_text("Wed, Dec 2, 2026, 3:00")  # 10:00 in New York, shown in the browser's UTC
    for name in INTERVIEWERS:
        expect(last_capture).to_contain_text(name)

    [interview] = [i for i in paired.get("/api/interviews")["interviews"] if i["uid"] == UID]
    assert (interview["start"], interview["end"]) == ("2026-12-02T15:00:00+00:00", "2026-12-02T16:00:00+00:00")
    assert interview["zone"] == "America/New_York"
    assert INTERVIEWERS <= {person["name"] for person in interview["participants"]}
    application = paired.get(f"/api/applications/{interview['application_id']}")
    assert application["company"] == "Acme Robotics"
    thank_yous = [f for f in application["followups"] if f["kind"] == "thank_you_email"]
    assert INTERVIEWERS <= {f["contact"]["name"] for f in thank_yous}


def test_same_invite_twice_keeps_one_interview(browser_context, paired, extension_url):
    page = browser_context.new_page()
    page.goto(extension_url("options/options.html"))
    ics = (FIXTURES / INVITE).read_text()
    send_invite(page, ics)
    send_invite(page, ics)

    assert len([i for i in paired.get("/api/interviews")["interviews"] if i["uid"] == UID]) == 1


def test_file_that_is_not_an_invite_is_refused_with_a_reason(browser_context, paired, extension_url, tmp_path):
    note = tmp_path / "lunch.ics"
    note.write_text("Subject: lunch?\n\nSee you at noon.")
    page = open_capture_controls(browser_context, extension_url)
    page.get_by_label("Import an invite or e-mail").set_input_files(note)

    expect(page.get_by_role("region", name="Last capture")).to_contain_text("not a calendar invite")


def test_a_recruiters_email_picked_in_the_popup_is_recorded_on_its_application(browser_context, paired, extension_url,
                                                                              tmp_path):
    status, application = paired.request("POST", "/api/applications", {"company": "Hooli", "title": "Data Analyst",
                                                                        "status": "applied"})
    assert status == 201
    paired.request("POST", "/api/contacts", {"application_id": application["id"], "name": "Gavin Belson",
                                             "email": "gavin@hooli.example", "kind": "recruiter"})
    message = tmp_path / "reply.eml"
    message.write_bytes(b"From: Gavin Belson <gavin@hooli.example>\r\nTo: alex@example.org\r\n"
                        b"Subject: Your application to Hooli\r\nDate: Tue, 01 Dec 2026 16:05:00 +0000\r\n"
                        b"Message-ID: <no-7@mail.hooli.example>\r\nContent-Type: text/plain; charset=windows-1252\r\n"
                        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                        b"Thank you for your interest. Unfortunately, we=92ve decided to move forward with other "
                        b"candidates.\r\n")
    page = open_capture_controls(browser_context, extension_url)
    page.get_by_label("Import an invite or e-mail").set_input_files(message)

    expect(page.locator(".capture-result")).to_contain_text("A rejection (it says:")
    expect(page.locator(".capture-result")).to_contain_text("Recorded: rejected.")
    stored = paired.get(f"/api/applications/{application['id']}")
    assert stored["status"] == "rejected"
    assert any(f["kind"] == "thank_you_anyway" for f in stored["followups"])
