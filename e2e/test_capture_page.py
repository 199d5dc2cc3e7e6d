"""Capturing a job page with the in-page Track button, on saved LinkedIn and Greenhouse pages
served under their real addresses: the click ends as the right application in the companion,
and the page tells the user what was understood."""


import re

import pytest
from capture_helpers import CORPUS_PAGES, FIXTURES, TRACK_BUTTON, pair, serve_saved_page, track
from extension_pages import ARTIFACTS, save_screenshot
from playwright.sync_api import expect

LINKEDIN_URL = "https://www.linkedin.com/jobs/view/3561224688/"
LINKEDIN_TITLE = "Power Monitoring Execution Engineer, Google Data Center"
GREENHOUSE_URL = "https://boards.greenhouse.io/anthropic/jobs/4182383008"
GREENHOUSE_TITLE = "Machine Learning Systems Engineer, RL Engineering"
BARE_GREENHOUSE_URL = "https://boards.greenhouse.io/quietco/jobs/5550001"


@pytest.mark.corpus
def test_linkedin_job_becomes_an_application(browser_context, paired):
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/view/**", CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html")
    panel = track(browser_context.new_page(), LINKEDIN_URL)

    expect(panel).to_contain_text(f"Tracked: {LINKEDIN_TITLE} at Google")
    [application] = paired.applications_from("3561224688")
    assert (application["company"], application["title"]) == ("Google", LINKEDIN_TITLE)
    assert (application["board"], application["board_job_id"]) == ("linkedin", "3561224688")
    assert "Austin" in application["location"]
    [capture] = paired.captures_of(LINKEDIN_URL)
    assert capture["status"] == "understood"
    assert capture["application_id"] == application["id"]


@pytest.mark.corpus
def test_greenhouse_job_becomes_an_application(browser_context, paired):
    serve_saved_page(browser_context, "https://boards.greenhouse.io/anthropic/jobs/*", CORPUS_PAGES / "greenhouse_classic_anthropic.html")
    panel = track(browser_context.new_page(), GREENHOUSE_URL)

    expect(panel).to_contain_text(f"Tracked: {GREENHOUSE_TITLE} at Anthropic")
    [application] = paired.applications_from("4182383008")
    assert (application["company"], application["title"]) == ("Anthropic", GREENHOUSE_TITLE)
    assert (application["board"], application["board_job_id"]) == ("greenhouse", "4182383008")
    assert [capture["status"] for capture in paired.captures_of(GREENHOUSE_URL)] == ["understood"]


@pytest.mark.corpus
def test_tracking_the_same_job_twice_keeps_one_application(browser_context, paired):
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/view/**", CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html")
    page = browser_context.new_page()
    track(page, LINKEDIN_URL)
    expect(track(page, LINKEDIN_URL)).to_contain_text("Tracked:")

    assert len(paired.applications_from("3561224688")) == 1


@pytest.mark.corpus
def test_button_appears_only_once_the_page_shows_a_job(browser_context, paired):
    """On a board's page without a job (LinkedIn's job search home) there is no button; when
    the single-page app moves to a job without loading a new page, the button appears."""
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/", CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html")
    page = browser_context.new_page()
    page.goto("https://www.linkedin.com/jobs/")
    page.wait_for_load_state("load")
    button = page.get_by_role("button", name=TRACK_BUTTON)
    expect(button).to_have_count(0)

    page.evaluate("history.pushState({}, '', '/jobs/search/?currentJobId=3561224688')")
    expect(button).to_have_text("Track this job")


def test_what_was_not_found_can_be_filled_in_from_the_page(browser_context, paired):
    serve_saved_page(browser_context, "https://boards.greenhouse.io/quietco/jobs/*", FIXTURES / "greenhouse_job_page_without_details.html")
    panel = track(browser_context.new_page(), BARE_GREENHOUSE_URL)

    form = panel.get_by_role("form", name="Fill in what is missing")
    form.get_by_label("Company").fill("Quiet Co")
    form.get_by_label("Job title").fill("Data Engineer")
    form.get_by_role("button", name="Save").click()

    expect(panel).to_contain_text("Tracked: Data Engineer at Quiet Co")
    [application] = paired.applications_from("5550001")
    assert (application["company"], application["title"]) == ("Quiet Co", "Data Engineer")


# A recruiting agency's posting (hand-written): its JSON-LD names the agency as the organisation.
AGENCY_PAGE = """<!doctype html><html><head><title>Java Engineer</title>
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Java Engineer",
 "hiringOrganization": {"@type": "Organization", "name": "Robert Half"},
 "description": "A SaaS company is hiring a Java engineer.",
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Toronto", "addressRegion": "ON"}}}</script>
</head><body><h1>Java Engineer</h1><p>A SaaS company is hiring a Java engineer.</p></body></html>"""


def test_a_recruiting_agencys_posting_asks_for_the_employer(browser_context, paired):
    browser_context.route("https://boards.greenhouse.io/roberthalf/jobs/*", lambda route: route.fulfill(
        status=200, content_type="text/html; charset=utf-8", body=AGENCY_PAGE))
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1000, "height": 640})
    panel = track(page, "https://boards.greenhouse.io/roberthalf/jobs/5550002")

    expect(panel).to_contain_text("Posted by Robert Half, a recruiting agency that does not name the employer")
    save_screenshot(page, "job-page-agency-posting")
    form = panel.get_by_role("form", name="Fill in what is missing")
    form.get_by_label("Company").fill("Initrode")
    form.get_by_role("button", name="Save").click()
    expect(panel).to_contain_text("Tracked: Java Engineer at Initrode")
    [application] = paired.applications_from("5550002")
    assert application["company"] == "Initrode"
    assert application["notes"] == "Posted by Robert Half, a recruiting agency, for an employer it does not name."


PAGE_SCRIPT_PRESSES_TRACK = """() => {
  const button = document.getElementById("interview-follow-up-extension").shadowRoot.querySelector("button.track");
  button.click();
  button.dispatchEvent(new MouseEvent("click", {bubbles: true}));
  return button.textContent;  // "Tracking…" had the click been taken
}"""

PAGE_SCRIPT_SUBMITS_FORM = """() => {
  const root = document.getElementById("interview-follow-up-extension").shadowRoot;
  const form = root.querySelector("form");
  form.querySelector("input[name=company]").value = "Planted By The Page";
  form.requestSubmit();
  form.querySelector("button.save").click();
  return root.querySelector("form [role=status]").textContent;  // "Saving…" had it been taken
}"""


def test_page_scripts_cannot_press_the_track_button_or_save(browser_context, service_worker, fresh_companion):
    companion = pair(service_worker, fresh_companion)
    serve_saved_page(browser_context, "https://boards.greenhouse.io/quietco/jobs/*", FIXTURES / "greenhouse_job_page_without_details.html")
    page = browser_context.new_page()
    page.goto(BARE_GREENHOUSE_URL)
    page.get_by_role("button", name=TRACK_BUTTON).wait_for()

    assert page.evaluate(PAGE_SCRIPT_PRESSES_TRACK) != "Tracking…"
    assert companion.captures_of(BARE_GREENHOUSE_URL) == []

    page.get_by_role("button", name=TRACK_BUTTON).click()  # the user's own click works
    form = page.get_by_role("form", name="Fill in what is missing")
    expect(form).to_be_visible()
    assert page.evaluate(PAGE_SCRIPT_SUBMITS_FORM) == ""
    [application] = companion.applications_from("5550001")
    assert application["company"] != "Planted By The Page"
    assert len(companion.captures_of(BARE_GREENHOUSE_URL)) == 1


@pytest.mark.corpus
def test_a_tracked_job_page_says_so_and_opens_its_application(browser_context, paired):
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/view/**", CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html")
    page = browser_context.new_page()
    track(page, LINKEDIN_URL)
    [application] = paired.applications_from("3561224688")
    paired.request("POST", f"/api/applications/{application['id']}/outcomes", {"outcome": "applied"})

    page.goto(LINKEDIN_URL + "?trk=public_jobs_topcard")  # the same job, with a tracking parameter
    status = page.get_by_role("button", name=re.compile(r"^Tracked"))
    expect(status).to_have_text(re.compile(r"^Tracked · Applied · next: Follow up on your application, \w{3}"))
    save_screenshot(page, "job-page-tracked")
    with browser_context.expect_page() as opened:
        status.click()
    expect(opened.value).to_have_url(re.compile(rf"/extension/pages/applications\.html#application-{application['id']}$"))


@pytest.mark.corpus
def test_i_applied_from_the_panel_plans_the_follow_up_on_the_application(browser_context, paired):
    serve_saved_page(browser_context, "https://boards.greenhouse.io/anthropic/jobs/*", CORPUS_PAGES / "greenhouse_classic_anthropic.html")
    page = browser_context.new_page()
    panel = track(page, GREENHOUSE_URL)
    [application] = paired.applications_from("4182383008")
    if application["status"] != "saved":  # another test of this module may have moved it on
        paired.request("PATCH", f"/api/applications/{application['id']}", {"status": "saved"})
        panel = track(page, GREENHOUSE_URL)

    panel.screenshot(path=str(ARTIFACTS / "job-page-panel-i-applied.png"))
    panel.get_by_role("button", name="I applied").click()
    expect(panel).to_contain_text("Recorded: you applied")
    expect(panel.get_by_role("button", name="I applied")).to_have_count(0)
    stored = paired.get(f"/api/applications/{application['id']}")
    assert stored["status"] == "applied"
    assert [f["kind"] for f in stored["followups"] if f["status"] == "pending"] == ["application_follow_up"]
