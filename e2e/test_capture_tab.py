"""Pages of sites without an in-page button are read only when the user asks on that page
(toolbar button, context menu, shortcut: Chrome's activeTab grant). Without that grant the
extension cannot read them, and says what to do instead of failing silently."""

CAREERS_URL = "https://careers.example.org/jobs/42"
CAREERS_PAGE = "<!doctype html><title>Data Engineer at Example Org</title><h1>Data Engineer</h1>"


def test_a_page_without_the_users_click_stays_unread(browser_context, paired, extension_url):
    browser_context.route(
        "https://careers.example.org/**", lambda route: route.fulfill(status=200, content_type="text/html", body=CAREERS_PAGE)
    )
    extension_page = browser_context.new_page()
    extension_page.goto(extension_url("options/options.html"))
    job_page = browser_context.new_page()
    job_page.goto(CAREERS_URL)
    job_page.bring_to_front()

    answer = extension_page.evaluate("chrome.runtime.sendMessage({type: 'capture-tab'})")

    assert answer["ok"] is False
    assert "click its toolbar button on the page" in answer["feedback"]["message"]
    assert paired.captures_of(CAREERS_URL) == []
