"""The popup through the whole chain: an invite captured by the extension, planned by the real
companion, shown and acted on in the popup, with the badge and the stored follow-ups following."""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from icalendar import Calendar
from playwright.sync_api import expect

from extension_pages import (  # noqa: F401 (interviewed is a fixture)
    INTERVIEWERS, USER_EMAIL, badge_text, capture_invite, due_now_count, interview_invite, interviewed,
    ARTIFACTS, open_applications_page, open_popup, pair_with, save_screenshot,
)

def follow_up_row(popup, kind_words: str, person: str):
    return popup.locator("li.followup").filter(has_text=kind_words).filter(has_text=person)


def open_follow_ups(companion, kind: str) -> list[dict]:
    return [f for f in companion.get("/api/followups?status=open")["followups"] if f["kind"] == kind]


def test_an_invite_imported_in_the_popup_shows_a_thank_you_for_each_interviewer(
        browser_context, service_worker, extension_url, fresh_companion, tmp_path):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL})
    invite = tmp_path / "invite.ics"
    invite.write_text(interview_invite(company_domain="initech.example", ended_ago=timedelta(hours=26),
                                       interviewers=INTERVIEWERS, uid="popup-import@initech.example"))
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="You are all caught up")).to_be_visible()

    popup.locator("#invite-file").set_input_files(invite)

    for name, _ in INTERVIEWERS:
        row = follow_up_row(popup, "Thank-you email", name)
        expect(row).to_have_count(1)
        expect(row).to_contain_text("Initech · Senior Front-end Engineer")
        expect(row.locator("time")).to_contain_text("ago")  # due since yesterday: overdue
    expect(popup.locator(".group-overdue")).to_contain_text("Dana Lee")
    save_screenshot(popup, "popup-with-data")
    popup.emulate_media(color_scheme="dark")
    assert popup.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(23, 25, 29)"
    save_screenshot(popup, "popup-with-data-dark")


