"""The outbox: a capture made while the companion cannot take it (stopped, or the token is
wrong) is kept in the browser and arrives exactly once, in order, when it can."""

import base64
import gzip

import pytest
from capture_helpers import CORPUS_PAGES, pair, serve_saved_page, track
from extension_pages import save_screenshot
from playwright.sync_api import expect

LINKEDIN_URL = "https://www.linkedin.com/jobs/view/3561224688/"
GREENHOUSE_URL = "https://boards.greenhouse.io/anthropic/jobs/4182383008"
pytestmark = pytest.mark.corpus  # every test here serves real pages from the corpus


def serve_both_boards(context):
    serve_saved_page(context, "https://www.linkedin.com/jobs/view/**", CORPUS_PAGES / "linkedin_guest_jobview_google_austin.html")
    serve_saved_page(context, "https://boards.greenhouse.io/anthropic/jobs/*", CORPUS_PAGES / "greenhouse_classic_anthropic.html")


def received_urls(companion) -> list[str]:
    """Capture addresses in the order the companion received them."""
    captures = sorted(companion.get("/api/captures")["captures"], key=lambda capture: capture["id"])
    return [capture["url"] for capture in captures]


def test_capture_while_companion_is_down_arrives_once_when_it_is_back(
    browser_context, service_worker, extension_url, fresh_companion
):
    pair(service_worker, fresh_companion)
    serve_both_boards(browser_context)
    fresh_companion.stop()

    page = browser_context.new_page()
    panel = track(page, LINKEDIN_URL)
    expect(panel).to_contain_text("Kept for later")
    expect(panel).to_contain_text("The companion is not running")
    expect(panel).to_contain_text("start it with `interview-companion serve`")
    options = browser_context.new_page()
    options.goto(extension_url("options/options.html"))
    expect(options.get_by_text("1 capture is waiting to be sent")).to_be_visible()

    fresh_companion.start()
    # The next click sends what waited first, then itself.
    expect(track(page, GREENHOUSE_URL)).not_to_contain_text("Kept for later")
    assert received_urls(fresh_companion) == [LINKEDIN_URL, GREENHOUSE_URL]

    # Anything that sends the outbox again (here: testing the connection) sends nothing twice.
    options.reload()
    options.get_by_role("button", name="Test connection").click()
    expect(options.get_by_role("status")).to_contain_text("Connected")
    expect(options.get_by_text("waiting to be sent")).to_have_count(0)
    assert received_urls(fresh_companion) == [LINKEDIN_URL, GREENHOUSE_URL]


def test_wrong_token_keeps_the_capture_until_paired(browser_context, service_worker, extension_url, fresh_companion):
    serve_both_boards(browser_context)
    pair(service_worker, fresh_companion)
    service_worker.evaluate("chrome.storage.local.set({token: 'an-old-token'})")

    panel = track(browser_context.new_page(), GREENHOUSE_URL)
    expect(panel).to_contain_text("Kept for later")
    expect(panel).to_contain_text("The pairing token is wrong — paste it again")
    assert received_urls(fresh_companion) == []

    options = browser_context.new_page()
    options.goto(extension_url("options/options.html"))
    options.get_by_label("Pairing token").fill(fresh_companion.token)
    options.get_by_role("button", name="Test connection").click()
    expect(options.get_by_role("status")).to_contain_text("Connected")
    fresh_companion.wait_for(lambda: received_urls(fresh_companion), "the capture kept in the outbox")
    expect(options.get_by_text("waiting to be sent")).to_have_count(0)
    assert received_urls(fresh_companion) == [GREENHOUSE_URL]


FILL_STORAGE = """() => {
  // Leave the extension's storage (about 10 MB) with less room than one more capture needs.
  const room = chrome.storage.local.QUOTA_BYTES - 2000;
  return chrome.storage.local.set({ filler: "x".repeat(room) });
}"""


def test_full_outbox_says_so_instead_of_pretending_to_keep_the_capture(
    browser_context, service_worker, fresh_companion
):
    serve_both_boards(browser_context)
    pair(service_worker, fresh_companion)
    service_worker.evaluate(FILL_STORAGE)
    page = browser_context.new_page()

    # With the companion up, the capture is sent at once even though it cannot be queued.
    expect(track(page, GREENHOUSE_URL)).not_to_contain_text("could not be kept")
    assert received_urls(fresh_companion) == [GREENHOUSE_URL]

    fresh_companion.stop()
    panel = track(page, LINKEDIN_URL)
    expect(panel).to_contain_text("could not be kept: the extension's outbox is full")
    expect(panel).to_contain_text("The companion is not running")
    expect(panel).not_to_contain_text("Kept for later")


