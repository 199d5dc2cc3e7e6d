"""The applications page against a real companion: editing a field, notes on an interview,
adding an interview and a contact by hand, deleting after a confirmation, and captured text
shown as text."""

from __future__ import annotations

import json
import re
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import expect

from capture_helpers import pair
from extension_pages import open_applications_page, save_screenshot


@pytest.fixture
def application(paired):
    """An application created by hand through the API, with one interview and one interviewer."""
    status, created = paired.request("POST", "/api/applications", {
        "company": "Initech", "title": "Senior Front-end Engineer", "status": "interviewing",
        "job_url": "https://jobs.example/initech/123",
    })
    assert status == 201, created
    status, contact = paired.request("POST", "/api/contacts", {
        "application_id": created["id"], "name": "Dana Lee", "email": "dana.lee@initech.example", "kind": "interviewer",
    })
    assert status == 201, contact
    status, interview = paired.request("POST", "/api/interviews", {
        "application_id": created["id"], "title": "Technical interview", "start": "2026-11-20T14:00:00+00:00",
        "end": "2026-11-20T15:00:00+00:00", "zone": "Europe/Paris", "participant_ids": [contact["id"]],
    })
    assert status == 201, interview
    return {**created, "interview": interview, "contact": contact}


def test_editing_a_field_is_stored(browser_context, extension_url, paired, application):
    page = open_applications_page(browser_context, extension_url, application["id"])
    expect(page.get_by_role("heading", name="Initech · Senior Front-end Engineer")).to_be_visible()
    save_screenshot(page, "applications-page")

    details = page.locator("#application-fields")
    details.get_by_label("Role").fill("Staff Front-end Engineer")
    details.get_by_label("Decision expected by").fill("2026-12-04")
    details.get_by_role("button", name="Save changes").click()

    expect(page.get_by_role("status").first).to_contain_text("Application saved")
    stored = paired.get(f"/api/applications/{application['id']}")
    assert stored["title"] == "Staff Front-end Engineer"
    assert stored["decision_by"] == "2026-12-04"
    assert stored["company"] == "Initech"  # untouched fields are not sent, so not changed
    page.reload()
    page.wait_for_selector("body[data-state=ready]")
    expect(page.locator("#application-fields").get_by_label("Role")).to_have_value("Staff Front-end Engineer")


def test_a_field_the_companion_refuses_is_named(browser_context, extension_url, application):
    page = open_applications_page(browser_context, extension_url, application["id"])
    details = page.locator("#application-fields")
    details.get_by_label("Company").fill("")
    details.get_by_role("button", name="Save changes").click()
    expect(details.locator("[data-field=company] .field-error")).to_have_text("Company is required.")
    expect(details.get_by_label("Company")).to_have_attribute("aria-invalid", "true")


def test_interview_notes_are_stored(browser_context, extension_url, paired, application):
    page = open_applications_page(browser_context, extension_url, application["id"])
    interview_id = application["interview"]["id"]
    notes = page.locator(f"#interview-{interview_id}-notes")
    expect(page.locator(".interview")).to_contain_text("With Dana Lee")
    notes.get_by_label("What was discussed").fill("Their move to a design system; my accessibility audit at Globex.")
    notes.get_by_label("What Dana Lee talked about").fill("Asked how I would audit a design system.")
    notes.get_by_label("Anything you forgot to say").fill("I ran the accessibility training at Globex.")
    notes.get_by_role("button", name="Save notes").click()
    expect(page.get_by_role("status").first).to_contain_text("Interview notes saved")
    stored = paired.get(f"/api/interviews/{interview_id}")
    assert stored["notes"].startswith("Their move to a design system")
    assert stored["forgot"] == "I ran the accessibility training at Globex."
    assert [p["notes"] for p in stored["participants"]] == ["Asked how I would audit a design system."]
    thanks = next(f for f in paired.get("/api/followups")["followups"]
                  if f["kind"] == "thank_you_email" and f["application"]["id"] == application["id"])
    draft = paired.get(f"/api/followups/{thanks['id']}/draft")["body"]
    assert "you asked how I would audit a design system." in draft
    assert "One thing I did not get to mention: I ran the accessibility training at Globex." in draft


