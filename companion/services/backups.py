"""Backups of the user's data: one on demand (`backup`, `restore`), and one a day while the
companion runs, kept for the `backup_keep_days` setting (store/backup.py makes the copies)."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from pathlib import Path

from companion.config import Config
from companion.services.errors import Conflict
from companion.services.user_settings import load_settings
from companion.store.backup import BackupError, backup_to, daily_backup, restore_from
from companion.store.models import database, utcnow

CHECK_EVERY_SECONDS = 3600  # the day's backup is made within an hour of the day starting
log = logging.getLogger(__name__)


def make_backup(config: Config, target: Path | None = None, now: datetime | None = None) -> Path:
    """A checked copy of the database at `target` (default: a dated file in <data_dir>/backups)."""
    stamp = (now or utcnow()).strftime("%Y-%m-%d-%H%M%S")
    if target is None:
        (config.data_dir / "backups").mkdir(mode=0o700, exist_ok=True)
        target = config.data_dir / "backups" / f"backup-{stamp}.sqlite3"
    try:
        return backup_to(config, target)
    except BackupError as problem:
        raise Conflict(str(problem), code="backup_failed") from None


def restore_backup(config: Config, backup: Path) -> None:
    try:
        restore_from(config, backup)
    except BackupError as problem:
        raise Conflict(str(problem), code="restore_failed") from None


def start_daily_backups(config: Config) -> threading.Thread:
    """Make the day's backup now and then once a day, beside the running companion."""
    def run() -> None:
        while True:
            try:
                with database.connection_context():
                    keep_days = load_settings().backup_keep_days
                made = daily_backup(config, keep_days, utcnow())
                if made:
                    log.info("daily backup written to %s", made)
            except Exception as problem:  # noqa: BLE001 - a backup that fails must never stop the companion
                log.warning("the daily backup failed: %s", problem)
            time.sleep(CHECK_EVERY_SECONDS)

    thread = threading.Thread(target=run, name="daily-backup", daemon=True)
    thread.start()
    return thread