EARLIER_URL = "https://example.com/jobs/kept-by-an-earlier-version"
# An outbox as an earlier version of the extension left it (the page packed as "htmlGzip"), with a
# capture behind it that storage lost the body of.
EARLIER_AND_CORRUPT = """(packed) => chrome.storage.local.set({outbox: [{
  clientId: "earlier-1", queuedAt: new Date().toISOString(), source: "page", label: "Saved before the update",
  body: {url: "%s", title: "Saved before the update", json_ld: [], selection: "", htmlGzip: packed},
}, {
  clientId: "corrupt-1", queuedAt: new Date().toISOString(), source: "page", label: "Broken saved page", body: null,
}]})""" % EARLIER_URL


def test_capture_that_cannot_be_sent_moves_aside_and_can_be_discarded(
    browser_context, service_worker, extension_url, fresh_companion
):
    serve_both_boards(browser_context)
    pair(service_worker, fresh_companion)
    page = b"<html><head><title>Saved before the update</title></head><body><p>Caf\xc3\xa9</p></body></html>"
    service_worker.evaluate(EARLIER_AND_CORRUPT, base64.b64encode(gzip.compress(page)).decode())

    # The capture an earlier version kept goes first; the unreadable one no longer blocks the queue.
    expect(track(browser_context.new_page(), GREENHOUSE_URL)).not_to_contain_text("Kept for later")
    assert received_urls(fresh_companion) == [EARLIER_URL, GREENHOUSE_URL]

    options = browser_context.new_page()
    options.goto(extension_url("options/options.html"))
    failed = options.get_by_role("region", name="Captures that could not be sent")
    expect(failed).to_contain_text("Broken saved page")
    expect(failed).to_contain_text("could not prepare it for sending")
    expect(options.get_by_text("waiting to be sent")).to_have_count(0)

    failed.get_by_role("button", name="Retry").click()  # still unreadable: back in the list
    expect(failed).to_contain_text("Broken saved page")
    failed.get_by_role("button", name="Discard").click()
    expect(failed).to_be_hidden()
    assert service_worker.evaluate("chrome.storage.local.get('outboxFailed')")["outboxFailed"] == []


# A hostile invite (an event repeating every minute since 1900) that an older companion took
# longer than a capture may: the outbox counted the try and waits before the next one.
POISON_INVITE = """() => chrome.storage.local.set({outbox: [{
  clientId: "poison-1", queuedAt: new Date(Date.now() - 120000).toISOString(), source: "ics", label: "poison.ics",
  body: {ics: "BEGIN:VCALENDAR\\r\\nVERSION:2.0\\r\\nPRODID:-//hand-made//EN\\r\\nBEGIN:VEVENT\\r\\nUID:poison@initech.example\\r\\n"
    + "SUMMARY:Interview with Initech\\r\\nDTSTART:19000101T090000Z\\r\\nDTEND:19000101T100000Z\\r\\n"
    + "RRULE:FREQ=MINUTELY;COUNT=1000000000\\r\\nEND:VEVENT\\r\\nEND:VCALENDAR\\r\\n"},
  attempts: 1, nextTryAt: new Date(Date.now() + 600000).toISOString(),
  lastError: "The companion did not answer within 60 seconds — it may be busy; try again.",
}]})"""


def test_a_poison_invite_waiting_in_the_outbox_does_not_stop_a_later_capture(
    browser_context, service_worker, extension_url, fresh_companion
):
    serve_both_boards(browser_context)
    pair(service_worker, fresh_companion)
    service_worker.evaluate(POISON_INVITE)

    # The capture made after it arrives at once; the invite waits for its next try.
    expect(track(browser_context.new_page(), GREENHOUSE_URL)).not_to_contain_text("Kept for later")
    assert received_urls(fresh_companion) == [GREENHOUSE_URL]

    options = browser_context.new_page()
    options.goto(extension_url("options/options.html"))
    waiting = options.get_by_role("region", name="Captures waiting for another try")
    expect(waiting).to_contain_text("poison.ics")
    expect(waiting).to_contain_text("Tried 1 time: The companion did not answer within 60 seconds")
    save_screenshot(options, "options-waiting-capture")

    # Sent now, today's companion reads it within its bounds and answers: it leaves the list.
    waiting.get_by_role("button", name="Send now").click()
    expect(waiting).to_be_hidden()
    sources = [capture["source"] for capture in fresh_companion.get("/api/captures")["captures"]]
    assert sorted(sources) == ["ics", "page"]
    assert service_worker.evaluate("chrome.storage.local.get('outbox')")["outbox"] == []
