"""A database made by an older companion opens in this one, data intact, schema current."""

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from companion.web.app import create_app
from companion.config import load_config
from companion.store.db import open_database
from companion.store.migrations import LATEST_VERSION, current_version
from companion.store.models import Application, Capture, FollowUp, SchemaVersion, database
from fixture_files import FIXTURES


def schema_of(path: Path) -> dict:
    """Each table's columns and indexes, to compare a migrated database with a fresh one."""
    con = sqlite3.connect(path)
    tables = [row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    shape = {}
    for table in tables:
        columns = sorted((row[1], row[2], row[3]) for row in con.execute(f'PRAGMA table_info("{table}")'))
        indexes = sorted((row[1], row[2]) for row in con.execute(f'PRAGMA index_list("{table}")'))
        shape[table] = (columns, indexes)
    con.close()
    return shape


@pytest.fixture
def old_database(tmp_path):
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    con = sqlite3.connect(data_dir / "companion.sqlite3")
    con.executescript((FIXTURES / "schema_v1.sql").read_text())
    con.close()
    return data_dir


def test_version_one_database_is_migrated_to_latest(old_database):
    config = load_config(old_database)
    open_database(config)
    with database.connection_context():
        assert current_version(database) == LATEST_VERSION
        application = Application.get_by_id(1)
        assert (application.company, application.notes, application.user_edited) == ("Northwind", "Referred by Ana", ["notes"])
        assert FollowUp.get_by_id(1).status == "done"
        assert Capture.get_by_id(1).client_id is None


def test_migrated_schema_matches_a_fresh_one(old_database, tmp_path):
    open_database(load_config(old_database))
    fresh = load_config(tmp_path / "fresh")
    open_database(fresh)
    database.close()
    assert schema_of(old_database / "companion.sqlite3") == schema_of(fresh.sqlite_path)


def test_migrated_database_serves_old_data(old_database, monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    app = create_app(load_config(old_database))
    client = app.test_client()
    headers = {"Authorization": f"Bearer {app.config['COMPANION_TOKEN']}"}
    detail = client.get("/api/applications/1", headers=headers, base_url="http://127.0.0.1:8765").json
    assert detail["interviews"][0]["video_link"] == "https://meet.google.com/abc-defg-hij"
    assert detail["interviews"][0]["participants"][0]["name"] == "Rui Costa"


def test_a_gone_quiet_flag_becomes_the_moment_check_in_2_was_sent(old_database):
    con = sqlite3.connect(old_database / "companion.sqlite3")
    con.executescript("""
        UPDATE application SET gone_quiet = 1 WHERE id = 1;
        INSERT INTO application SELECT 2, created_at, updated_at, 'Globex', title, location, job_url, board,
            board_job_id, status, applied_on, decision_by, contact_on, channel, notes, long_decision, 0,
            last_message_id, last_message_subject, user_edited FROM application WHERE id = 1;
        INSERT INTO followup VALUES (2, '2026-10-20 08:00:00', '2026-10-27 09:30:00', 'check-in-2/application-1/interview-1',
            'check_in_2', 1, 1, 1, 'email', '2026-10-27 08:00:00', NULL, 'done', NULL, '2026-10-27 09:30:00', 0);
    """)
    con.commit()
    con.close()
    open_database(load_config(old_database))
    with database.connection_context():
        quiet_at = {a.company: a.gone_quiet_at for a in Application.select()}
    assert quiet_at == {"Northwind": datetime(2026, 10, 27, 9, 30, tzinfo=UTC), "Globex": None}


def test_opening_twice_runs_no_step_again(old_database):
    config = load_config(old_database)
    open_database(config)
    open_database(config)
    with database.connection_context():
        assert [row.version for row in SchemaVersion.select().order_by(SchemaVersion.id)] == [1, 2, 3, 4]


def test_sqlite_runs_in_wal_mode(tmp_path):
    open_database(load_config(tmp_path / "wal"))
    with database.connection_context():
        assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_database_url_points_the_companion_elsewhere(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{elsewhere}")
    config = load_config(tmp_path / "data")
    open_database(config)
    with database.connection_context():
        Application.create(company="Stored elsewhere")
    assert elsewhere.exists() and not config.sqlite_path.exists()
    assert sqlite3.connect(elsewhere).execute("SELECT company FROM application").fetchall() == [("Stored elsewhere",)]
