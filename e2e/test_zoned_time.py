"""extension/shared/zoned-time.js: wall-clock times in the user's zone and back to UTC,
across daylight-saving changes, run in Chromium as the popup runs them."""

import pytest

from extension_pages import call_module, module_page  # noqa: F401 (a fixture)

MODULE = "shared/zoned-time.js"


@pytest.fixture
def page(module_page):
    return module_page


@pytest.mark.parametrize(("wall", "zone", "utc"), [
    ({"year": 2026, "month": 3, "day": 28, "hour": 9}, "Europe/Paris", "2026-03-28T08:00:00.000Z"),  # winter time
    ({"year": 2026, "month": 3, "day": 29, "hour": 9}, "Europe/Paris", "2026-03-29T07:00:00.000Z"),  # summer time began at 02:00
    ({"year": 2026, "month": 11, "day": 1, "hour": 9}, "America/New_York", "2026-11-01T14:00:00.000Z"),  # back to EST
    ({"year": 2026, "month": 11, "day": 24, "hour": 9}, "Pacific/Auckland", "2026-11-23T20:00:00.000Z"),
])
def test_wall_clock_in_a_zone_becomes_the_right_instant(page, wall, zone, utc):
    assert call_module(page, MODULE, "zonedTimeToUtc", wall, zone) == utc


def test_wall_clock_fields_are_read_in_the_zone(page):
    instant = "2026-11-23T23:30:00Z"
    auckland = call_module(page, MODULE, "zonedParts", instant, "Pacific/Auckland")
    assert (auckland["year"], auckland["month"], auckland["day"], auckland["hour"], auckland["weekday"]) == (2026, 11, 24, 12, 2)
    assert call_module(page, MODULE, "zonedParts", instant, "America/Los_Angeles")["day"] == 23


def test_datetime_input_round_trips_in_the_zone(page):
    assert call_module(page, MODULE, "toLocalInput", "2026-07-01T12:30:00+00:00", "Europe/Paris") == "2026-07-01T14:30"
    assert call_module(page, MODULE, "fromLocalInput", "2026-07-01T14:30", "Europe/Paris") == "2026-07-01T12:30:00.000Z"
    assert call_module(page, MODULE, "fromLocalInput", "not a time", "Europe/Paris") is None


@pytest.mark.parametrize(("due", "words"), [
    ("2026-11-23T15:00:00Z", "in 3 hours"),
    ("2026-11-21T12:00:00Z", "2 days ago"),
    ("2026-11-23T12:00:20Z", "now"),
])
def test_relative_time_reads_naturally(page, due, words):
    assert call_module(page, MODULE, "formatRelative", due, "2026-11-23T12:00:00Z") == words


def test_unknown_zone_names_are_recognised(page):
    assert call_module(page, MODULE, "isKnownZone", "Europe/Paris") is True
    assert call_module(page, MODULE, "isKnownZone", "Mars/Olympus_Mons") is False
    assert call_module(page, MODULE, "isKnownZone", "") is False
