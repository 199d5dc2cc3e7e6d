"""The options page: pairing with the companion's token, and the messages a user gets when the
token or the address is wrong."""

from playwright.sync_api import expect


def open_options(browser_context, extension_url):
    page = browser_context.new_page()
    page.goto(extension_url("options/options.html"))
    return page


def test_right_token_connects(browser_context, extension_url, companion):
    page = open_options(browser_context, extension_url)
    page.get_by_label("Companion address").fill(companion.base_url)
    page.get_by_label("Pairing token").fill(companion.token)
    page.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("status")).to_contain_text("Connected")
    expect(page.get_by_role("status")).to_contain_text("token is right")


def test_wrong_token_says_paste_it_again(browser_context, extension_url, companion):
    page = open_options(browser_context, extension_url)
    page.get_by_label("Companion address").fill(companion.base_url)
    page.get_by_label("Pairing token").fill("not-the-token")
    page.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("status")).to_contain_text("The pairing token is wrong — paste it again")
    expect(page.get_by_role("status")).to_contain_text("interview-companion token")


def test_companion_not_running_says_how_to_start_it(browser_context, extension_url, companion, closed_port_url):
    page = open_options(browser_context, extension_url)
    page.get_by_label("Companion address").fill(closed_port_url)
    page.get_by_label("Pairing token").fill(companion.token)
    page.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("status")).to_contain_text("The companion is not running")
    expect(page.get_by_role("status")).to_contain_text("interview-companion serve")


def test_address_off_this_computer_is_refused(browser_context, extension_url, companion):
    page = open_options(browser_context, extension_url)
    page.get_by_label("Companion address").fill("http://example.com:8765")
    page.get_by_role("button", name="Test connection").click()
    expect(page.get_by_role("status")).to_contain_text("must be on this computer")
