"""Follow-ups as the user sees them: listed by when they are due, marked done, skipped or snoozed."""

from __future__ import annotations

from datetime import datetime

from peewee import JOIN

from companion.domain import rules
from companion.services.errors import Conflict, Invalid
from companion.store.models import Activity, Application, Contact, FollowUp, Interview, utcnow
from companion.services.serialize import effective_due, follow_up_label
from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.services import activity
from companion.services.lookup import get_existing
from companion.services.unit_of_work import changes
from companion.services.user_settings import load_settings

FINISHED_STATUSES = ("done", "skipped")
ACTIONS = {"done": "done", "skipped": "skipped", "snooze": "snoozed"}


def get_follow_up(follow_up_id: int) -> FollowUp:
    return get_existing(FollowUp, follow_up_id, "follow-up")


def list_follow_ups(status: str = "open", due_before: datetime | None = None, *, due_after: datetime | None = None,
                    limit: int | None = None, after: str | None = None) -> tuple[list[FollowUp], str | None]:
    """Follow-ups in the order they ask for attention, and the cursor of the next page (None at
    the end). `open` means pending or snoozed; the due window reads when each next asks for
    attention (a snooze's end when later than its due time), all in SQL, so a page of a year of
    follow-ups costs what the page holds."""
    next_due = FollowUp.next_due_sql()
    # One query brings each follow-up's application, contact and interview along.
    query = (FollowUp.select(FollowUp, Application, Contact, Interview)
             .join(Application).switch(FollowUp)
             .join(Contact, JOIN.LEFT_OUTER).switch(FollowUp)
             .join(Interview, JOIN.LEFT_OUTER)
             .order_by(next_due, FollowUp.id))
    if status == "open":
        query = query.where(FollowUp.status.in_(OPEN_FOLLOW_UPS))
    elif status != "all":
        query = query.where(FollowUp.status == status)
    if due_before is not None:
        query = query.where(next_due <= FollowUp.due.db_value(due_before))
    if due_after is not None:
        query = query.where(next_due > FollowUp.due.db_value(due_after))
    if after is not None:
        moment, last_id = _read_cursor(after)
        query = query.where((next_due > moment) | ((next_due == moment) & (FollowUp.id > last_id)))
    if limit is None:
        return list(query), None
    page = list(query.limit(limit + 1))
    more = len(page) > limit
    page = page[:limit]
    return page, (_cursor(page[-1]) if more else None)


def next_for(application: Application) -> FollowUp | None:
    """The application's follow-up that asks for attention next, if one is open."""
    open_ones = FollowUp.select().where((FollowUp.application == application) & FollowUp.status.in_(OPEN_FOLLOW_UPS))
    return min(open_ones, key=lambda f: (effective_due(f), f.id), default=None)


def _cursor(follow_up: FollowUp) -> str:
    """Where the next page starts: after this follow-up's next due time and id."""
    return f"{effective_due(follow_up).isoformat()}~{follow_up.id}"


def _read_cursor(cursor: str) -> tuple[datetime, int]:
    moment, _, last_id = cursor.rpartition("~")
    try:
        return FollowUp.due.db_value(datetime.fromisoformat(moment)), int(last_id)
    except ValueError:
        raise Invalid("'after' is not a cursor this companion gave (use next_cursor as it came)", field="after") from None


def mark(follow_up: FollowUp, action: str, at: datetime | None = None, until: datetime | None = None,
         acted_at: datetime | None = None, past_deadline: bool = False) -> FollowUp:
    """Mark a follow-up done, skipped or snoozed; `at` is when it happened (default: now).

    A finished follow-up stays finished: it cannot be snoozed back open, but done and skipped
    may correct each other (the user pressed the wrong one, or sent it after all).
    `acted_at` is when the user chose this, for a mark made while the companion was down and
    sent later: the later of two marks wins, and the same mark sent again is applied once.
    A snooze lands in the user's waking hours, and never past the follow-up's deadline unless
    `past_deadline` says the user chose that."""
    at = at or utcnow()
    if follow_up.status == "cancelled":
        raise Conflict("this follow-up was cancelled and can no longer be marked", field="action")
    if acted_at is not None:
        last = _last_mark(follow_up)
        if last is not None and _acted_at(last) >= acted_at:
            if _acted_at(last) == acted_at and last.detail.get("action") == action:
                return follow_up  # sent again by the extension's outbox: already applied
            raise Conflict(f"this follow-up was marked {last.detail.get('action')} later "
                           f"({_acted_at(last).isoformat()}); that later change stands", field="acted_at")
    if action == "snooze":
        if follow_up.status in FINISHED_STATUSES:
            raise Conflict(f"this follow-up is already {follow_up.status}, so it cannot be snoozed", field="action")
        if until is None:
            raise Invalid("'until' is required to snooze", field="until", code="missing_field")
        if until <= at:
            raise Invalid("'until' must be later than the time it was snoozed at", field="until", code="invalid_field")
        until = _snooze_time(follow_up, until, at, past_deadline)
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
            summary += f" until {activity.moment(until)}"
        activity.log(follow_up.application, "follow_up", summary, at=at, follow_up_id=follow_up.id, action=action,
                     acted_at=(acted_at or utcnow()).isoformat())
        touched.application(follow_up.application)
    return FollowUp.get_by_id(follow_up.id)  # as the re-plan left it


def _snooze_time(follow_up: FollowUp, until: datetime, at: datetime, past_deadline: bool) -> datetime:
    settings = load_settings()
    landed = rules.snooze_lands_at(until, settings)
    if landed <= at:
        landed = until  # "in an hour", late at night: the user asked for that time
    deadline = follow_up.deadline
    if deadline is None or landed <= deadline or deadline <= at or past_deadline:
        return landed  # a deadline already passed is no reason to refuse
    if until <= deadline:
        return until  # only moving it into waking hours would pass the deadline
    local = deadline.astimezone(settings.tz).strftime("%a %d %b %H:%M")
    raise Conflict(f"Snoozed that long, it would come back after its deadline ({local}, {settings.zone}): "
                   "snooze it until the deadline, or choose to let the deadline pass.",
                   code="after_deadline", field="until")


def _last_mark(follow_up: FollowUp) -> Activity | None:
    """The mark of this follow-up the user chose last (its activity entry)."""
    marks = activity.entries(follow_up.application_id, "follow_up", follow_up_id=follow_up.id)
    return max(marks, key=lambda entry: (_acted_at(entry), entry.id), default=None)


def _acted_at(entry: Activity) -> datetime:
    """When the user chose a mark; entries from before acted_at was kept have only `at`."""
    acted = entry.detail.get("acted_at")
    return datetime.fromisoformat(acted) if acted else entry.at
