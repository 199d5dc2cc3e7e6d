"""`import FILE...` reads calendar invites (.ics) and stores the interviews in them, or adds a
whole export of the companion (a .json file made by `export --format json`), or a recruiter's
message (.eml, or a folder's .mbox), recorded on the application it is about, or a spreadsheet
of applications (.csv: ours, or another tracker's, its columns matched by name).

Each file is imported in one transaction. --json prints, per event, what was read, whether
it is an interview and why, and what the import did; --dry-run changes nothing.
"""

from __future__ import annotations

import json
import mailbox
import zoneinfo
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

from companion.reading.messages.message import read_message
from companion.reading.messages.outlook_file import UnreadableMessage
from companion.reading.messages.verdict import judge
from companion.services import data_transfer, interviews as service, messages, spreadsheets
from companion.services.errors import Invalid
from companion.cli.output import emit, store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("import", parents=[common],
                                   help="import calendar invites (.ics), recruiters' messages (.eml, Outlook's .msg, .mbox), "
                                        "spreadsheets (.csv) or a companion export (.json)")
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="an .ics file, as attached to an invite email; an .eml or Outlook .msg message; or a .json file from "
                             "`export --format json`")
    parser.add_argument("--dry-run", action="store_true", help="show what would be imported without storing anything")
    parser.add_argument("--force", action="store_true", help="also import events that do not look like interviews")
    parser.set_defaults(handler=import_files)


def import_files(args) -> int:
    with store(args):
        results = [import_file(Path(name), force=args.force, dry_run=args.dry_run) for name in args.files]
    emit(args, {"dry_run": args.dry_run, "files": results}, lambda: _lines(results, args.dry_run))
    return 1 if any(result["errors"] for result in results) else 0


def import_file(path: Path, *, force: bool, dry_run: bool) -> dict:
    """Read and import one file; what was read and done, event by event."""
    try:
        data = path.read_bytes()
    except OSError as error:
        return {"file": str(path), "method": "", "errors": [f"cannot read {path}: {error.strerror or error}"],
                "warnings": [], "events": []}
    if path.suffix.lower() == ".json":
        return _import_export(path, data, dry_run=dry_run)
    if path.suffix.lower() in (".eml", ".msg"):
        return _import_message(path, data, dry_run=dry_run)
    if path.suffix.lower() == ".mbox":
        return _import_mailbox(path, dry_run=dry_run)
    if path.suffix.lower() == ".csv":
        return _import_sheet(path, data, dry_run=dry_run)
    reading = service.read_invite_text(data)
    reports = service.import_interviews(reading.interviews, force=force, dry_run=dry_run)
    events = [{**_read(facts), **report} for facts, report in zip(reading.interviews, reports)]
    return {"file": str(path), "method": reading.method, "errors": reading.errors, "warnings": reading.warnings,
            "events": events}


def _import_export(path: Path, data: bytes, *, dry_run: bool) -> dict:
    """A whole export of the companion: every application, person, interview and follow-up in it."""
    result = {"file": str(path), "method": "companion export", "errors": [], "warnings": [], "events": []}
    try:
        result["added"] = data_transfer.import_document(json.loads(data), dry_run=dry_run)
    except (ValueError, UnicodeDecodeError) as problem:  # not JSON
        result["errors"].append(f"{path} is not JSON: {problem}")
    except Invalid as problem:
        result["errors"].append(problem.message)
    return result


def _import_message(path: Path, data: bytes, *, dry_run: bool) -> dict:
    """A recruiter's message: judged, and unless a dry run, kept and recorded on its application."""
    result = {"file": str(path), "method": "e-mail", "errors": [], "warnings": [], "events": []}
    try:
        if dry_run:
            verdict = judge(read_message(data))
            result["message"] = {"verdict": {"kind": verdict.kind, "confidence": verdict.confidence,
                                             "reason": verdict.reason}, "application_id": None, "recorded": None}
        else:
            result["message"] = messages.import_message(data)
    except (UnreadableMessage, Invalid) as problem:
        result["errors"].append(f"{path}: {problem}")
    return result


