"""`followups` lists what is due; `mark` says one was sent, skipped, or snoozed."""

from __future__ import annotations

from datetime import datetime, timezone
from zoneinfo import ZoneInfo

from companion.services.serialize import effective_due
from companion.services import followups as service
from companion.services.applications import describe_json
from companion.services.follow_up_drafts import follow_up_json, follow_ups_json
from companion.domain import kinds
from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.cli.output import emit, parse_cli_time, relative, row_id, show_time, store, user_zone

def register(subparsers, common) -> None:
    listing = subparsers.add_parser("followups", parents=[common], help="list follow-ups that are pending or snoozed")
    listing.add_argument("--all", action="store_true", help="include done, skipped and cancelled ones")
    listing.add_argument("--as-of", help="judge what is overdue as of this time (default: now)")
    listing.set_defaults(handler=list_follow_ups)

    mark = subparsers.add_parser("mark", parents=[common], help="mark a follow-up done, skipped, or snoozed")
    mark.add_argument("followup", type=row_id, help="the follow-up's id (see `followups`)")
    mark.add_argument("action", choices=list(service.ACTIONS))
    mark.add_argument("--at", help="when it happened (default: now)")
    mark.add_argument("--until", help="with snooze: when to bring it back")
    mark.add_argument("--past-deadline", action="store_true",
                      help="with snooze: let the follow-up's deadline pass (else a snooze past it is refused)")
    mark.set_defaults(handler=mark_follow_up)


def list_follow_ups(args) -> int:
    with store(args):
        zone = user_zone()
        as_of = parse_cli_time(args.as_of, "--as-of", zone) if args.as_of else datetime.now(timezone.utc)
        follow_ups, _ = service.list_follow_ups("all" if args.all else "open")
        payload = [dict(row, overdue=f.status in OPEN_FOLLOW_UPS and effective_due(f) <= as_of)
                   for f, row in zip(follow_ups, follow_ups_json(follow_ups))]
    emit(args, {"as_of": as_of.isoformat(), "followups": payload}, lambda: _lines(payload, as_of, zone))
    return 0


def _lines(follow_ups: list[dict], as_of: datetime, zone: ZoneInfo):
    if not follow_ups:
        yield "Nothing to follow up on."
        return
    for follow_up in follow_ups:
        due = datetime.fromisoformat(follow_up["next_due"])
        state = "DUE" if follow_up["overdue"] else follow_up["status"]
        role = describe_json(follow_up["application"])
        yield f"#{follow_up['id']:<4} {state:<9} {follow_up['label']} — {role} — {show_time(due, zone)} ({relative(due, as_of)})"
        if follow_up["kind"] == kinds.DEBRIEF:
            yield f"      interview-companion debrief {follow_up['interview_id']} --from FILE"


def mark_follow_up(args) -> int:
    with store(args):
        zone = user_zone()
        at = parse_cli_time(args.at, "--at", zone) if args.at else None
        until = parse_cli_time(args.until, "--until", zone) if args.until else None
        follow_up = service.mark(service.get_follow_up(args.followup), args.action, at, until,
                                 past_deadline=args.past_deadline)
        payload = follow_up_json(follow_up)
    emit(args, payload, [f"#{payload['id']} {payload['label']}: {payload['status']}"])
    return 0
