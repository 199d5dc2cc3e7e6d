"""The popup's reminder to add the user's name and email (extension/popup/identity-notice.js):
shown while the companion lacks either, gone once the options page has set both, and hidden for
the session when the user says "Not now"."""

from __future__ import annotations

from playwright.sync_api import expect

from extension_pages import open_popup, pair_with, save_screenshot

NOTICE_TEXT = "Add your name and email so drafts are signed and invites leave you out"


def notice(popup):
    return popup.locator("#identity-notice").get_by_text(NOTICE_TEXT)


def test_notice_shows_without_an_email_and_goes_once_the_options_set_it(
        browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    fresh_companion.request("PATCH", "/api/settings", {"name": "Alex Candidate"})  # a name but no email
    popup = open_popup(browser_context, extension_url)
    expect(notice(popup)).to_be_visible()
    save_screenshot(popup, "popup-identity-notice")

    with browser_context.expect_page() as opened:
        popup.get_by_role("button", name="Open options").click()
    options = opened.value
    options.wait_for_load_state()
    assert options.url.endswith("/extension/options/options.html")
    options.get_by_label("Your email address").fill("alex.candidate@example.net")
    options.get_by_role("button", name="Save").click()
    expect(options.locator("#settings-status")).to_contain_text("Saved 1 change")

    popup.reload()
    popup.wait_for_selector("body[data-state=ready], body[data-state=empty]")
    expect(popup.locator("#identity-notice")).to_be_empty()
    expect(popup.get_by_role("heading", name="You are all caught up")).to_be_visible()


def test_not_now_hides_the_notice_for_the_session(browser_context, service_worker, extension_url, fresh_companion):
    pair_with(service_worker, fresh_companion)
    popup = open_popup(browser_context, extension_url)
    expect(notice(popup)).to_be_visible()

    popup.get_by_role("button", name="Not now").click()
    expect(notice(popup)).to_have_count(0)
    expect(popup.get_by_role("heading", name="Follow-ups")).to_be_focused()

    again = open_popup(browser_context, extension_url)
    expect(again.get_by_role("heading", name="You are all caught up")).to_be_visible()
    expect(again.locator("#identity-notice")).to_be_empty()
    assert fresh_companion.get("/api/settings")["settings"]["email"] == ""  # still missing: only hidden


def test_no_notice_when_the_companion_cannot_be_reached(browser_context, service_worker, extension_url, closed_port_url, fresh_companion):
    service_worker.evaluate("([url, token]) => chrome.storage.local.set({companionUrl: url, token})",
                            [closed_port_url, fresh_companion.token])
    popup = open_popup(browser_context, extension_url)
    expect(popup.get_by_role("heading", name="The companion is not running")).to_be_visible()
    expect(popup.locator("#identity-notice")).to_be_empty()