def test_adding_an_interview_and_a_contact_by_hand(browser_context, extension_url, paired, application):
    page = open_applications_page(browser_context, extension_url, application["id"])
    page.get_by_text("Add an interview by hand").click()
    form = page.locator("#new-interview")
    form.get_by_label("Title").fill("Final round with the VP")
    form.get_by_label("Starts").fill("2026-12-01T10:00")
    form.get_by_label("Ends").fill("2026-12-01T11:00")
    form.get_by_role("button", name="Add interview").click()
    expect(page.locator(".interview").filter(has_text="Final round with the VP")).to_have_count(1)

    page.get_by_text("Add a contact by hand").click()
    form = page.locator("#new-contact")
    form.get_by_label("Name").fill("Priya Raman")
    form.get_by_label("Email").fill("priya@initech.example")
    form.get_by_label("Role in the process").select_option("recruiter")
    form.get_by_role("button", name="Add contact").click()
    expect(page.locator(".contact").filter(has_text="Priya Raman")).to_contain_text("Recruiter")

    detail = paired.get(f"/api/applications/{application['id']}")
    added = next(i for i in detail["interviews"] if i["title"] == "Final round with the VP")
    # Typed in the user's zone: the one the page says it shows times in.
    zone = page.locator("#zone-note").inner_text().removeprefix("Times in ").split(" ")[0]
    assert datetime.fromisoformat(added["start"]) == datetime(2026, 12, 1, 10, 0, tzinfo=ZoneInfo(zone))
    assert added["zone"] == zone
    assert any(c["name"] == "Priya Raman" and c["kind"] == "recruiter" for c in detail["contacts"])


def test_delete_asks_first_and_keep_it_keeps_it(browser_context, extension_url, paired, application):
    page = open_applications_page(browser_context, extension_url, application["id"])
    page.get_by_role("button", name="Delete this application…").click()
    dialog = page.get_by_role("dialog", name="Delete this application?")
    expect(dialog).to_contain_text("Initech · Senior Front-end Engineer")
    dialog.get_by_role("button", name="Keep it").click()
    assert paired.request("GET", f"/api/applications/{application['id']}")[0] == 200

    page.get_by_role("button", name="Delete this application…").click()
    page.get_by_role("dialog").get_by_role("button", name="Delete").click()
    expect(page.get_by_role("status").first).to_contain_text("Deleted Initech")
    assert paired.request("GET", f"/api/applications/{application['id']}")[0] == 404
    expect(page.locator(f'a[href="#application-{application["id"]}"]')).to_have_count(0)


def test_captured_markup_is_shown_as_text(browser_context, extension_url, paired):
    company = '<img src=x onerror="document.title=\'owned\'">Evil Corp'
    status, created = paired.request("POST", "/api/applications", {"company": company, "title": "<b>Role</b>"})
    assert status == 201
    page = open_applications_page(browser_context, extension_url, created["id"])
    expect(page.locator("#detail-title")).to_contain_text(company)
    assert page.locator("#detail img, .application-list img").count() == 0
    assert page.title() != "owned"


def test_adding_an_application_by_hand(browser_context, extension_url, paired):
    page = open_applications_page(browser_context, extension_url)
    page.get_by_role("link", name="Add an application").first.click()
    form = page.locator("#new-application")
    form.get_by_label("Company").fill("Hooli")
    form.get_by_label("Role").fill("Design Engineer")
    form.get_by_label("Status").select_option("applied")
    form.get_by_label("Applied on").fill("2026-11-16")
    form.get_by_role("button", name="Add application").click()

    expect(page.locator("#detail-title")).to_have_text("Hooli · Design Engineer")
    [stored] = [a for a in paired.get("/api/applications")["applications"] if a["company"] == "Hooli"]
    assert (stored["title"], stored["status"], stored["applied_on"]) == ("Design Engineer", "applied", "2026-11-16")