def test_keyboard_alone_reaches_and_runs_an_action(browser_context, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    mark_dana = follow_up_row(popup, "Thank-you email", "Dana Lee").get_by_role("button", name="Mark sent")
    for _ in range(20):
        popup.keyboard.press("Tab")
        if mark_dana.evaluate("(button) => button === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached Dana Lee's 'Mark sent' button")
    # The focus ring is drawn for keyboard users.
    assert mark_dana.evaluate("(button) => getComputedStyle(button).outlineStyle") == "solid"
    popup.keyboard.press("Enter")
    expect(follow_up_row(popup, "Thank-you email", "Dana Lee")).to_have_count(0)
    # The keyboard stays in the list, on the row that took its place.
    assert popup.evaluate("document.activeElement.closest('li.followup') !== null")


def test_escape_closes_the_snooze_and_outcome_panels_and_returns_to_their_button(browser_context, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    row = follow_up_row(popup, "Thank-you email", "Dana Lee")
    for name, inside in (("Snooze…", "1 day"), ("Outcome…", "Record reply")):
        toggle = row.get_by_role("button", name=name)
        toggle.click()
        expect(row.get_by_role("button", name=inside)).to_be_visible()
        assert row.locator(".fu-panel").evaluate("(panel) => panel.contains(document.activeElement)")
        popup.keyboard.press("Escape")
        expect(row.get_by_role("button", name=inside)).to_have_count(0)
        expect(toggle).to_be_focused()
        expect(toggle).to_have_attribute("aria-expanded", "false")


def test_marking_sent_updates_popup_badge_and_companion(browser_context, service_worker, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    dana = next(f for f in open_follow_ups(interviewed, "thank_you_email") if f["contact"]["name"] == "Dana Lee")
    # Make the badge stale on purpose: only a refresh after the click can put the right count back.
    service_worker.evaluate("chrome.action.setBadgeText({text: 'old'})")

    follow_up_row(popup, "Thank-you email", "Dana Lee").get_by_role("button", name="Mark sent").click()

    expect(follow_up_row(popup, "Thank-you email", "Dana Lee")).to_have_count(0)
    expect(follow_up_row(popup, "Thank-you email", "Sam Ortiz")).to_have_count(1)
    expect(popup.get_by_role("status")).to_contain_text("Marked sent: Thank-you email (Dana Lee)")
    assert interviewed.get(f"/api/followups/{dana['id']}")["status"] == "done"
    expected = due_now_count(interviewed)
    interviewed.wait_for(lambda: badge_text(service_worker) == (str(expected) if expected else ""), "the badge recount")


def test_snooze_one_day_moves_it_to_coming_up(browser_context, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    sam = next(f for f in open_follow_ups(interviewed, "thank_you_email") if f["contact"]["name"] == "Sam Ortiz")
    row = follow_up_row(popup, "Thank-you email", "Sam Ortiz")
    row.get_by_role("button", name="Snooze…").click()
    clicked_at = datetime.now(timezone.utc)
    row.get_by_role("button", name="1 day").click()

    moved = popup.locator(".group-upcoming li.followup").filter(has_text="Sam Ortiz").filter(has_text="thank-you email")
    expect(moved).to_have_count(1)
    expect(moved).to_contain_text("snoozed")
    expect(popup.locator(".group-overdue").filter(has_text="Sam Ortiz")).to_have_count(0)
    stored = interviewed.get(f"/api/followups/{sam['id']}")
    assert stored["status"] == "snoozed"
    # A day later, unless that falls outside the user's waking hours (before their follow-up
    # time or from 21:00): then at their follow-up time that day.
    settings = interviewed.get("/api/settings")["settings"]
    zone, morning = ZoneInfo(settings["zone"]), time.fromisoformat(settings["follow_up_time"])
    day_later = (clicked_at + timedelta(days=1)).astimezone(zone)
    until = datetime.fromisoformat(stored["snoozed_until"])
    if morning <= day_later.time() < time(21):
        assert abs(until - day_later) < timedelta(minutes=2)
    else:
        assert until == datetime.combine(day_later.date(), morning, tzinfo=zone)


def test_a_snooze_near_the_deadline_asks_and_the_timeline_shows_local_times(
        browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate",
                                                      "zone": "America/Chicago", "locale": "en-US"})
    popup = open_popup(browser_context, extension_url)
    # Ended 20 hours ago: each thank-you's deadline (24 hours after the end) is 4 hours away.
    answer = capture_invite(popup, interview_invite(company_domain="initech.example", ended_ago=timedelta(hours=20),
                                                    interviewers=INTERVIEWERS, uid="deadline-e2e@initech.example"))
    assert answer["ok"], answer
    dana = next(f for f in open_follow_ups(fresh_companion, "thank_you_email") if f["contact"]["name"] == "Dana Lee")
    popup.reload()
    popup.wait_for_selector("body[data-state=ready]")
    row = follow_up_row(popup, "Thank-you email", "Dana Lee")
    row.get_by_role("button", name="Snooze…").click()
    row.get_by_role("button", name="1 day").click()

    # Nothing is snoozed yet: the panel says the deadline and offers the two ways on.
    expect(row.locator(".deadline-choice")).to_contain_text("That is after its deadline")
    expect(row.get_by_role("button", name="Until the deadline")).to_be_focused()
    save_screenshot(popup, "popup-snooze-deadline")
    assert fresh_companion.get(f"/api/followups/{dana['id']}")["status"] == "pending"
    popup.keyboard.press("Enter")

    expect(popup.locator(".group-today li.followup, .group-upcoming li.followup")
           .filter(has_text="Dana Lee").filter(has_text="snoozed")).to_have_count(1)
    stored = fresh_companion.get(f"/api/followups/{dana['id']}")
    assert stored["status"] == "snoozed" and stored["snoozed_until"] == stored["deadline"]

    page = open_applications_page(browser_context, extension_url, dana["application"]["id"])
    timeline = page.locator(".timeline")
    expect(timeline).to_contain_text("snoozed until")
    deadline = datetime.fromisoformat(stored["deadline"]).astimezone(ZoneInfo("America/Chicago"))
    expect(timeline).to_contain_text(f"{deadline:%-I:%M %p} C")  # CST or CDT, in the user's zone
    assert not re.search(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}", timeline.inner_text())
    save_screenshot(page, "applications-timeline-local-times")


def test_recording_a_reply_cancels_pending_check_ins(browser_context, extension_url, interviewed):
    check_ins = open_follow_ups(interviewed, "check_in_1")
    assert check_ins, "the companion planned no check-in after the interview"
    popup = open_popup(browser_context, extension_url)
    check_in_row = popup.locator("li.followup").filter(has_text="Check in on the decision")
    expect(check_in_row).to_have_count(1)

    check_in_row.get_by_role("button", name="Outcome…").click()
    check_in_row.get_by_role("button", name="Record reply").click()

    expect(popup.get_by_role("status")).to_contain_text("Reply recorded")
    expect(popup.locator("li.followup").filter(has_text="Check in on the decision")).to_have_count(0)
    assert interviewed.get(f"/api/followups/{check_ins[0]['id']}")["status"] == "cancelled"


def test_references_requested_from_the_popup_plans_the_heads_ups(browser_context, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    check_in_row = popup.locator("li.followup").filter(has_text="Check in on the decision")
    check_in_row.get_by_role("button", name="Outcome…").click()
    save_screenshot(popup, "popup-outcome-panel")
    check_in_row.get_by_role("button", name="References requested").click()

    expect(popup.get_by_role("status")).to_contain_text("References requested: heads-ups planned")
    expect(popup.locator("li.followup").filter(has_text="Heads-up to your reference")).to_have_count(1)
    assert open_follow_ups(interviewed, "reference_heads_up")


def test_gone_quiet_lists_an_application_a_week_after_its_second_check_in_went_unanswered(
        browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL})
    page = browser_context.new_page()
    page.goto(extension_url("popup/popup.html"))
    for company, role, interviewer in (("Initech", "Senior Front-end Engineer", ("Dana Lee", "dana.lee@initech.example")),
                                       ("Globex", "Data Engineer", ("Lee Park", "lee.park@globex.example"))):
        answer = capture_invite(page, interview_invite(
            company_domain=f"{company.lower()}.example", ended_ago=timedelta(days=40), interviewers=[interviewer],
            uid=f"quiet-{company.lower()}@example", title=f"Interview with {company} for {role}"))
        assert answer["ok"], answer
    page.close()
    now = datetime.now(timezone.utc)
    # Initech had three weeks to answer check-in #2; Globex got it an hour ago.
    sent = {"Initech": (now - timedelta(days=30), now - timedelta(days=21)),
            "Globex": (now - timedelta(days=8), now - timedelta(hours=1))}
    for number, kind in enumerate(("check_in_1", "check_in_2")):
        for follow_up in open_follow_ups(fresh_companion, kind):
            at = sent[follow_up["application"]["company"]][number]
            status, answer = fresh_companion.request("POST", f"/api/followups/{follow_up['id']}/mark",
                                                     {"action": "done", "at": at.isoformat()})
            assert status == 200, answer

    assert {a["company"] for a in fresh_companion.get("/api/applications")["applications"]} == {"Initech", "Globex"}
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="Gone quiet")).to_be_visible()
    quiet = popup.locator("li.quiet-item")
    expect(quiet).to_have_count(1)
    expect(quiet).to_contain_text("Initech")
    globex = next(a for a in fresh_companion.get("/api/applications")["applications"] if a["company"] == "Globex")
    assert globex["gone_quiet"] is False and datetime.fromisoformat(globex["gone_quiet_at"]) > now


def test_reminders_export_downloads_a_calendar_that_parses(browser_context, extension_url, interviewed):
    popup = open_popup(browser_context, extension_url)
    with popup.expect_download() as download_info:
        popup.get_by_role("button", name="Download reminders (.ics)").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = Calendar.from_ical(open(download.path(), "rb").read())
    summaries = [str(component.get("summary")) for component in calendar.walk() if component.name in ("VEVENT", "VTODO")]
    for name, _ in INTERVIEWERS:
        assert any(name in summary for summary in summaries), f"no reminder names {name}: {summaries}"


def test_feed_link_is_the_companions_read_only_address(browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    popup = open_popup(browser_context, extension_url)
    feed = popup.get_by_label("Subscribe link (keep it private: it shows your reminders)")
    expect(feed).to_have_value(fresh_companion.get("/api/settings")["calendar_feed_url"])
    assert fresh_companion.token not in feed.input_value()  # the pairing token never goes into a calendar


def test_nothing_due_shows_the_empty_state(browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="You are all caught up")).to_be_visible()
    expect(popup.locator("li.followup")).to_have_count(0)
    save_screenshot(popup, "popup-empty")


def test_companion_down_says_how_to_start_it(browser_context, service_worker, extension_url, fresh_companion, closed_port_url):
    service_worker.evaluate("([url, token]) => chrome.storage.local.set({companionUrl: url, token})",
                            [closed_port_url, fresh_companion.token])
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="The companion is not running")).to_be_visible()
    expect(popup.locator(".connection code")).to_have_text("interview-companion serve")
    save_screenshot(popup, "popup-companion-down")

    # Once it runs at that address, "Try again" shows the follow-ups.
    service_worker.evaluate("(url) => chrome.storage.local.set({companionUrl: url})", fresh_companion.base_url)
    popup.get_by_role("button", name="Try again").click()
    expect(popup.get_by_role("heading", name="You are all caught up")).to_be_visible()


