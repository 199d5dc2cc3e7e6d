"""Helpers for the tests of the popup and the applications page: opening them the way a
user sees them, an interview invite written for the test, and screenshots kept as artefacts."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

from urllib.parse import urlparse

import pytest
from icalendar import Calendar, Event, vCalAddress, vText

# As in conftest.py (not imported from there: tests/ has a conftest module of the same name).
REPO_ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
POPUP_SIZE = {"width": 380, "height": 600}
USER_EMAIL = "alex.candidate@example.net"
INTERVIEWERS = [("Dana Lee", "dana.lee@initech.example"), ("Sam Ortiz", "sam.ortiz@initech.example")]
SETTLED = "body[data-state=ready], body[data-state=empty], body[data-state=problem], body[data-state=offline]"


def open_popup(browser_context, extension_url, query: str = ""):
    """The popup page in a tab at the popup's size, once it has drawn what it loaded."""
    page = browser_context.new_page()
    page.set_viewport_size(POPUP_SIZE)
    page.goto(extension_url(f"popup/popup.html{query}"))
    page.wait_for_selector(SETTLED)
    return page


def open_applications_page(browser_context, extension_url, application_id: int | None = None):
    page = browser_context.new_page()
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(extension_url("pages/applications.html") + (f"#application-{application_id}" if application_id else ""))
    page.wait_for_selector("body[data-state=ready], body[data-state=problem]")
    return page


def save_screenshot(page, name: str) -> Path:
    """Keep a full-page screenshot under e2e/artifacts/ for a person to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def interview_invite(*, company_domain: str, ended_ago: timedelta, interviewers: list[tuple[str, str]],
                     uid: str, title: str = "Interview with Initech for Senior Front-end Engineer") -> str:
    """An invite as a company's calendar sends it: an hour-long interview that ended
    `ended_ago` before now, organised by a recruiter, with the interviewers invited."""
    end = datetime.now(timezone.utc).replace(microsecond=0) - ended_ago
    calendar = Calendar()
    calendar.add("prodid", "-//e2e popup tests//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REQUEST")
    event = Event()
    event.add("uid", uid)
    event.add("summary", title)
    event.add("dtstart", end - timedelta(hours=1))
    event.add("dtend", end)
    event.add("dtstamp", end - timedelta(days=7))
    event.add("sequence", 0)
    event.add("description", f"Interview for the Senior Front-end Engineer role at {company_domain}.")
    organizer = vCalAddress(f"mailto:recruiting@{company_domain}")
    organizer.params["cn"] = vText("Recruiting Team")
    event["organizer"] = organizer
    for name, email in interviewers:
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        event.add("attendee", attendee, encode=0)
    candidate = vCalAddress(f"mailto:{USER_EMAIL}")
    candidate.params["cn"] = vText("Alex Candidate")
    event.add("attendee", candidate, encode=0)
    calendar.add_component(event)
    return calendar.to_ical().decode()


def capture_invite(page, ics: str) -> dict:
    """Hand an invite to the extension as its pages do ({type: "capture-ics"}): the service
    worker sends it to the companion. Returns the worker's answer."""
    return page.evaluate("(ics) => chrome.runtime.sendMessage({type: 'capture-ics', ics, label: 'Invite file'})", ics)


def pair_with(service_worker, companion) -> None:
    """Store the companion's address and token in the extension, as the options page does."""
    service_worker.evaluate(
        "([url, token]) => chrome.storage.local.set({companionUrl: url, token})", [companion.base_url, companion.token]
    )


def badge_text(service_worker) -> str:
    return service_worker.evaluate("chrome.action.getBadgeText({})")


def due_now_count(companion) -> int:
    """How many open follow-ups the companion says are due by now."""
    now = datetime.now(timezone.utc).isoformat()
    open_follow_ups = companion.get("/api/followups?status=open")["followups"]
    return sum(1 for follow_up in open_follow_ups if follow_up["next_due"] <= now)


MODULE_ORIGIN = "http://extension-modules.test"
CONTENT_TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html"}


@pytest.fixture(scope="module")
def module_page(playwright_driver):
    """A page that can import the extension's DOM-free ES modules (time, snooze, grouping):
    the extension folder served under a test origin, in a plain Chromium shared by a module."""
    browser = playwright_driver.chromium.launch(executable_path=CHROMIUM_PATH, headless=True,
                                                args=["--no-sandbox", "--disable-gpu"])
    page = browser.new_page()
    page.route(f"{MODULE_ORIGIN}/**", _serve_extension_file)
    page.goto(f"{MODULE_ORIGIN}/blank.html")
    yield page
    browser.close()


def _serve_extension_file(route):
    path = urlparse(route.request.url).path
    if path == "/blank.html":
        return route.fulfill(status=200, content_type="text/html", body="<!doctype html><title>modules</title>")
    file = (REPO_ROOT / path.lstrip("/")).resolve()
    if not file.is_relative_to(REPO_ROOT / "extension") or not file.is_file():
        return route.fulfill(status=404, body="")
    route.fulfill(status=200, content_type=CONTENT_TYPES.get(file.suffix, "application/octet-stream"), body=file.read_bytes())


def call_module(page, module: str, function: str, *args):
    """Call an exported function of one of the extension's ES modules in `page` (the same code
    the popup runs), with JSON arguments; ISO instants become Dates, Dates come back as ISO."""
    return page.evaluate(
        """async ([module, name, args]) => {
            const exported = await import(`/extension/${module}`);
            const instant = /^\\d{4}-\\d{2}-\\d{2}T[\\d:.]+(Z|[+-]\\d{2}:\\d{2})$/;
            const revive = (value) => typeof value === "string" && instant.test(value) ? new Date(value) : value;
            const result = await exported[name](...args.map(revive));
            return JSON.parse(JSON.stringify(result));
        }""",
        [module, function, list(args)],
    )


@pytest.fixture
def interviewed(browser_context, service_worker, extension_url, fresh_companion):
    """A paired extension whose user (their email in the settings) captured an interview with
    two people that ended a day ago; returns the companion."""
    pair_with(service_worker, fresh_companion)
    status, answer = fresh_companion.request("PATCH", "/api/settings", {"email": USER_EMAIL, "name": "Alex Candidate"})
    assert status == 200, answer
    page = browser_context.new_page()
    page.goto(extension_url("popup/popup.html"))
    ics = interview_invite(company_domain="initech.example", ended_ago=timedelta(hours=26),
                           interviewers=INTERVIEWERS, uid="popup-e2e-1@initech.example")
    answer = capture_invite(page, ics)
    assert answer["ok"], answer
    page.close()
    return fresh_companion


def fire_badge_alarm(service_worker) -> None:
    """Make the badge's alarm go off now, as Chrome does when a follow-up's time comes."""
    service_worker.evaluate("chrome.alarms.create('badge-next-due', {when: Date.now()})")
