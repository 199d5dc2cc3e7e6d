"""The one list of real site addresses (tests/extension/site_urls.json) in the real browser: with
the manifest's own match patterns and sites.js, the in-page Track button shows on exactly the
addresses the list gives a site, with that site's label. (tests/extension/test_supported_sites.py
checks the same list against the manifest's patterns as the browser reads them and against the
companion's readers, without a browser.)"""

from __future__ import annotations

import json

from capture_helpers import TRACK_BUTTON
from fixture_files import REPO_ROOT
from playwright.sync_api import expect

SITE_URLS = json.loads((REPO_ROOT / "tests" / "extension" / "site_urls.json").read_text(encoding="utf-8"))["urls"]
EMPTY_PAGE = b"<!doctype html><html><head><title>page</title></head><body><main>page</main></body></html>"
# After the load event, how long a page without a button is watched: content scripts declared
# for document_idle have run by then (a button showing late would go unseen, never fail falsely).
SETTLE_MS = 500
WEBMAILS = {"gmail", "outlook_mail"}


def test_the_track_button_shows_exactly_where_the_list_of_real_addresses_says(browser_context):
    browser_context.route("**/*", lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=EMPTY_PAGE))
    page = browser_context.new_page()
    button = page.get_by_role("button", name=TRACK_BUTTON)
    seen = {}
    for url, site in SITE_URLS.items():
        if not url.startswith(("http://", "https://")):
            continue
        page.goto(url)
        page.wait_for_load_state("load")
        if site:
            label = ("Track this interview" if site.endswith("_calendar") else
                     "Track this e-mail" if site in WEBMAILS else "Track this job")
            expect(button, url).to_have_text(label)
        else:
            page.wait_for_timeout(SETTLE_MS)
        seen[url] = button.count() == 1
    assert seen == {url: bool(site) for url, site in SITE_URLS.items() if url in seen}
