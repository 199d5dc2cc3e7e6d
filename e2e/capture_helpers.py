"""Helpers for the capture tests: serving saved pages under their real addresses, clicking the
in-page Track button, and pairing the extension with a companion."""

from __future__ import annotations

import re
from pathlib import Path

from fixture_files import CORPUS_PAGES  # noqa: F401  (real pages, read in place from the shared corpus)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TRACK_BUTTON = re.compile(r"^Track this ")  # "Track this job", "Track this interview"; not "Tracked · …"
PANEL_NAME = "Interview Follow-Up: capture result"


def pair(service_worker, companion):
    """Stores the companion's address and token in the extension, as the options page does."""
    service_worker.evaluate(
        "([url, token]) => chrome.storage.local.set({companionUrl: url, token})", [companion.base_url, companion.token]
    )
    return companion


def serve_saved_page(context, url_pattern: str, page: Path) -> None:
    """Answers requests for a real site's address with a saved page."""
    body = page.read_bytes()
    context.route(url_pattern, lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=body))


def track(page, url: str):
    """Opens a page of a supported site, clicks the in-page Track button and returns the panel
    that tells what was understood."""
    page.goto(url)
    page.get_by_role("button", name=TRACK_BUTTON).click()
    panel = page.get_by_role("region", name=PANEL_NAME)
    panel.wait_for()
    return panel


MOUNT_CAPTURE_CONTROLS = """async () => {
  const { buildCaptureControls } = await import("/extension/shared/capture-controls.js");
  document.body.replaceChildren(buildCaptureControls());
}"""


def open_capture_controls(browser_context, extension_url):
    """The popup's capture controls (extension/shared/capture-controls.js) on a page of the
    extension, talking to the real service worker."""
    page = browser_context.new_page()
    page.goto(extension_url("options/options.html"))
    page.evaluate(MOUNT_CAPTURE_CONTROLS)
    return page
