"""`debrief INTERVIEW [--from FILE|-]`: show an interview's debrief, or save one from JSON (the body
of POST /api/interviews/<id>/debrief), and list the thank-you emails it leaves to send."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from companion.cli.output import emit, row_id, store
from companion.services import debriefs
from companion.services.errors import Invalid
from companion.services.follow_up_drafts import follow_ups_json
from companion.services.interview_edits import get_interview
from companion.services.serialize import debrief_json
from companion.web.api.debriefs import DEBRIEF_FIELDS, people_from
from companion.web.schema import validate


def register(subparsers, common) -> None:
    parser = subparsers.add_parser("debrief", parents=[common],
                                   help="show or save what happened at an interview (who came, what each said, when you will hear)")
    parser.add_argument("interview", type=row_id, help="the interview's id (`followups` shows it beside each debrief)")
    parser.add_argument("--from", dest="source", metavar="FILE",
                        help='save the debrief in this JSON file ("-": standard input), for example '
                             '{"people": [{"name": "Dana Lee", "attended": true, "notes": "..."}], "heard_by": "by Friday"}')
    parser.set_defaults(handler=run)


def run(args) -> int:
    body = _read(args.source) if args.source else None
    if body is not None:
        values = validate(body, DEBRIEF_FIELDS)
        people = people_from(values.pop("people", []))
    with store(args):
        interview = get_interview(args.interview)
        debrief = debriefs.save_debrief(interview, values, people) if body is not None else debriefs.get_debrief(interview)
        interview = get_interview(args.interview)
        payload = {"debrief": debrief_json(interview, debrief),
                   "thank_yous": follow_ups_json(debriefs.thank_yous_to_send(interview))}
    emit(args, payload, lambda: _lines(payload, saved=body is not None))
    return 0


def _read(source: str):
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as problem:
        raise Invalid(f"--from: cannot read {source}: {problem}", field="from") from None
    try:
        return json.loads(text)
    except ValueError as problem:
        raise Invalid(f"--from: {source} is not JSON ({problem})", field="from") from None


def _lines(payload: dict, *, saved: bool):
    debrief = payload["debrief"]
    title = debrief["interview"]["title"] or f"interview {debrief['interview_id']}"
    if debrief["saved_at"] is None:
        yield f"No debrief yet for {title}."
    else:
        yield f"Debrief {'saved' if saved else 'of'} {title}:"
        for person in debrief["people"]:
            there = {True: "was there", False: "was not there", None: "not said"}[person["attended"]]
            yield f"  {person['name'] or person['email']}: {there}" + (f"; {person['notes']}" if person["notes"] else "")
        if debrief["heard_by"]:
            yield f"  You will hear by {debrief['heard_by']}" + (f" ({debrief['heard_words']})" if debrief["heard_words"] else "")
        if debrief["forgot"]:
            yield f"  Forgot to say: {debrief['forgot']}"
    if payload["thank_yous"]:
        yield "Thank-you emails to send:"
        for follow_up in payload["thank_yous"]:
            yield f"  #{follow_up['id']} {follow_up['label']}"
