"""`draft FOLLOWUP [--eml FILE]`: show a follow-up's draft, or save it as an unsent email."""

from __future__ import annotations

import sys

from companion.services import follow_up_drafts
from companion.services.followups import get_follow_up
from companion.cli.export import write_file
from companion.cli.output import emit, row_id, store


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("draft", parents=[common], help="show a follow-up's draft")
    parser.add_argument("followup", type=row_id, help="the follow-up's id (see `followups`)")
    parser.add_argument("--eml", metavar="FILE", help="also save it as an .eml draft to open in your mail program")
    parser.set_defaults(handler=run)


def run(args) -> int:
    with store(args):
        follow_up = get_follow_up(args.followup)
        draft = follow_up_drafts.draft_for(follow_up)
        mailto = follow_up_drafts.mailto_for(follow_up, draft)
        eml = follow_up_drafts.eml_for(follow_up) if args.eml else None
    if eml is not None:
        write_file(args.eml, eml, "--eml")
    payload = {"subject": draft.subject, "body": draft.body, "to": draft.to, "warnings": draft.warnings,
               "mailto": mailto, "eml": args.eml}
    emit(args, payload, lambda: _lines(payload))
    if not args.json:
        for warning in draft.warnings:
            print(f"warning: {warning}", file=sys.stderr)
    return 0


def _lines(payload: dict):
    if payload["to"]:
        yield f"To: {payload['to']}"
    if payload["subject"]:
        yield f"Subject: {payload['subject']}"
    if payload["to"] or payload["subject"]:
        yield ""
    yield payload["body"]
    if payload["eml"]:
        yield ""
        yield f"Saved as {payload['eml']}"
