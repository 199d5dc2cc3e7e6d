"""`interview-companion export reminders.ics`: to a file, to stdout, or as JSON."""

from __future__ import annotations

import json

from companion.writing.reminders import calendar_problems


def test_export_to_a_file(interviewed, data_dir, tmp_path, run):
    target = tmp_path / "reminders.ics"
    code, out, _ = run("export", "reminders.ics", "--output", str(target), "--data-dir", str(data_dir))
    assert code == 0 and out.strip() == f"Wrote 4 reminders to {target}"
    assert calendar_problems(target.read_bytes()) == []


def test_export_to_stdout_and_as_json(interviewed, data_dir, run):
    _, out, _ = run("export", "reminders.ics", "--data-dir", str(data_dir))
    assert out.startswith("BEGIN:VCALENDAR") and out.count("BEGIN:VEVENT") == 4
    _, out, _ = run("export", "reminders.ics", "--json", "--data-dir", str(data_dir))
    payload = json.loads(out)
    assert payload["events"] == 4 and calendar_problems(payload["ics"].encode()) == []


def test_unwritable_output_is_a_clear_error(data_dir, tmp_path, run):
    code, _, err = run("export", "reminders.ics", "--output", str(tmp_path / "missing" / "r.ics"),
                       "--data-dir", str(data_dir))
    assert code == 2 and err.startswith("error: --output: cannot write")
