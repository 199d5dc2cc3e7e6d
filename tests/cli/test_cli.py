"""The command line: every command in readable text and in --json."""

import json
import sqlite3
import time
from datetime import datetime, timezone

import pytest

from companion.config import load_config
from companion.store.db import SQLITE_PRAGMAS, open_database
from companion.store.models import Application, FollowUp, Outcome, database


def seed(home):
    """An application with a follow-up, stored directly (under a key the rules do not make,
    so re-planning after `mark` leaves it alone)."""
    open_database(load_config(home))
    with database.connection_context():
        application = Application.create(company="Acme", title="Engineer", status="interviewing")
        FollowUp.create(key="seeded/check-in", kind="check_in_1", application=application,
                        due=datetime(2026, 11, 20, 9, tzinfo=timezone.utc))
    return application.id


def test_token_is_made_once_and_shown(home, run):
    code, first, _ = run("token")
    _, second, _ = run("token", "--json")
    assert code == 0 and len(first.strip()) >= 40
    assert json.loads(second)["token"] == first.strip()
    assert (home / "token").stat().st_mode & 0o777 == 0o600


def test_data_dir_flag_beats_environment(home, tmp_path, run):
    other = tmp_path / "other"
    run("token", "--data-dir", str(other))
    assert (other / "token").exists() and not (home / "token").exists()


def test_applications_empty_and_listed(home, run):
    _, out, _ = run("applications")
    assert "No applications yet" in out
    seed(home)
    _, out, _ = run("applications")
    assert "interviewing" in out and "Engineer at Acme" in out
    _, out, _ = run("applications", "--json")
    assert json.loads(out)["applications"][0]["company"] == "Acme"


def test_followups_text_json_and_as_of(home, run):
    seed(home)
    _, out, _ = run("followups", "--as-of", "2026-11-19T00:00:00+00:00")
    assert "Check in on the decision" in out and "in 1 day" in out
    _, out, _ = run("followups", "--json", "--as-of", "2026-11-21T00:00:00+00:00")
    listed = json.loads(out)["followups"]
    assert listed[0]["overdue"] is True and listed[0]["kind"] == "check_in_1"


def test_mark_done_with_at_and_then_all(home, run):
    seed(home)
    code, out, _ = run("mark", "1", "done", "--at", "2026-11-20T18:00:00+00:00", "--json")
    assert code == 0 and json.loads(out)["done_at"] == "2026-11-20T18:00:00+00:00"
    _, out, _ = run("followups")
    assert "Nothing to follow up on" in out
    _, out, _ = run("followups", "--all", "--json")
    assert json.loads(out)["followups"][0]["status"] == "done"


def test_mark_snooze_needs_until(home, run):
    seed(home)
    code, _, err = run("mark", "1", "snooze")
    assert code == 2 and "'until' is required" in err
    code, out, _ = run("mark", "1", "snooze", "--until", "2099-01-05T09:00")
    assert code == 0 and "snoozed" in out


def test_record_outcome_with_decision_date(home, run):
    application_id = seed(home)
    code, out, _ = run("record", str(application_id), "replied", "--decision-by", "2026-12-04", "--json")
    assert code == 0 and json.loads(out)["decision_by"] == "2026-12-04"
    code, out, _ = run("record", str(application_id), "rejected")
    assert code == 0 and "status: rejected" in out


def test_unknown_application_and_bad_date_are_clear_errors(home, run):
    seed(home)
    code, _, err = run("record", "99", "rejected")
    assert code == 2 and "application 99 does not exist" in err
    code, _, err = run("record", "1", "replied", "--decision-by", "soon")
    assert code == 2 and "--decision-by" in err


TOO_LARGE_ID = "99999999999999999999"


@pytest.mark.parametrize("argv", [
    ["record", TOO_LARGE_ID, "replied"], ["mark", TOO_LARGE_ID, "done"], ["draft", TOO_LARGE_ID],
    ["recapture", TOO_LARGE_ID], ["record", "0", "replied"], ["mark", "first", "done"],
])
def test_ids_the_database_cannot_hold_are_refused_by_name(home, run, argv):
    code, _, err = run(*argv)
    assert code == 2 and f"{argv[1]!r} is not an id" in err


@pytest.mark.parametrize("port", ["99999", "0", "-1", "http"])
def test_serve_refuses_a_port_that_does_not_exist(home, run, port):
    code, _, err = run("serve", "--port", port)
    assert code == 2 and "--port" in err


@pytest.mark.parametrize(("data_dir", "problem"), [
    ("/proc/nope", "cannot use /proc/nope: No such file or directory"),
    ("/dev/null", "cannot use /dev/null: it is not a folder"),
])
def test_an_unusable_data_dir_is_one_line(run, data_dir, problem):
    code, out, err = run("applications", "--data-dir", data_dir)
    assert (code, out, err) == (2, "", f"error: {problem}\n")


def test_a_database_held_by_another_program_is_one_line(home, run, monkeypatch):
    seed(home)
    monkeypatch.setitem(SQLITE_PRAGMAS, "busy_timeout", 50)  # give up quickly
    holder = sqlite3.connect(home / "companion.sqlite3")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        code, out, err = run("mark", "1", "done")
    finally:
        holder.rollback()
        holder.close()
    assert (code, out) == (2, "")
    assert err.startswith("error: the companion's database could not be used: database is locked") and err.count("\n") == 1


def test_a_file_that_is_not_a_database_is_one_line(home, run):
    home.mkdir(parents=True)
    (home / "companion.sqlite3").write_text("a shopping list, not a database\n")
    code, out, err = run("applications")
    assert (code, out) == (2, "") and err == "error: the companion's database could not be used: file is not a database\n"


@pytest.fixture
def in_new_york(home, run, monkeypatch):
    """A user whose zone setting is New York, on a machine whose clock is set to Tokyo."""
    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    seed(home)
    run("settings", "zone", "America/New_York")
    yield
    monkeypatch.undo()
    time.tzset()


def test_times_without_an_offset_are_read_in_the_zone_setting_for_their_date(in_new_york, run):
    # 10:00 in New York in July is daylight time (UTC-4), whatever the offset is today.
    code, out, _ = run("mark", "1", "done", "--at", "2026-07-15T10:00", "--json")
    assert code == 0 and json.loads(out)["done_at"] == "2026-07-15T14:00:00+00:00"
    code, out, _ = run("record", "1", "replied", "--at", "2026-01-15T10:00", "--json")
    assert code == 0
    assert Outcome.get(Outcome.kind == "replied").at == datetime(2026, 1, 15, 15, tzinfo=timezone.utc)


def test_times_are_shown_in_the_zone_setting(in_new_york, run):
    _, out, _ = run("followups", "--as-of", "2026-11-19T00:00")
    assert "Fri 20 Nov 2026 04:00" in out  # due 09:00 UTC
