"""extension/popup/snooze.js: the snooze choices (one day, until Monday, a picked date) as
instants, mornings read in the user's zone."""

import pytest

from extension_pages import call_module, module_page  # noqa: F401 (a fixture)

MODULE = "popup/snooze.js"


@pytest.fixture
def page(module_page):
    return module_page


def test_one_day_is_exactly_a_day_later(page):
    assert call_module(page, MODULE, "oneDayFrom", "2026-11-23T16:45:00Z") == "2026-11-24T16:45:00.000Z"


@pytest.mark.parametrize(("now", "zone", "until"), [
    ("2026-11-22T22:30:00Z", "Europe/Paris", "2026-11-23T08:00:00.000Z"),  # Sunday 23:30 in Paris: tomorrow
    ("2026-11-23T09:00:00Z", "Europe/Paris", "2026-11-30T08:00:00.000Z"),  # on a Monday: next week's
    ("2026-11-23T02:00:00Z", "America/New_York", "2026-11-23T14:00:00.000Z"),  # still Sunday evening in New York
    ("2026-03-27T12:00:00Z", "Europe/Paris", "2026-03-30T07:00:00.000Z"),  # summer time starts in between
])
def test_until_monday_is_the_next_monday_morning_in_the_users_zone(page, now, zone, until):
    assert call_module(page, MODULE, "nextMondayMorning", now, zone) == until


def test_a_picked_date_means_that_morning(page):
    assert call_module(page, MODULE, "pickedDateMorning", "2026-12-02", "2026-11-23T12:00:00Z", "Europe/Paris") == {
        "until": "2026-12-02T08:00:00.000Z"}


@pytest.mark.parametrize(("value", "error"), [
    ("", "Pick a date to snooze until."),
    ("2026-11-23", "Pick a date after today."),
    ("2026-11-01", "Pick a date after today."),
])
def test_a_picked_date_must_be_in_the_future(page, value, error):
    assert call_module(page, MODULE, "pickedDateMorning", value, "2026-11-23T12:00:00Z", "Europe/Paris") == {"error": error}
