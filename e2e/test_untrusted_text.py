"""Text taken from a page is shown as text: a page whose title and content hold
`<img src=x onerror=...>` and `<script>` gets its capture shown in the in-page panel and in
the popup with those strings visible, and none of them runs."""

from capture_helpers import FIXTURES, serve_saved_page, track
from playwright.sync_api import expect

URL = "https://www.linkedin.com/jobs/view/7000001/"
IMG_MARKUP = "<img src=x onerror="
SCRIPT_MARKUP = "<script>window.__pwned="

EXTENSION_ELEMENTS = """(selector) => {
  const host = document.getElementById("interview-follow-up-extension");
  return host.shadowRoot.querySelectorAll(selector).length;
}"""


def test_markup_from_the_page_shows_as_text_in_the_panel(browser_context, paired):
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/view/**", FIXTURES / "page_with_markup_in_title_and_text.html")
    page = browser_context.new_page()
    panel = track(page, URL)

    expect(panel).to_contain_text(IMG_MARKUP)
    expect(panel).to_contain_text(SCRIPT_MARKUP)
    assert page.evaluate(EXTENSION_ELEMENTS, "img, script") == 0
    assert page.evaluate("window.__pwned") is None


def test_markup_from_the_page_shows_as_text_in_the_popup(browser_context, paired, extension_url):
    serve_saved_page(browser_context, "https://www.linkedin.com/jobs/view/**", FIXTURES / "page_with_markup_in_title_and_text.html")
    track(browser_context.new_page(), URL)

    popup = browser_context.new_page()
    popup.goto(extension_url("popup/popup.html"))
    expect(popup.locator("body")).to_contain_text(SCRIPT_MARKUP)
    assert popup.locator("img, script:not([src])").count() == 0
    assert popup.evaluate("window.__pwned") is None