def _import_sheet(path: Path, data: bytes, *, dry_run: bool) -> dict:
    """A spreadsheet of applications (ours, Huntr's, Teal's, a hand-kept one): its columns matched
    by name, shown with what was added."""
    try:
        sheet = spreadsheets.read_sheet(data.decode("utf-8", "replace"))
    except Invalid as problem:
        return {"file": str(path), "method": "spreadsheet", "errors": [f"{path}: {problem.message}"], "warnings": [],
                "events": []}
    added, known = spreadsheets.import_sheet(sheet, dry_run=dry_run)
    return {"file": str(path), "method": "spreadsheet", "errors": [], "warnings": sheet.problems, "events": [],
            "sheet": {"columns": sheet.mapping, "ignored": sheet.ignored, "rows": len(sheet.rows),
                      "added": added, "already_tracked": known}}


def _import_mailbox(path: Path, *, dry_run: bool) -> dict:
    """Every message of an .mbox (a mail program's export of a folder), one by one."""
    result = {"file": str(path), "method": "mailbox", "errors": [], "warnings": [], "events": [], "messages": []}
    try:
        box = mailbox.mbox(path, create=False)
        raw = [box.get_bytes(key) for key in box.keys()]
    except (OSError, mailbox.Error) as problem:
        result["errors"].append(f"cannot read the mailbox {path}: {problem}")
        return result
    for data in raw:
        result["messages"].append(_import_message(path, data, dry_run=dry_run)["message"])
    return result


def _read(facts) -> dict:
    read = asdict(facts)
    read["start"], read["end"] = facts.start.isoformat(), facts.end.isoformat()
    return read


_DONE = {
    "created": "imported", "updated": "rescheduled/updated", "cancelled": "cancelled",
    "unchanged": "already imported", "ignored_stale": "ignored (an older version)",
    "nothing_to_cancel": "nothing to cancel", "skipped_not_interview": "skipped",
    "skipped_over_limit": "not stored (too many in one file)",
}
_WOULD = {"created": "would import", "updated": "would update", "cancelled": "would cancel"}


def _lines(results: list[dict], dry_run: bool):
    for result in results:
        count = len(result["events"])
        if "sheet" in result:
            sheet = result["sheet"]
            yield f"{result['file']}: columns " + (", ".join(f"{column} -> {name}" for column, name in sheet["columns"].items())
                                                  or "none recognised")
            if sheet["ignored"]:
                yield f"  left out: {', '.join(sheet['ignored'])}"
            yield (f"  {sheet['added']} applications would be added, {sheet['already_tracked']} already tracked" if dry_run
                   else f"  added {sheet['added']}, already tracked {sheet['already_tracked']}")
        elif "message" in result or "messages" in result:
            for taken in result.get("messages") or [result["message"]]:
                verdict = taken["verdict"]
                yield (f"{result['file']}: {verdict['kind'].replace('_', ' ')} ({verdict['reason']})"
                       + (f"; recorded as {taken['recorded']}" if taken["recorded"] else "")
                       + ("" if taken["application_id"] or dry_run else "; no tracked application matches it"))
        elif "added" in result:
            added = ", ".join(f"{number} {name.replace('_', ' ')}" for name, number in result["added"].items() if number)
            yield f"{result['file']}: {'would add' if dry_run else 'added'} {added or 'nothing'}"
        else:
            yield f"{result['file']}: {count} event{'s' if count != 1 else ''}" + (f" ({result['method']})" if result["method"] else "")
        for event in result["events"]:
            done = (_WOULD if dry_run else {}).get(event["action"], _DONE[event["action"]])
            where = f" #{event['interview_id']}" if event["interview_id"] else ""
            yield f"  {done}{where}: {event['title'] or '(no title)'}, {_local(event)}"
            yield f"    {event['reason']}"
        for error in result["errors"]:
            yield f"  error: {error}"
        for warning in result["warnings"]:
            yield f"  warning: {warning}"


def _local(event: dict) -> str:
    """The start in the zone the invite was written in, e.g. "Tue 01 Dec 2026 14:00 America/New_York"."""
    start = datetime.fromisoformat(event["start"])
    zone = event["zone"] or "UTC"
    return f"{start.astimezone(zoneinfo.ZoneInfo(zone)).strftime('%a %d %b %Y %H:%M')} {zone}"
