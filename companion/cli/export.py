"""`export reminders.ics [--output FILE]`: the open follow-ups as a calendar file."""

from __future__ import annotations

import sys
from pathlib import Path

from companion.services.errors import Invalid
from companion.services import follow_up_drafts
from companion.cli.output import emit, store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("export", parents=[common], help="export reminders as a calendar file")
    parser.add_argument("what", choices=["reminders.ics"], help="what to export")
    parser.add_argument("--output", "-o", help="write to this file (default: print it)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    with store(args):
        calendar = follow_up_drafts.reminders_ics()
    events = calendar.count(b"BEGIN:VEVENT")
    if args.output:
        write_file(args.output, calendar, "--output")
        emit(args, {"output": args.output, "events": events}, [f"Wrote {events} reminders to {args.output}"])
    elif args.json:
        emit(args, {"output": None, "events": events, "ics": calendar.decode()}, [])
    else:
        sys.stdout.write(calendar.decode())
    return 0


def write_file(path: str, data: bytes, option: str) -> None:
    """Write `data` to `path`, or fail with an error naming the option."""
    try:
        Path(path).expanduser().write_bytes(data)
    except OSError as problem:
        raise Invalid(f"{option}: cannot write {path}: {problem.strerror}", field=option) from None
