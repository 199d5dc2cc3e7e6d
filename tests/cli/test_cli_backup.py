"""`backup` and `restore`, and the daily backups: a copy made during a burst of captures is sound
and holds every capture acknowledged before it began; restoring one brings its data back."""

from __future__ import annotations

import json
import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest

from companion.config import load_config
from companion.store.backup import daily_backup

pytestmark = pytest.mark.sqlite_only  # PostgreSQL is backed up with its own tools


def rows(path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


def capture(client, number: int) -> int | None:
    """The stored capture's id, or None when the companion said it was busy (503: sent again later)."""
    answer = client.post("/api/captures", json={"url": f"https://jobs.example/{number}", "title": f"Job {number}",
                                                "html": f"<h1>Engineer {number}</h1>"})
    assert answer.status_code in (200, 201, 503), answer.json
    return answer.json["capture"]["id"] if answer.status_code != 503 else None


def test_a_backup_during_a_burst_of_captures_is_sound_and_holds_what_was_acknowledged(app, client, data_dir,
                                                                                       tmp_path, run):
    acknowledged: list[int] = []
    failures: list[BaseException] = []
    stop = threading.Event()

    def burst() -> None:
        burst_client = app.test_client()
        burst_client.token = client.token
        number = 0
        try:
            while not stop.is_set():
                number += 1
                if (stored := capture(burst_client, number)) is not None:
                    acknowledged.append(stored)
        except BaseException as failure:  # seen by the test, not lost with the thread
            failures.append(failure)
            stop.set()

    writer = threading.Thread(target=burst)
    writer.start()
    try:
        while len(acknowledged) < 20 and not stop.is_set():
            threading.Event().wait(0.01)
        before = len(acknowledged)  # every capture answered before the backup began
        target = tmp_path / "copy.sqlite3"
        code, out, err = run("backup", "--output", str(target), "--json", "--data-dir", str(data_dir))
    finally:
        stop.set()
        writer.join()
    assert failures == []
    assert code == 0, err
    assert json.loads(out) == {"backup": str(target)}
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in copy.execute("SELECT id FROM capture")}
    finally:
        copy.close()
    assert set(acknowledged[:before]) <= stored
    assert oct(target.stat().st_mode & 0o777) == "0o600"


def test_restore_brings_back_the_data_of_the_backup(client, data_dir, tmp_path, run):
    client.post("/api/applications", json={"company": "Acme", "title": "Engineer"})
    target = tmp_path / "before.sqlite3"
    assert run("backup", "-o", str(target), "--data-dir", str(data_dir))[0] == 0
    client.post("/api/applications", json={"company": "Globex", "title": "Analyst"})
    assert [a["company"] for a in client.get("/api/applications").json["applications"]] == ["Globex", "Acme"]

    code, out, err = run("restore", str(target), "--data-dir", str(data_dir))
    assert code == 0, err
    assert [a["company"] for a in client.get("/api/applications").json["applications"]] == ["Acme"]


def test_a_backup_never_overwrites_and_restore_refuses_what_is_not_a_backup(client, data_dir, tmp_path, run):
    existing = tmp_path / "taken.sqlite3"
    existing.write_text("mine")
    code, _, err = run("backup", "-o", str(existing), "--data-dir", str(data_dir))
    assert code != 0 and "exists already" in err and existing.read_text() == "mine"
    code, _, err = run("restore", str(existing), "--data-dir", str(data_dir))
    assert code != 0 and "not a database the companion can read" in err
    client.post("/api/applications", json={"company": "Acme", "title": "Engineer"})
    assert len(client.get("/api/applications").json["applications"]) == 1


def test_one_backup_a_day_kept_for_the_days_set(client, data_dir):
    config = load_config(data_dir)
    start = datetime(2026, 12, 1, 8, tzinfo=timezone.utc)
    for day in range(5):
        daily_backup(config, keep_days=3, now=start + timedelta(days=day))
    assert daily_backup(config, keep_days=3, now=start + timedelta(days=4, hours=5)) is None  # once a day
    kept = sorted(path.name for path in (data_dir / "backups").iterdir())
    assert kept == ["companion-2026-12-02.sqlite3", "companion-2026-12-03.sqlite3", "companion-2026-12-04.sqlite3",
                    "companion-2026-12-05.sqlite3"]
    assert rows(data_dir / "backups" / kept[-1], "schemaversion") >= 1
    assert daily_backup(config, keep_days=0, now=start + timedelta(days=9)) is None  # 0 turns them off
