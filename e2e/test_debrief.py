"""The debrief after an interview, in real Chromium with the real extension and companion: the
interview has just ended, so the notification and the popup row ask how it went; the form is
filled with the keyboard alone; the thank-yous that follow quote each person's own words."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from extension_pages import (
    INTERVIEWERS, USER_EMAIL, capture_invite, fire_badge_alarm, interview_invite, open_applications_page, open_popup,
    pair_with, save_screenshot,
)


def notifications(service_worker) -> set[str]:
    return set(service_worker.evaluate("chrome.notifications.getAll()"))


def tab_to(page, selector: str) -> None:
    """Press Tab once and check where the keyboard landed."""
    page.keyboard.press("Tab")
    expect(page.locator(selector)).to_be_focused()


def serious_findings(page) -> list[str]:
    results = Axe().run(page)
    return [f"{v['id']}: {v['help']}" for v in results.response["violations"] if v["impact"] in ("serious", "critical")]


def test_the_debrief_right_after_an_interview_turns_into_thank_yous(browser_context, service_worker, extension_url,
                                                                    fresh_companion):
    pair_with(service_worker, fresh_companion)
    zone = service_worker.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate", "zone": zone,
                                                      "locale": "en-US"})
    page = browser_context.new_page()
    page.goto(extension_url("popup/popup.html"))
    # The clock is past the interview's end: it ended two minutes ago.
    answer = capture_invite(page, interview_invite(company_domain="initech.example", ended_ago=timedelta(minutes=2),
                                                   interviewers=INTERVIEWERS, uid="debrief-e2e@initech.example"))
    assert answer["ok"], answer
    page.close()
    open_follow_ups = fresh_companion.get("/api/followups?status=open")["followups"]
    debrief = next(f for f in open_follow_ups if f["kind"] == "debrief")
    assert debrief["label"] == "How did the interview with Initech go?"

    fire_badge_alarm(service_worker)
    fresh_companion.wait_for(lambda: f"followup-due:{debrief['id']}" in notifications(service_worker),
                             "the debrief's notification")

    popup = open_popup(browser_context, extension_url)
    rows = popup.locator("li.followup")
    expect(rows.first.get_by_role("heading")).to_have_text("How did the interview go?")  # before the thank-yous it feeds
    expect(rows.first).to_contain_text("Initech")
    href = rows.first.get_by_role("link", name="Debrief now").get_attribute("href")

    form_page = browser_context.new_page()
    form_page.goto(href)
    form_page.wait_for_selector("body[data-state=ready]")
    people = {p["name"]: p["contact_id"] for p in
              fresh_companion.get(f"/api/interviews/{debrief['interview_id']}/debrief")["people"]}
    dana, sam, recruiter = people["Dana Lee"], people["Sam Ortiz"], people["Recruiting Team"]

    # The keyboard alone, from where the page puts it: the first person on the invite.
    keys = form_page.keyboard
    expect(form_page.locator(f"#person-{recruiter}-there")).to_be_focused()
    expect(form_page.locator(f"#person-{recruiter}-there")).not_to_be_checked()  # sent the invite, not on the panel
    tab_to(form_page, f"#person-{recruiter}-notes")
    tab_to(form_page, f"#person-{dana}-there")
    tab_to(form_page, f"#person-{dana}-notes")
    keys.type("Asked how I would migrate the design system to web components.")
    tab_to(form_page, f"#person-{sam}-there")
    keys.press("Space")  # Sam was not there after all
    tab_to(form_page, f"#person-{sam}-notes")
    tab_to(form_page, "text=Someone else was there")
    keys.press("Enter")
    expect(form_page.get_by_label("Name")).to_be_focused()
    keys.type("Priya Natarajan")
    keys.press("Tab")
    keys.type("Design Lead")
    keys.press("Tab")
    keys.type("priya.natarajan@initech.example")
    keys.press("Tab")
    keys.type("Described how the team reviews accessibility before each release.")
    tab_to(form_page, "role=button[name='Remove']")
    tab_to(form_page, "text=Someone else was there")
    tab_to(form_page, "#forgot")
    keys.type("I ran the accessibility training at my last company.")
    tab_to(form_page, "#heard-by")
    keys.type("in two weeks")
    save_screenshot(form_page, "debrief-form")
    assert serious_findings(form_page) == []
    keys.press("Enter")  # Enter in a field sends the form

    heading = form_page.get_by_role("heading", name="Saved. Send your thank-yous now")
    expect(heading).to_be_focused()
    sends = form_page.locator(".send li")
    expect(sends).to_have_count(2)
    expect(sends.filter(has_text="Dana Lee").get_by_role("link", name="Open draft")).to_be_visible()
    expect(sends.filter(has_text="Priya Natarajan")).to_have_count(1)
    save_screenshot(form_page, "debrief-saved")
    assert serious_findings(form_page) == []

    after = {f["key"]: f for f in fresh_companion.get("/api/followups?status=all")["followups"]}
    thanks = {f["contact"]["name"]: f for f in after.values() if f["kind"] == "thank_you_email"}
    assert thanks["Sam Ortiz"]["status"] == "cancelled"
    dana_draft = fresh_companion.get(f"/api/followups/{thanks['Dana Lee']['id']}/draft")["body"]
    priya_draft = fresh_companion.get(f"/api/followups/{thanks['Priya Natarajan']['id']}/draft")["body"]
    assert "you asked how I would migrate the design system to web components." in dana_draft
    assert "you described how the team reviews accessibility before each release." in priya_draft
    assert "accessibility" not in dana_draft.split("One thing")[0]
    for body in (dana_draft, priya_draft):
        assert "One thing I did not get to mention: I ran the accessibility training at my last company." in body
    assert after[f"debrief/interview-{debrief['interview_id']}"]["status"] == "done"

    # Check-in #1 moves to two business days after the heard date (two weeks after the interview).
    end = datetime.fromisoformat(fresh_companion.get(f"/api/interviews/{debrief['interview_id']}")["end"])
    heard = (end.astimezone(timezone.utc) if zone == "UTC" else end).date() + timedelta(days=14)
    check_ins = [f for f in after.values() if f["kind"] == "check_in_1" and f["status"] == "pending"]
    assert [f["key"].rsplit("/", 1)[-1] for f in check_ins] == [f"decision-by-{heard.isoformat()}"]
    assert date.fromisoformat(check_ins[0]["due"][:10]) > heard

    # The interview on the applications page says what the debrief said, and leads back to it.
    application_page = open_applications_page(browser_context, extension_url, debrief["application"]["id"])
    line = application_page.locator(".debrief-line")
    expect(line).to_contain_text("Debriefed · you will hear by")
    expect(line.get_by_role("link", name="Change the debrief")).to_have_attribute("href", href)