def test_export_all_data_then_import_it_from_the_page(browser_context, extension_url, paired, application, tmp_path):
    page = open_applications_page(browser_context, extension_url, application["id"])
    with page.expect_download() as download:
        page.get_by_role("button", name="Export all data").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)
    document = json.loads(saved.read_text())
    assert "Initech" in [a["company"] for a in document["applications"]]
    expect(page.get_by_role("status").first).to_contain_text("Exported")

    before = len(paired.get("/api/applications")["applications"])
    page.get_by_label("Import data…").set_input_files(str(saved))
    expect(page.get_by_role("status").first).to_contain_text(f"Imported {len(document['applications'])} applications")
    assert len(paired.get("/api/applications")["applications"]) == before + len(document["applications"])


def test_the_list_sorts_by_the_next_follow_up(browser_context, extension_url, paired):
    for company, applied in (("Umbrella", "2040-01-20"), ("Cyberdyne", "2040-01-05")):
        status, _ = paired.request("POST", "/api/applications", {"company": company, "title": "Analyst",
                                                                 "status": "applied", "applied_on": applied})
        assert status == 201
    page = open_applications_page(browser_context, extension_url)
    page.get_by_label("Sort by").select_option("next_due")
    entries = page.locator("#application-list .list-entry")
    companies = [text.split("\n")[0] for text in entries.all_inner_texts()]
    # Cyberdyne applied first, so its follow-up on the application is due first.
    assert companies.index("Cyberdyne") < companies.index("Umbrella")
    expect(entries.filter(has_text="Cyberdyne")).to_contain_text("Next:")
    save_screenshot(page, "applications-sorted-by-next-follow-up")
    page.get_by_label("Sort by").select_option("company")
    companies = [text.split("\n")[0] for text in entries.all_inner_texts()]
    assert companies == sorted(companies, key=str.lower)


def test_the_board_moves_a_card_by_drag_and_drop_and_by_keyboard(browser_context, extension_url, paired):
    status, globex = paired.request("POST", "/api/applications", {"company": "Globex Board", "title": "Analyst",
                                                                  "status": "applied"})
    assert status == 201
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(extension_url("pages/applications.html#board"))
    board = page.get_by_role("region", name="Board")
    card = board.locator(f'.board-card[data-id="{globex["id"]}"]')
    expect(page.locator(".board-applied")).to_contain_text("Globex Board")
    save_screenshot(page, "applications-board")

    card.drag_to(board.locator('[data-drop="rejected"]'))
    expect(page.locator(".board-closed")).to_contain_text("Globex Board")
    stored = paired.get(f"/api/applications/{globex['id']}")
    assert stored["status"] == "rejected"
    assert "thank_you_anyway" in [f["kind"] for f in stored["followups"] if f["status"] == "pending"]

    # The keyboard alone: its "Move to" choice, then Move.
    card = page.locator(f'.board-card[data-id="{globex["id"]}"]')
    card.get_by_label("Move to").select_option("applied")
    card.get_by_role("button", name="Move").click()
    expect(page.locator(".board-applied")).to_contain_text("Globex Board")
    assert paired.get(f"/api/applications/{globex['id']}")["status"] == "applied"


def test_a_spreadsheet_from_another_tracker_shows_its_column_matching_then_imports(browser_context, extension_url,
                                                                                    paired, tmp_path):
    sheet = tmp_path / "huntr-export.csv"
    sheet.write_text("Company,Job Title,Status,Date Applied,URL,Salary\r\n"
                     "Vandelay Industries,Import Analyst,Applied,2026-11-02,https://jobs.vandelay.example/7,90k\r\n"
                     "Kramerica,Intern,Wishlist,,,\r\n"
                     "Pendant Publishing,Editor,Phone Screen,someday,,\r\n", encoding="utf-8")
    page = open_applications_page(browser_context, extension_url)
    page.get_by_label("Import data…").set_input_files(str(sheet))

    preview = page.get_by_role("region", name="Import huntr-export.csv?")
    expect(preview).to_contain_text("3 to add. Nothing is saved until you import.")
    rows = preview.get_by_role("table", name="How its columns are read").locator("tbody tr")
    expect(rows).to_have_text(["CompanyCompany", "Job TitleRole", "StatusStatus", "Date AppliedApplied on",
                               "URLJob posting address"])
    expect(preview).to_contain_text("Left out: Salary.")
    expect(preview).to_contain_text("'someday' is not a date")
    save_screenshot(page, "applications-import-spreadsheet")
    assert not paired.applications_from("vandelay")  # shown, not written

    preview.get_by_role("button", name="Import 3 applications").click()
    expect(page.get_by_role("status")).to_have_text("Imported 3 applications from huntr-export.csv.")
    expect(page.get_by_role("region", name="Import huntr-export.csv?")).to_have_count(0)
    [vandelay] = paired.applications_from("vandelay")
    assert (vandelay["company"], vandelay["status"], vandelay["applied_on"]) == ("Vandelay Industries", "applied", "2026-11-02")
    statuses = {a["company"]: a["status"] for a in paired.get("/api/applications")["applications"]}
    assert statuses["Kramerica"] == "saved" and statuses["Pendant Publishing"] == "interviewing"
    expect(page.locator("#application-list")).to_contain_text("Pendant Publishing")


