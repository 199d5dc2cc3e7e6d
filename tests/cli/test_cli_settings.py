"""`interview-companion settings`: list, show one, change one (re-planning), refuse bad values."""

from __future__ import annotations

import json

from companion.store.models import FollowUp


def test_lists_every_setting_with_its_help(data_dir, run):
    code, out, _ = run("settings", "--data-dir", str(data_dir))
    assert code == 0
    assert "business_days" in out and "mon,tue,wed,thu,fri" in out
    assert "R3: characters LinkedIn allows in a note" in out


def test_change_one_and_the_follow_ups_move(interviewed, data_dir, run, db):
    code, out, _ = run("settings", "thank_you_next_morning_at", "10:30", "--data-dir", str(data_dir), "--json")
    assert code == 0 and json.loads(out) == {"settings": {"thank_you_next_morning_at": "10:30"}}
    thanks = FollowUp.get(FollowUp.kind == "thank_you_email")
    assert thanks.due.isoformat() == "2040-03-14T09:30:00+00:00"
    _, out, _ = run("settings", "thank_you_next_morning_at", "--data-dir", str(data_dir))
    assert out.startswith("thank_you_next_morning_at  10:30")


def test_bad_key_or_value_is_an_error_naming_it(data_dir, run):
    code, _, err = run("settings", "zone", "Mars/Olympus", "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error: zone: 'Mars/Olympus' is not an IANA time zone")
    code, _, err = run("settings", "zone", "America", "--data-dir", str(data_dir))
    assert code == 2 and err == "error: zone: 'America' is not an IANA time zone (for example Europe/Berlin)\n"
    code, _, err = run("settings", "colour", "--data-dir", str(data_dir))
    assert code == 2 and "colour: unknown setting" in err
