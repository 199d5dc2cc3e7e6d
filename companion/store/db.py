"""Opening the database: SQLite in the data directory by default, or `DATABASE_URL`.

SQLite runs in WAL mode with foreign keys on, and its files are private to the user.
Transactions begin IMMEDIATE: a request takes the write lock up front and a second one waits
for it (busy_timeout) instead of failing with "database is locked" when it upgrades to write.
Opening also brings the schema up to date (see `migrations.py`).
"""

from __future__ import annotations

import os

import peewee as pw
from playhouse.db_url import connect

from companion.store import migrations
from companion.config import Config, write_private_file
from companion.store.models import database

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 5000,
    "synchronous": "normal",
}


def open_database(config: Config) -> pw.Database:
    """Bind the models to the configured database and migrate it to the current schema."""
    if config.database_url:
        db = connect(config.database_url)
    else:
        path = config.sqlite_path
        if not path.exists():
            write_private_file(path, "")
        db = pw.SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, lock_type="IMMEDIATE")
    database.initialize(db)
    with db.connection_context():
        migrations.migrate_to_latest(db)
    if not config.database_url:
        _make_sqlite_files_private(config)
    return db


def _make_sqlite_files_private(config: Config) -> None:
    for suffix in ("", "-wal", "-shm"):
        path = f"{config.sqlite_path}{suffix}"
        if os.path.exists(path):
            os.chmod(path, 0o600)


def database_status() -> str:
    """A short health word for /api/health: 'ok' or what went wrong."""
    try:
        database.execute_sql("SELECT 1")
        return "ok"
    except pw.PeeweeException as error:
        return f"unavailable: {error}"
