"""Copies of the SQLite database made while the companion runs, through SQLite's online backup
API: the copy is one consistent moment (every commit before it, none half-written), and the
companion keeps answering while it is made. Each copy is checked with `PRAGMA integrity_check`.

A PostgreSQL store is backed up with PostgreSQL's own tools (pg_dump), not here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

from companion.config import Config

DAILY_PREFIX = "companion-"  # companion-2026-12-04.sqlite3 in <data_dir>/backups
PAGES_PER_STEP = 256  # the copy yields to the companion's writers between steps


class BackupError(Exception):
    """A backup or restore that could not be made; the message says why, for the user."""


def backup_to(config: Config, target: Path) -> Path:
    """Copy the database to `target` (a new file) and check the copy."""
    source = _sqlite_path(config)
    target = target.expanduser()
    if target.exists():
        raise BackupError(f"{target} exists already: name a new file")
    try:
        with _connect(source) as live, _connect(target) as copy:
            live.backup(copy, pages=PAGES_PER_STEP)
    except (sqlite3.Error, OSError) as problem:
        target.unlink(missing_ok=True)
        raise BackupError(f"cannot write the backup {target}: {problem}") from None
    target.chmod(0o600)  # it holds the user's whole search
    check(target)
    return target


def restore_from(config: Config, backup: Path) -> None:
    """Replace the database's content with a checked backup's, in one step."""
    backup = backup.expanduser()
    if not backup.is_file():
        raise BackupError(f"{backup} is not a file")
    check(backup)
    try:
        with _connect(backup) as copy, _connect(_sqlite_path(config)) as live:
            copy.backup(live)
    except sqlite3.Error as problem:
        raise BackupError(f"cannot restore from {backup}: {problem}") from None


def check(path: Path) -> None:
    """A backup SQLite itself finds sound, and that holds a companion's tables."""
    try:
        with _connect(path) as db:
            verdict = db.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as problem:
        raise BackupError(f"{path} is not a database the companion can read: {problem}") from None
    if verdict != "ok":
        raise BackupError(f"{path} failed SQLite's integrity check: {verdict}")
    if not {"application", "followup", "schemaversion"} <= tables:
        raise BackupError(f"{path} is not a backup of the companion (its tables are missing)")


def daily_backup(config: Config, keep_days: int, now: datetime) -> Path | None:
    """Today's backup in <data_dir>/backups unless it exists, and those older than `keep_days`
    removed; `keep_days` 0 turns daily backups off. Returns the new backup, if one was made."""
    if keep_days <= 0 or config.database_url:
        return None
    folder = config.data_dir / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    today = folder / f"{DAILY_PREFIX}{now.date().isoformat()}.sqlite3"
    made = None if today.exists() else backup_to(config, today)
    oldest_kept = (now - timedelta(days=keep_days)).date().isoformat()
    for old in folder.glob(f"{DAILY_PREFIX}*.sqlite3"):
        if old.stem.removeprefix(DAILY_PREFIX) < oldest_kept:
            old.unlink()
    return made


def _sqlite_path(config: Config) -> Path:
    if config.database_url:
        raise BackupError("the data is in PostgreSQL (DATABASE_URL): back it up with pg_dump")
    if not config.sqlite_path.is_file():
        raise BackupError(f"there is no database at {config.sqlite_path} yet")
    return config.sqlite_path


@contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain SQLite connection, closed on leaving (sqlite3's own `with` only commits)."""
    connection = sqlite3.connect(str(path), timeout=30)
    try:
        yield connection
    finally:
        connection.close()
