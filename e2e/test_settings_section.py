"""The options page's "About you and your follow-ups" (extension/options/settings-section.js):
what the user types is stored in the real companion, only changed settings are sent, and a value
the companion refuses is explained under its field with nothing stored."""

from __future__ import annotations

from playwright.sync_api import expect

from capture_helpers import pair
from extension_pages import save_screenshot

SETTINGS_FORM = "#settings"


def open_settings(browser_context, extension_url):
    """The options page once the settings section has loaded the companion's values."""
    page = browser_context.new_page()
    page.set_viewport_size({"width": 900, "height": 900})
    page.goto(extension_url("options/options.html"))
    expect(page.get_by_label("Your full name")).to_be_enabled()
    return page


def stored_settings(companion) -> dict:
    return companion.get("/api/settings")["settings"]


def error_under(page, key: str):
    return page.locator(f'[data-setting="{key}"] .field-error')


def companions_message_for(companion, body: dict) -> str:
    """What the companion itself answers to this change (it stores nothing when it refuses)."""
    status, answer = companion.request("PATCH", "/api/settings", body)
    assert status == 400, answer
    return answer["error"]["message"]


def test_settings_stay_closed_until_the_extension_is_paired(browser_context, extension_url, fresh_companion):
    page = browser_context.new_page()
    page.goto(extension_url("options/options.html"))
    expect(page.locator("#settings-note")).to_contain_text("Pair with the companion above first")
    expect(page.get_by_label("Your full name")).to_be_disabled()
    expect(page.get_by_role("button", name="Save")).to_be_disabled()

    page.get_by_label("Companion address").fill(fresh_companion.base_url)
    page.get_by_label("Pairing token").fill(fresh_companion.token)
    page.get_by_role("button", name="Test connection").click()

    expect(page.get_by_label("Your full name")).to_be_enabled()
    # The time zone shows the companion's value, not the browser's.
    expect(page.get_by_label("Your time zone")).to_have_value(stored_settings(fresh_companion)["zone"])


def test_name_email_and_zone_typed_in_are_stored_in_the_companion(browser_context, service_worker, extension_url, fresh_companion):
    pair(service_worker, fresh_companion)
    page = open_settings(browser_context, extension_url)
    # Changed behind the page's back: a save that sent every field would put it back to off.
    fresh_companion.request("PATCH", "/api/settings", {"handwritten_cards": True})

    page.get_by_label("Your full name").fill("Alex Candidate")
    page.get_by_label("Your email address").fill("alex.candidate@example.net")
    page.get_by_label("Signature").fill("Alex Candidate\n+1 555 0100")
    page.get_by_label("Your time zone").fill("America/Chicago")
    page.get_by_label("Saturday").check()
    page.get_by_label("200 characters").check()
    page.locator("summary", has_text="Timing").click()
    page.get_by_label("After the interview, when they gave no date").fill("10")
    page.get_by_role("button", name="Save").click()

    expect(page.locator("#settings-status")).to_have_text("Saved 7 changes. Your follow-ups are re-planned with them.")
    stored = stored_settings(fresh_companion)
    assert stored["name"] == "Alex Candidate"
    assert stored["email"] == "alex.candidate@example.net"
    assert stored["signature"] == "Alex Candidate\n+1 555 0100"
    assert stored["zone"] == "America/Chicago"
    assert stored["business_days"] == ["mon", "tue", "wed", "thu", "fri", "sat"]
    assert stored["linkedin_note_cap"] == 200
    assert stored["check_in_after_interview_days"] == 10
    assert stored["handwritten_cards"] is True

    page.get_by_role("button", name="Save").click()
    expect(page.locator("#settings-status")).to_have_text("Nothing to save: no setting was changed.")
    save_screenshot(page, "options-settings")
    page.emulate_media(color_scheme="dark")
    save_screenshot(page, "options-settings-dark")


def test_a_word_for_an_offset_is_refused_next_to_it_and_nothing_is_stored(browser_context, service_worker, extension_url, fresh_companion):
    pair(service_worker, fresh_companion)
    page = open_settings(browser_context, extension_url)
    before = stored_settings(fresh_companion)
    expected = companions_message_for(fresh_companion, {"check_in_after_interview_days": "a week"})

    page.get_by_label("Your full name").fill("Alex Candidate")
    page.locator("summary", has_text="Timing").click()
    offset = page.get_by_label("After the interview, when they gave no date")
    offset.fill("a week")
    page.locator("summary", has_text="Timing").click()  # folded away again: the error must still be found
    page.get_by_role("button", name="Save").click()

    expect(error_under(page, "check_in_after_interview_days")).to_have_text(expected)
    expect(offset).to_be_visible()
    expect(offset).to_be_focused()
    expect(offset).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#settings-status")).to_contain_text("Not saved")
    assert stored_settings(fresh_companion) == before  # not even the name, which was fine
    save_screenshot(page, "options-settings-refused")

    offset.fill("9")
    expect(error_under(page, "check_in_after_interview_days")).to_have_text("")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#settings-status")).to_contain_text("Saved 2 changes")
    assert stored_settings(fresh_companion)["check_in_after_interview_days"] == 9


def test_no_business_day_is_refused_next_to_the_days(browser_context, service_worker, extension_url, fresh_companion):
    pair(service_worker, fresh_companion)
    page = open_settings(browser_context, extension_url)
    before = stored_settings(fresh_companion)
    expected = companions_message_for(fresh_companion, {"business_days": []})

    for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday"):
        page.get_by_label(day).uncheck()
    page.get_by_role("button", name="Save").click()

    expect(error_under(page, "business_days")).to_have_text(expected)
    expect(page.get_by_label("Monday")).to_be_focused()
    assert stored_settings(fresh_companion) == before


def test_every_control_has_a_label_and_the_keyboard_reaches_save(browser_context, service_worker, extension_url, fresh_companion):
    pair(service_worker, fresh_companion)
    page = open_settings(browser_context, extension_url)
    unlabelled = page.evaluate(
        f"""() => [...document.querySelectorAll("{SETTINGS_FORM} input, {SETTINGS_FORM} textarea, {SETTINGS_FORM} select")]
              .filter((control) => control.labels.length === 0).map((control) => control.id || control.outerHTML)""")
    assert unlabelled == []

    page.get_by_label("Your full name").focus()
    page.keyboard.type("Kim Keys")
    save = page.get_by_role("button", name="Save")
    for _ in range(40):
        page.keyboard.press("Tab")
        if save.evaluate("(button) => button === document.activeElement"):
            break
    else:
        raise AssertionError("Tab never reached the Save button")
    page.keyboard.press("Enter")
    expect(page.locator("#settings-status")).to_contain_text("Saved 1 change")
    assert stored_settings(fresh_companion)["name"] == "Kim Keys"
