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
    page.get_by_label("Import an invite (.ics)").set_input_files(FIXTURES / INVITE)

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
    page.get_by_label("Import an invite (.ics)").set_input_files(note)

    expect(page.get_by_role("region", name="Last capture")).to_contain_text("not a calendar invite")
