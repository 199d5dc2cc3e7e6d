"""`capture` reads a saved page as if the extension had sent it; `recapture` reads stored
captures again with today's extractors, so a fixed extractor repairs old captures.

`capture` exits 0 when a job was found, 1 when the page was stored as "no job found".
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from companion.config import MAX_BODY_BYTES
from companion.services.errors import Invalid
from companion.domain.addresses import is_web_url
from companion.reading.pages.saved_pages import saved_page_text
from companion.services import captures as service
from companion.services.applications import describe_json
from companion.cli.output import emit, row_id, store


def register(subparsers, common) -> None:
    capture = subparsers.add_parser(
        "capture", parents=[common], help="read a saved job page (as the extension would send it)",
        description="Read a saved page and store it as a capture; exits 1 when no job was found on it.")
    capture.add_argument("file", type=Path, help="the saved page (.html)")
    capture.add_argument("--url", required=True, help="the address the page was saved from")
    capture.add_argument("--title", default="", help="the page's title, if the file lacks one")
    capture.add_argument("--dry-run", action="store_true", help="show what would be read; store nothing")
    capture.set_defaults(handler=run_capture)

    recapture = subparsers.add_parser("recapture", parents=[common],
                                      help="read stored captures again with today's extractors")
    which = recapture.add_mutually_exclusive_group(required=True)
    which.add_argument("capture_id", nargs="?", type=row_id, help="the capture to read again")
    which.add_argument("--all", action="store_true", help="read every stored capture again")
    recapture.set_defaults(handler=run_recapture)

    forget = subparsers.add_parser("delete-capture", parents=[common],
                                   help="delete a kept page, invite or message (what it recorded stays)")
    forget.add_argument("capture_id", type=row_id, help="the capture to delete")
    forget.set_defaults(handler=run_delete)


def _read_page(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_BODY_BYTES:
            raise Invalid(f"{path} is larger than the companion accepts ({MAX_BODY_BYTES // (1024 * 1024)} MB)")
        return saved_page_text(path.read_bytes())
    except OSError as error:
        raise Invalid(f"cannot read {path}: {error.strerror}") from error


def run_capture(args) -> int:
    if not is_web_url(args.url):
        raise Invalid(f"--url must be the page's web address (http:// or https://), not {args.url!r}")
    payload = {"url": args.url, "title": args.title, "html": _read_page(args.file), "json_ld": [], "selection": ""}
    if args.dry_run:
        extraction = service.understand(payload)
        emit(args, {"dry_run": True, "extraction": asdict(extraction)}, _dry_run_lines(extraction))
        return 0 if extraction.job else 1
    with store(args):
        answer, _ = service.record_capture(payload)
    emit(args, answer, _answer_lines(answer))
    return 0 if answer["application"] else 1


def _dry_run_lines(extraction) -> list[str]:
    if extraction.job is None:
        return [extraction.reason[0].upper() + extraction.reason[1:], "(dry run: nothing stored)"]
    job = extraction.job
    return [
        f"Would save: {job.title or '?'} at {job.company or '?'} ({job.location or 'place unknown'})",
        f"  read by: {extraction.extractor} (confidence {extraction.confidence:.2f})",
        f"  job: {job.job_url}" + (f"  [{job.board} {job.board_job_id}]" if job.board_job_id else ""),
        *([f"  missing: {', '.join(extraction.missing)}"] if extraction.missing else []),
        *[f"  contact: {c.name} ({c.kind.replace('_', ' ')}, {c.title})" for c in extraction.contacts],
        *[f"  note: {error}" for error in extraction.errors],
        "(dry run: nothing stored)",
    ]


def _answer_lines(answer: dict) -> list[str]:
    capture, application = answer["capture"], answer["application"]
    if application is None:
        return [answer["message"], f"  stored as capture #{capture['id']} (see `recapture` once an extractor is fixed)"]
    return [
        f"Captured #{application['id']}: {describe_json(application)} ({application['location'] or 'place unknown'})",
        f"  read by: {capture['extractor']} (confidence {capture['confidence']:.2f}), capture #{capture['id']}",
        f"  job: {application['job_url']}",
        *([f"  missing: {', '.join(answer['missing'])}"] if answer["missing"] else []),
    ]


def run_recapture(args) -> int:
    with store(args):
        if args.all:
            captures = service.every_capture()
        else:
            captures = [service.get_capture(args.capture_id)]
        reports = [_reread(capture) for capture in captures]
    emit(args, {"captures": reports}, _recapture_lines(reports))
    return 0


def _reread(capture) -> dict:
    before = {"status": capture.status, "extractor": capture.extractor, "application_id": capture.application_id}
    answer = service.reread_capture(capture)
    return {**answer["capture"], "before": before}


def _recapture_lines(reports: list[dict]) -> list[str]:
    if not reports:
        return ["No captures stored yet."]
    lines = []
    for report in reports:
        before = report["before"]
        change = report["status"] if before["status"] == report["status"] else f"{before['status']} -> {report['status']}"
        where = f"application #{report['application_id']}" if report["application_id"] else report["reason"]
        lines.append(f"#{report['id']:<4} {change:<30} {report['extractor'] or '-':<16} {where}")
    return lines


def run_delete(args) -> int:
    with store(args):
        service.delete_capture(service.get_capture(args.capture_id))
    emit(args, {"deleted": args.capture_id}, [f"Deleted capture #{args.capture_id}."])
    return 0
