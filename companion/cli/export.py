"""`export reminders.ics [--output FILE]`: the open follow-ups as a calendar file; `export --format
json [--output FILE]`: everything recorded, to keep or to `import` into another data directory."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from companion.services.errors import Invalid
from companion.services import data_transfer, follow_up_drafts, spreadsheets
from companion.cli.output import emit, store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("export", parents=[common], help="export reminders as a calendar file, or all your data")
    parser.add_argument("what", nargs="?", choices=["reminders.ics"], help="the reminders calendar")
    parser.add_argument("--format", choices=["json", "csv"],
                        help="your data instead: json holds everything (applications, people, interviews, follow-ups "
                             "and their state, activity, settings); csv one row per application, for a spreadsheet")
    parser.add_argument("--output", "-o", help="write to this file (default: print it)")
    parser.set_defaults(handler=run)


def run(args) -> int:
    if args.format == "json":
        return _export_data(args)
    if args.format == "csv":
        return _export_sheet(args)
    if args.what is None:
        raise Invalid("say what to export: reminders.ics, or --format json for all your data", field="what")
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


def _export_data(args) -> int:
    with store(args):
        document = data_transfer.export_document()
    text = json.dumps(document, indent=1, ensure_ascii=False)
    counts = {name: len(document[name]) for name in data_transfer.TABLES}
    if args.output:
        write_file(args.output, text.encode(), "--output")
        emit(args, {"output": args.output, **counts},
             [f"Wrote {counts['applications']} applications and {counts['follow_ups']} follow-ups to {args.output}"])
    else:
        sys.stdout.write(text + "\n")
    return 0


def _export_sheet(args) -> int:
    with store(args):
        text = spreadsheets.export_csv()
    rows = text.count("\n") - 1
    if args.output:
        write_file(args.output, text.encode(), "--output")
        emit(args, {"output": args.output, "applications": rows}, [f"Wrote {rows} applications to {args.output}"])
    else:
        sys.stdout.write(text)
    return 0


def write_file(path: str, data: bytes, option: str) -> None:
    """Write `data` to `path`, or fail with an error naming the option."""
    try:
        Path(path).expanduser().write_bytes(data)
    except OSError as problem:
        raise Invalid(f"{option}: cannot write {path}: {problem.strerror}", field=option) from None
