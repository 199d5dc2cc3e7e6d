"""`backup [--output FILE]` and `restore FILE`: a consistent copy of the database, made while the
companion runs, and putting one back (stop the companion first: it reads the restored data when
it starts again)."""

from __future__ import annotations

from pathlib import Path

from companion.cli.output import config_from, emit
from companion.services import backups


def register(subparsers, common) -> None:
    backup = subparsers.add_parser("backup", parents=[common], help="copy the database (safe while the companion runs)")
    backup.add_argument("--output", "-o", help="the new file to write (default: a dated file in <data dir>/backups)")
    backup.set_defaults(handler=run_backup)
    restore = subparsers.add_parser("restore", parents=[common], help="put a backup back in place of the database")
    restore.add_argument("backup", help="a file made by `backup` (or a daily one in <data dir>/backups)")
    restore.set_defaults(handler=run_restore)


def run_backup(args) -> int:
    path = backups.make_backup(config_from(args), Path(args.output) if args.output else None)
    emit(args, {"backup": str(path)}, [f"Backed up to {path} (checked with SQLite's integrity check)"])
    return 0


def run_restore(args) -> int:
    backups.restore_backup(config_from(args), Path(args.backup))
    emit(args, {"restored": args.backup}, [f"Restored {args.backup}. Start the companion again to use it."])
    return 0
