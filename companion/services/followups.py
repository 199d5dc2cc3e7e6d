"""Follow-ups as the user sees them: listed by when they are due, marked done, skipped or snoozed."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN

from companion.services.errors import Conflict, Invalid
from companion.store.models import Application, Contact, FollowUp, Interview, utcnow
from companion.services.serialize import effective_due, follow_up_label
from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.services import activity
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes

FINISHED_STATUSES = ("done", "skipped")
ACTIONS = {"done": "done", "skipped": "skipped", "snooze": "snoozed"}


def get_follow_up(follow_up_id: int) -> FollowUp:
    return get_existing(FollowUp, follow_up_id, "follow-up")


def list_follow_ups(status: str = "open", due_before: datetime | None = None) -> list[FollowUp]:
    """Follow-ups in the order they ask for attention. `open` means pending or snoozed."""
    # One query brings each follow-up's application, contact and interview along.
    query = (FollowUp.select(FollowUp, Application, Contact, Interview)
             .join(Application).switch(FollowUp)
             .join(Contact, JOIN.LEFT_OUTER).switch(FollowUp)
             .join(Interview, JOIN.LEFT_OUTER))
    if status == "open":
        query = query.where(FollowUp.status.in_(OPEN_FOLLOW_UPS))
    elif status != "all":
        query = query.where(FollowUp.status == status)
    follow_ups = list(query)
    if due_before is not None:
        follow_ups = [f for f in follow_ups if effective_due(f) <= due_before]
    return sorted(follow_ups, key=lambda f: (effective_due(f), f.id))


def mark(follow_up: FollowUp, action: str, at: datetime | None = None, until: datetime | None = None) -> FollowUp:
    """Mark a follow-up done, skipped or snoozed; `at` is when it happened (default: now).

    A finished follow-up stays finished: it cannot be snoozed back open, but done and skipped
    may correct each other (the user pressed the wrong one, or sent it after all)."""
    at = at or utcnow()
    if follow_up.status == "cancelled":
        raise Conflict("this follow-up was cancelled and can no longer be marked", field="action")
    if action == "snooze":
        if follow_up.status in FINISHED_STATUSES:
            raise Conflict(f"this follow-up is already {follow_up.status}, so it cannot be snoozed", field="action")
        if until is None:
            raise Invalid("'until' is required to snooze", field="until", code="missing_field")
        if until <= at:
            raise Invalid("'until' must be later than the time it was snoozed at", field="until", code="invalid_field")
        follow_up.snoozed_until = until
        follow_up.sequence += 1  # the reminder moves: calendars must update it
    elif until is not None:
        raise Invalid("'until' only goes with snooze", field="until", code="invalid_field")
    else:
        follow_up.done_at = at
    with changes() as touched:
        follow_up.status = ACTIONS[action]
        follow_up.save()
        summary = f"{follow_up_label(follow_up)}: {ACTIONS[action]}"
        if action == "snooze":
            summary += f" until {until.isoformat()}"
        activity.log(follow_up.application, "follow_up", summary, at=at, follow_up_id=follow_up.id, action=action)
        touched.application(follow_up.application)
    return FollowUp.get_by_id(follow_up.id)  # as the re-plan left it