def test_not_paired_points_to_the_options(browser_context, extension_url, companion):
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="Not paired with the companion yet")).to_be_visible()
    expect(popup.locator(".connection code")).to_have_text("interview-companion token")
    with browser_context.expect_page() as options_info:
        popup.get_by_role("button", name="Open options").click()
    assert options_info.value.url.endswith("/extension/options/options.html")


def test_a_draft_missing_its_recipient_says_so_on_its_row_and_takes_the_address_there(
        browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate"})
    ended = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(hours=2)
    _, application = fresh_companion.request("POST", "/api/applications", {"company": "Globex", "title": "Analyst"})
    _, priya = fresh_companion.request("POST", "/api/contacts", {"application_id": application["id"], "name": "Priya Shah"})
    fresh_companion.request("POST", "/api/interviews", {
        "application_id": application["id"], "start": (ended - timedelta(hours=1)).isoformat(), "end": ended.isoformat(),
        "participant_ids": [priya["id"]], "notes": "Priya: Asked how I would size the first data team."})

    popup = open_popup(browser_context, extension_url)
    row = follow_up_row(popup, "Thank-you email", "Priya Shah")
    check = row.get_by_role("group", name="Before sending")
    expect(check).to_contain_text("No email address for Priya Shah")
    save_screenshot(popup, "popup-draft-needs-recipient")
    field = check.get_by_label("Email address of Priya Shah")
    field.fill("priya.shah@globex.example")
    field.press("Enter")

    row = follow_up_row(popup, "Thank-you email", "Priya Shah")
    expect(row.get_by_role("group", name="Before sending")).to_have_count(0)
    expect(row.get_by_role("link", name="Open draft")).to_have_attribute("href", re.compile(r"^mailto:priya\.shah@globex\.example\?"))
    assert fresh_companion.get(f"/api/contacts/{priya['id']}")["email"] == "priya.shah@globex.example"


def test_a_companion_in_another_zone_is_offered_the_browsers_once(browser_context, service_worker, extension_url,
                                                                   fresh_companion):
    pair_with(service_worker, fresh_companion)
    browser_zone = service_worker.evaluate("Intl.DateTimeFormat().resolvedOptions().timeZone")
    other = "Pacific/Auckland" if browser_zone != "Pacific/Auckland" else "America/Chicago"
    fresh_companion.request("PATCH", "/api/settings", {"zone": other})
    popup = open_popup(browser_context, extension_url)
    notice = popup.locator("#browser-defaults-notice")
    expect(notice).to_contain_text(f"This browser uses the time zone {browser_zone} (the companion has {other})")
    notice.get_by_role("button", name="Use this browser's").click()

    expect(notice).to_be_empty()
    expect(popup.locator("#zone-note")).to_contain_text(browser_zone)
    assert fresh_companion.get("/api/settings")["settings"]["zone"] == browser_zone

    # Asked once: set back by hand in the options, the companion's zone is the user's choice.
    fresh_companion.request("PATCH", "/api/settings", {"zone": other})
    popup.reload()
    popup.wait_for_selector("body[data-state]:not([data-state=loading])")
    expect(popup.locator("#zone-note")).to_contain_text(other)
    expect(notice).to_be_empty()


def test_a_long_search_loads_a_page_at_a_time(browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate"})
    applied = (datetime.now(timezone.utc) - timedelta(days=3)).date().isoformat()
    for number in range(55):  # one application follow-up each
        status, _ = fresh_companion.request("POST", "/api/applications", {
            "company": f"Company {number:02}", "title": "Analyst", "status": "applied", "applied_on": applied})
        assert status == 201
    popup = open_popup(browser_context, extension_url)
    more = popup.get_by_role("button", name="Show later follow-ups")
    expect(popup.locator("li.followup")).to_have_count(50)
    more.scroll_into_view_if_needed()
    popup.wait_for_timeout(300)  # rows off screen are laid out once scrolled to (content-visibility)
    popup.screenshot(path=str(ARTIFACTS / "popup-show-later.png"))  # the screen the user sees at the button
    more.click()
    expect(popup.locator("li.followup")).to_have_count(55)
    expect(more).to_have_count(0)
    expect(popup.locator("li.followup").nth(50).locator(".fu-actions a, .fu-actions button").first).to_be_focused()


def test_an_unsure_message_is_asked_about_in_the_popup(browser_context, service_worker, extension_url, fresh_companion,
                                                       tmp_path):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate"})
    _, application = fresh_companion.request("POST", "/api/applications", {"company": "Hooli", "title": "Data Analyst",
                                                                           "status": "applied"})
    fresh_companion.request("POST", "/api/contacts", {"application_id": application["id"], "name": "Gavin Belson",
                                                      "email": "gavin@hooli.example", "kind": "recruiter"})
    message = tmp_path / "maybe.eml"
    message.write_bytes(b"From: Gavin Belson <gavin@hooli.example>\r\nTo: alex@example.org\r\n"
                        b"Subject: About the Data Analyst role\r\nMessage-ID: <m-1@hooli.example>\r\n\r\n"
                        b"Unfortunately the hiring team needs more time to look at the role.\r\n")
    popup = open_popup(browser_context, extension_url)
    popup.get_by_label("Import an invite or e-mail").set_input_files(message)
    expect(popup.locator(".capture-result")).to_contain_text("A rejection")

    popup.reload()
    question = popup.get_by_role("group", name=re.compile(r'^Is "About the Data Analyst role" a rejection from Hooli\?'))
    expect(question).to_be_visible()
    save_screenshot(popup, "popup-message-question")
    question.get_by_role("button", name="No").click()
    expect(question).to_have_count(0)
    assert fresh_companion.get(f"/api/applications/{application['id']}")["status"] == "applied"


GUESSED_COMPANY_INVITE = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//EN\r\nBEGIN:VEVENT\r\nUID:screen-1@bluefinhealth.example\r\n"
    "DTSTAMP:20391101T000000Z\r\nDTSTART:20401210T150000Z\r\nDTEND:20401210T153000Z\r\nSUMMARY:Phone screen\r\n"
    "ORGANIZER;CN=Dana Lee:mailto:dana.lee@bluefinhealth.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def test_a_company_guessed_from_the_organisers_address_is_checked_in_the_popup(
        browser_context, service_worker, extension_url, fresh_companion, tmp_path):
    """An invite that names no company: the one its organiser's address spells is offered, with
    how it was read, to keep or correct in one step; the correction is kept."""
    pair_with(service_worker, fresh_companion)
    invite = tmp_path / "screen.ics"
    invite.write_text(GUESSED_COMPANY_INVITE)
    popup = open_popup(browser_context, extension_url)
    popup.locator("#invite-file").set_input_files(invite)

    help_needed = popup.locator("section.needs-help")
    expect(help_needed).to_contain_text("Your last capture (Bluefinhealth) guessed company: check it.")
    company = help_needed.get_by_label("Company (from the organiser's e-mail address)")
    expect(company).to_have_value("Bluefinhealth")
    save_screenshot(popup, "popup-guessed-company")
    company.fill("Bluefin Health")
    help_needed.get_by_role("button", name="Save").click()

    expect(popup.get_by_role("status")).to_contain_text("Saved: company.")
    expect(popup.locator("section.needs-help")).to_have_count(0)
    [application] = fresh_companion.get("/api/applications")["applications"]
    assert application["company"] == "Bluefin Health"
