"""`applications` lists what the user is tracking; `record` notes an outcome on one."""

from __future__ import annotations

from companion.domain.vocabulary import OUTCOMES
from companion.web.schema import parse_date
from companion.services.serialize import application_json
from companion.services import applications as service, listings
from companion.cli.output import emit, parse_cli_time, row_id, store, user_zone


def register(subparsers, common) -> None:
    listing = subparsers.add_parser("applications", parents=[common], help="list applications")
    listing.set_defaults(handler=list_applications)

    record = subparsers.add_parser("record", parents=[common], help="record an outcome on an application")
    record.add_argument("application", type=row_id, help="the application's id (see `applications`)")
    record.add_argument("outcome", choices=[outcome.replace("_", "-") for outcome in OUTCOMES])
    record.add_argument("--at", help="when it happened (default: now), e.g. 2026-11-23T09:30")
    record.add_argument("--decision-by", help="a decision date they gave, e.g. 2026-12-01")
    record.add_argument("--contact-on", help="the date they asked you to contact them on")
    record.set_defaults(handler=record_outcome)


def list_applications(args) -> int:
    with store(args):
        payload = [application_json(a) for a in listings.applications()]
    emit(args, {"applications": payload}, lambda: _lines(payload))
    return 0


def _lines(applications: list[dict]):
    if not applications:
        yield "No applications yet. Capture a job page with the extension, or add one in its applications page."
        return
    for application in applications:
        flags = " (gone quiet)" if application["gone_quiet"] else ""
        yield f"#{application['id']:<4} {application['status']:<12} {service.describe_json(application)}{flags}"


def record_outcome(args) -> int:
    outcome = args.outcome.replace("-", "_")
    decision_by = parse_date(args.decision_by, "--decision-by") if args.decision_by else None
    contact_on = parse_date(args.contact_on, "--contact-on") if args.contact_on else None
    with store(args):
        at = parse_cli_time(args.at, "--at", user_zone()) if args.at else None
        application = service.get_application(args.application)
        service.record_outcome(application, outcome, at, decision_by, contact_on)
        payload = application_json(service.get_application(args.application))
    emit(args, payload, [f"Recorded {args.outcome} on #{payload['id']} ({service.describe_json(payload)}); status: {payload['status']}"])
    return 0
