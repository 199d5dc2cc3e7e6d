"""A recruiter's reply open in Gmail (a hand-made page from Gmail's public structure, served
under Gmail's real address): one click on "Track this e-mail" records it on the application,
with the check-ins moved to the day the message gave; the popup shows it with Undo, which puts
everything back."""

from __future__ import annotations

from capture_helpers import pair, serve_saved_page
from extension_pages import REPO_ROOT, open_popup, save_screenshot
from playwright.sync_api import expect

WEBMAIL = REPO_ROOT / "tests" / "fixtures" / "webmail"
THREAD_URL = "https://mail.google.com/mail/u/0/#inbox/FMfcgzGwHfPtwBZQnWkCkxvpbdlLqrkJ"


def interviewed_at_acme(companion) -> dict:
    companion.request("PATCH", "/api/settings", {"zone": "Europe/Berlin", "name": "Sam Ruiz", "email": "sam@example.org"})
    _, application = companion.request("POST", "/api/applications", {
        "company": "Acme", "title": "Data Engineer", "status": "applied", "job_url": "https://jobs.example/acme/42"})
    _, dana = companion.request("POST", "/api/contacts", {
        "application_id": application["id"], "name": "Dana Lee", "email": "dana@acme.example"})
    companion.request("POST", "/api/interviews", {
        "application_id": application["id"], "start": "2040-03-13T14:00:00+01:00", "end": "2040-03-13T15:00:00+01:00",
        "zone": "Europe/Berlin", "participant_ids": [dana["id"]]})
    return application


def pending_check_ins(companion, application_id: int) -> list[str]:
    return [f["key"] for f in companion.get(f"/api/applications/{application_id}")["followups"]
            if f["kind"] == "check_in_1" and f["status"] == "pending"]


def test_a_reply_open_in_gmail_is_recorded_with_one_click_and_undone_from_the_popup(
        browser_context, extension_url, fresh_companion, service_worker):
    companion = pair(service_worker, fresh_companion)
    application = interviewed_at_acme(companion)
    before = pending_check_ins(companion, application["id"])
    serve_saved_page(browser_context, "https://mail.google.com/mail/u/0/", WEBMAIL / "gmail_thread_timeline_reply.html")

    page = browser_context.new_page()
    page.set_viewport_size({"width": 1000, "height": 640})
    page.goto(THREAD_URL)
    page.get_by_role("button", name="Track this e-mail").click()
    panel = page.get_by_role("region", name="Interview Follow-Up: capture result")
    expect(panel).to_contain_text("A reply with a timeline from Acme")
    expect(panel).to_contain_text("Recorded as their reply: the check-ins start again from it")
    expect(panel).to_contain_text("Re: Data Engineer interview")
    save_screenshot(page, "gmail-message-tracked")

    stored = companion.get(f"/api/applications/{application['id']}")
    assert stored["decision_by"] == "2040-03-23"
    moved = pending_check_ins(companion, application["id"])
    assert moved and moved[0].endswith("decision-by-2040-03-23") and moved != before

    popup = open_popup(browser_context, extension_url)
    section = popup.get_by_role("region", name="From your e-mail")
    expect(section).to_contain_text('Recorded a reply with a timeline from Acme: "Re: Data Engineer interview".')
    save_screenshot(popup, "popup-from-your-email")
    section.get_by_role("button", name="Undo").click()
    expect(popup.get_by_role("status").filter(has_text="Undone: Acme is as it was before the message.")).to_have_count(1)
    expect(popup.get_by_role("region", name="From your e-mail")).to_have_count(0)
    assert companion.get(f"/api/applications/{application['id']}")["decision_by"] is None
    assert pending_check_ins(companion, application["id"]) == before
