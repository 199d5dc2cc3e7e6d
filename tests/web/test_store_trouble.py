"""When the store cannot write: another writer holds the lock too long (503, with Retry-After), or
the disk is full (507). Either is a JSON error a user can act on, and nothing is half-written.
A capture reads its page or invite before it takes the write lock.

Made with SQLite's own means (a second connection to its file, its page limit), so SQLite only."""

from __future__ import annotations

import secrets
import sqlite3

import pytest

from companion.services import captures
from companion.store import db as store_db
from companion.store.models import Application, Capture, database

pytestmark = pytest.mark.sqlite_only


@pytest.fixture(autouse=True)
def short_wait(monkeypatch):
    """Wait a fifth of a second for the write lock instead of five (autouse: set before the app opens)."""
    monkeypatch.setitem(store_db.SQLITE_PRAGMAS, "busy_timeout", 200)


@pytest.fixture
def other_writer(app):
    """A second connection to the same file, as another process would have."""
    connection = sqlite3.connect(app.config["COMPANION"].sqlite_path, timeout=0, isolation_level=None)
    yield connection
    connection.close()


def test_a_write_waiting_too_long_for_the_lock_is_503_with_retry_after(client, other_writer, unchanged):
    with unchanged():
        other_writer.execute("BEGIN IMMEDIATE")
        answer = client.post("/api/applications", json={"company": "Initech", "title": "Engineer"})
        assert answer.status_code == 503
        assert answer.headers["Retry-After"] == "2"
        assert answer.json["error"]["code"] == "busy"
        assert "try again" in answer.json["error"]["message"]
        other_writer.execute("ROLLBACK")
    # Once the lock is free the same request goes through.
    assert client.post("/api/applications", json={"company": "Initech", "title": "Engineer"}).status_code == 201


def test_a_full_disk_is_507_and_nothing_is_kept(client, db):
    client.post("/api/applications", json={"company": "Acme", "title": "Engineer"})
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.close()
    database.pragma("max_page_count", pages, permanent=True)  # every new connection: no room to grow
    try:
        big = {"url": "https://careers.initech.example/jobs/1", "title": "Engineer",
               "html": "<html><body><h1>Engineer</h1><p>" + secrets.token_hex(300_000) + "</p></body></html>"}  # barely compresses
        answer = client.post("/api/captures", json=big)
        assert answer.status_code == 507, answer.json
        assert answer.json["error"]["code"] == "disk_full"
        assert "free some space" in answer.json["error"]["message"]
    finally:
        database.close()
        database.pragma("max_page_count", 1_073_741_823, permanent=True)  # SQLite's default: room again
    database.connect(reuse_if_open=True)
    assert Capture.select().count() == 0 and [a.company for a in Application.select()] == ["Acme"]


def test_a_capture_is_read_before_the_write_lock_is_taken(client, other_writer, monkeypatch):
    locks_free_while_reading = []
    read = captures.understand

    def reading(payload):
        try:  # another writer gets the lock at once while the capture is being read
            other_writer.execute("BEGIN IMMEDIATE")
            other_writer.execute("ROLLBACK")
            locks_free_while_reading.append(True)
        except sqlite3.OperationalError:
            locks_free_while_reading.append(False)
        return read(payload)

    monkeypatch.setattr(captures, "understand", reading)
    invite = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//hand-made//EN\r\nBEGIN:VEVENT\r\nUID:1@initech.example\r\n"
              "SUMMARY:Interview with Initech\r\nDTSTART:20401203T140000Z\r\nDTEND:20401203T150000Z\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n")
    assert client.post("/api/captures", json={"ics": invite}).status_code == 201
    assert locks_free_while_reading == [True]


def test_reads_answer_while_another_writer_holds_the_lock(client, other_writer):
    client.post("/api/applications", json={"company": "Initech", "title": "Engineer"})
    other_writer.execute("BEGIN IMMEDIATE")
    try:
        assert client.get("/api/health").status_code == 200
        assert [a["company"] for a in client.get("/api/applications").json["applications"]] == ["Initech"]
        assert client.get("/api/followups").status_code == 200
    finally:
        other_writer.execute("ROLLBACK")
