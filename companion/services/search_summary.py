"""A picture of the search, for the applications page's summary: how many applications reached
each stage (the funnel: applied, answered, interviewed, offered), the response rate, the median
days from applying to the first answer, and each of the last weeks' activity, in the user's zone.

An application is answered once the company said anything (a reply, a request for references,
a rejection, an offer) or an interview was set; it is counted at the first such moment."""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta

from companion.services.user_settings import load_settings
from companion.store.models import Application, Interview, Outcome, utcnow

ANSWERS = ("replied", "references_requested", "rejected", "offer", "accepted")  # the company spoke
ANSWERED = ("interviewing", "offer", "accepted", "rejected")  # statuses that say it did
INTERVIEWED = ("interviewing", "offer", "accepted")
OFFERED = ("offer", "accepted")
WEEKS = 12


def search_summary(now: datetime | None = None) -> dict:
    now, zone = now or utcnow(), load_settings().tz
    applications = list(Application.select(Application.id, Application.status, Application.applied_on,
                                           Application.created_at).tuples())
    first_answer: dict[int, datetime] = {}
    offered: set[int] = set()
    for application_id, kind, at in (Outcome.select(Outcome.application, Outcome.kind, Outcome.at)
                                     .where(Outcome.kind.in_(ANSWERS)).tuples()):
        at = Outcome.at.python_value(at)
        if application_id not in first_answer or at < first_answer[application_id]:
            first_answer[application_id] = at
        if kind in OFFERED:
            offered.add(application_id)
    interviews = list(Interview.select(Interview.application, Interview.start, Interview.created_at)
                      .where(Interview.status == "scheduled").tuples())
    interviewed = {application_id for application_id, _, _ in interviews}
    for application_id, _, made in interviews:  # the invitation, when no reply was recorded before it
        made = Interview.created_at.python_value(made)
        if application_id not in first_answer or made < first_answer[application_id]:
            first_answer[application_id] = made

    applied = {i: applied_on for i, status, applied_on, _ in applications if applied_on or status != "saved"}
    status_of = {i: status for i, status, _, _ in applications}
    answered = {i for i in applied if i in first_answer or status_of[i] in ANSWERED}
    funnel = [
        {"stage": "applied", "count": len(applied)},
        {"stage": "answered", "count": len(answered)},
        {"stage": "interviewed", "count": len({i for i in applied if i in interviewed or status_of[i] in INTERVIEWED})},
        {"stage": "offered", "count": len({i for i in applied if i in offered or status_of[i] in OFFERED})},
    ]
    waits = [(first_answer[i].astimezone(zone).date() - on).days for i, on in applied.items()
             if on and i in first_answer and first_answer[i].astimezone(zone).date() >= on]
    return {
        "funnel": funnel,
        "response_rate": round(len(answered) / len(applied), 3) if applied else None,
        "median_days_to_first_answer": statistics.median(waits) if waits else None,
        "weeks": _weeks(now.astimezone(zone).date(), applied, first_answer, interviews, zone),
    }


def _weeks(today: date, applied: dict, first_answer: dict, interviews: list, zone) -> list[dict]:
    """The last WEEKS weeks (Monday to Sunday), oldest first: applications sent, first answers, interviews held or set."""
    this_monday = today - timedelta(days=today.weekday())
    starts = [this_monday - timedelta(weeks=back) for back in range(WEEKS - 1, -1, -1)]
    weeks = {start: {"week_of": start.isoformat(), "applied": 0, "answered": 0, "interviews": 0} for start in starts}

    def count(day: date | None, what: str) -> None:
        if day is not None and (start := day - timedelta(days=day.weekday())) in weeks:
            weeks[start][what] += 1

    for on in applied.values():
        count(on, "applied")
    for application_id, at in first_answer.items():
        if application_id in applied:
            count(at.astimezone(zone).date(), "answered")
    for _, start, _ in interviews:
        count(Interview.start.python_value(start).astimezone(zone).date(), "interviews")
    return list(weeks.values())