def test_the_summary_draws_the_funnel_and_the_weeks_with_their_numbers(browser_context, extension_url, paired):
    for company, outcome in (("Funnel Co", "rejected"), ("Second Co", "replied"), ("Third Co", None)):
        _, created = paired.request("POST", "/api/applications", {"company": company, "title": "Engineer", "status": "saved"})
        paired.request("POST", f"/api/applications/{created['id']}/outcomes", {"outcome": "applied"})
        if outcome:
            paired.request("POST", f"/api/applications/{created['id']}/outcomes", {"outcome": outcome})
    expected = paired.get("/api/summary")

    page = open_applications_page(browser_context, extension_url)
    page.get_by_role("link", name="Summary", exact=True).click()
    summary = page.get_by_role("region", name="Your search")
    expect(page.get_by_role("link", name="Summary", exact=True)).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("link", name="Board", exact=True)).not_to_have_attribute("aria-current", "page")
    funnel = summary.get_by_role("table", name="The funnel in numbers")
    expect(funnel.locator("tbody tr")).to_have_text([f"{label}{stage['count']}" for label, stage in
                                                     zip(("Applied", "Answered", "Interviewed", "Offered"), expected["funnel"])])
    assert expected["funnel"][0]["count"] >= 3
    expect(summary).to_contain_text(f"{round(expected['response_rate'] * 100)}% answered")
    # Chart.js, bundled with the extension, drew both charts (nothing is fetched from elsewhere).
    expect(summary.get_by_role("img", name=re.compile(r"^Funnel: \d+ applied"))).to_be_visible()
    drawn = page.evaluate("""() => [...document.querySelectorAll('.summary canvas')]
        .map((canvas) => Boolean(globalThis.Chart?.getChart(canvas)))""")
    assert drawn == [True, True]
    expect(summary.get_by_role("table", name="Each week in numbers").locator("tbody tr")).to_have_count(12)
    save_screenshot(page, "applications-summary")
    page.emulate_media(color_scheme="dark")
    page.reload()
    page.get_by_role("region", name="Your search").wait_for()
    save_screenshot(page, "applications-summary-dark")


def test_exported_data_imported_into_an_empty_companion_gives_the_same_search(browser_context, extension_url,
                                                                             service_worker, paired, application,
                                                                             fresh_companion, tmp_path):
    page = open_applications_page(browser_context, extension_url, application["id"])
    with page.expect_download() as download:
        page.get_by_role("button", name="Export all data").click()
    saved = tmp_path / "export.json"
    download.value.save_as(saved)

    def search(companion) -> tuple:
        applications = sorted((a["company"], a["title"], a["status"], a["applied_on"])
                              for a in companion.get("/api/applications")["applications"])
        follow_ups = sorted((f["kind"], f["status"], f["due"]) for f in companion.get("/api/followups?status=all")["followups"])
        return applications, follow_ups

    before = search(paired)
    pair(service_worker, fresh_companion)  # the same extension, now with a new, empty companion
    empty = open_applications_page(browser_context, extension_url)
    expect(empty.get_by_role("heading", name="No applications yet")).to_be_visible()
    empty.get_by_label("Import data…").set_input_files(str(saved))
    expect(empty.get_by_role("status").first).to_contain_text("Imported")
    assert search(fresh_companion) == before and before[0] and before[1]
