"""Settings: the table's defaults, the system zone, parsing from the CLI, errors naming the key."""

from __future__ import annotations

from datetime import time

import pytest

from companion.domain.timing import SPECS, Settings, SettingError, parse_value
from companion.domain.zones import system_zone


def test_defaults_are_the_rules_table():
    settings = Settings(zone="UTC")
    assert settings.business_days == frozenset({0, 1, 2, 3, 4})
    assert (settings.thank_you_morning_ends, settings.thank_you_same_day_at,
            settings.thank_you_next_morning_at, settings.thank_you_within_hours) == (
        time(12), time(17), time(9), 24)
    assert settings.handwritten_cards is False
    assert settings.linkedin_note_cap == 300
    assert (settings.check_in_after_decision_business_days, settings.check_in_after_interview_days,
            settings.second_check_in_after_days) == (2, 7, 7)
    assert settings.keep_in_touch_every_days == 21
    assert (settings.thank_you_anyway_after_days, settings.stay_in_touch_after_days) == (1, 90)
    assert (settings.application_follow_up_after_days, settings.application_follow_up_deadline_days) == (7, 14)
    assert (settings.prepare_early_start_before, settings.prepare_hours_before) == (time(11), 2)


def test_the_default_zone_honours_tz(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    assert Settings().zone == "Asia/Tokyo"


@pytest.mark.parametrize(("tz", "expected"), [
    ("Europe/Berlin", "Europe/Berlin"),
    (":America/New_York", "America/New_York"),  # glibc's leading colon
    ("/usr/share/zoneinfo/Australia/Sydney", "Australia/Sydney"),
])
def test_system_zone_reads_tz_forms(tz, expected, tmp_path):
    assert system_zone({"TZ": tz}, etc=tmp_path) == expected


def test_system_zone_falls_back_to_localtime_link_then_timezone_file(tmp_path):
    zoneinfo = tmp_path / "usr/share/zoneinfo/Europe"
    zoneinfo.mkdir(parents=True)
    (zoneinfo / "Lisbon").write_bytes(b"")
    etc = tmp_path / "etc"
    etc.mkdir()
    (etc / "timezone").write_text("Africa/Nairobi\n")
    assert system_zone({"TZ": "CET-1CEST"}, etc=etc) == "Africa/Nairobi"

    (etc / "localtime").symlink_to(zoneinfo / "Lisbon")
    assert system_zone({}, etc=etc) == "Europe/Lisbon"


def test_system_zone_is_utc_when_nothing_says_otherwise(tmp_path):
    assert system_zone({}, etc=tmp_path) == "UTC"


@pytest.mark.parametrize(("key", "text", "expected"), [
    ("business_days", "sun,mon,tue,wed,thu", frozenset({6, 0, 1, 2, 3})),
    ("business_days", "Monday, Friday", frozenset({0, 4})),
    ("handwritten_cards", "on", True),
    ("handwritten_cards", "no", False),
    ("linkedin_note_cap", "200", 200),
    ("follow_up_time", "8:30", time(8, 30)),
    ("keep_in_touch_every_days", "28", 28),
    ("zone", "America/Sao_Paulo", "America/Sao_Paulo"),
    ("name", "  Sam Rivera ", "Sam Rivera"),
    ("email", "sam@example.org", "sam@example.org"),
])
def test_parse_value_from_command_line_text(key, text, expected):
    assert parse_value(key, text) == expected


@pytest.mark.parametrize(("key", "value", "message"), [
    ("zone", "Mars/Olympus", "not an IANA time zone"),
    ("zone", "../../etc/passwd", "not an IANA time zone"),
    ("zone", "America", "not an IANA time zone"),  # a folder of the tz database, not a zone
    ("zone", "Europe/", "not an IANA time zone"),
    ("zone", "Factory", "not an IANA time zone"),  # the tz database's placeholder, not a place
    ("linkedin_note_cap", 250, "300"),
    ("follow_up_time", "25:00", "HH:MM"),
    ("business_days", "", "weekday"),
    ("business_days", "mon,funday", "'funday' is not a weekday"),
    ("business_days", "monkey", "'monkey' is not a weekday"),
    ("email", "sam at example", "not an email address"),
    ("check_in_after_interview_days", "0", "between 1 and 90"),
    ("check_in_after_interview_days", "seven", "whole number"),
    ("handwritten_cards", "maybe", "true or false"),
    ("colour", "blue", "unknown setting"),
])
def test_bad_values_name_the_key(key, value, message):
    with pytest.raises(SettingError) as problem:
        parse_value(key, value)
    assert problem.value.key == key
    assert message in str(problem.value)
    assert str(problem.value).startswith(f"{key}: ")


def test_an_update_with_one_bad_value_changes_nothing():
    settings = Settings(zone="Europe/Berlin", name="Sam Rivera")
    with pytest.raises(SettingError) as problem:
        settings.updated({"name": "Someone Else", "zone": "Nowhere/Land"})
    assert problem.value.key == "zone"
    assert settings.name == "Sam Rivera"


def test_json_round_trip_keeps_every_setting():
    settings = Settings.from_json({"zone": "Europe/Berlin", "business_days": ["tue", "wed"],
                                   "follow_up_time": "10:15", "handwritten_cards": True,
                                   "linkedin_note_cap": 200, "signature": "Sam\n+49 30 1234"})
    stored = settings.to_json()
    assert stored["business_days"] == ["tue", "wed"]
    assert stored["follow_up_time"] == "10:15"
    assert Settings.from_json(stored) == settings
    assert set(stored) == set(SPECS)


def test_stored_settings_from_a_newer_version_are_ignored_when_asked():
    settings = Settings.from_json({"zone": "UTC", "future_setting": 1}, ignore_unknown=True)
    assert settings.zone == "UTC"
    with pytest.raises(SettingError):
        Settings.from_json({"zone": "UTC", "future_setting": 1})


def test_every_setting_has_help_text():
    assert all(spec.help for spec in SPECS.values())
