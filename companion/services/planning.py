"""Re-planning follow-ups after a change: stored facts in, the pure rules run, FollowUp rows reconciled.

Reconciling is idempotent and keyed: a new key makes a row, a moved due time updates it and
raises its SEQUENCE (so calendars update the event), a key no longer planned cancels the row
while it is still open. Done and skipped rows are history and are never touched; a snoozed
one keeps its snooze but moves or is cancelled like a pending one. Write paths do not call
this module: they name what they touched in a unit of work (`unit_of_work.changes`), which
re-plans it.
"""

from __future__ import annotations

from datetime import datetime

import peewee as pw

from companion.domain import kinds, rules
from companion.store.models import (Application, Contact, Debrief, FollowUp, Interview, InterviewParticipant, Outcome,
                                    database, utcnow)
from companion.domain.timing import Settings
from companion.domain.vocabulary import FINISHED_FOLLOW_UPS, OPEN_FOLLOW_UPS
from companion.services.user_settings import load_settings


def replan(application: Application, now: datetime | None = None, settings: Settings | None = None,
           state: rules.ApplicationState | None = None, rows: list[PlannedRow] | None = None,
           moved: list[PlannedRow] | None = None) -> None:
    """Bring one application's follow-ups and its gone-quiet moment in line with its stored facts
    (`state` and its FollowUp `rows`, when they were gathered already for many applications; the
    rows it moves added to `moved`, when given, for `write_moved` to store them all at once)."""
    now = now or utcnow()
    settings = settings or load_settings()
    state = state or application_state(application, settings.own_emails)
    plan = rules.plan_follow_ups(state, settings, now)
    reconcile(application, plan.follow_ups, rows, moved)
    if application.gone_quiet_at != plan.gone_quiet_at:
        # Not through save(): a re-plan is not an edit, so updated_at stays as it was.
        Application.update(gone_quiet_at=plan.gone_quiet_at).where(Application.id == application.id).execute()
        application.gone_quiet_at = plan.gone_quiet_at


class PlannedRow:
    """A FollowUp row as re-planning reads and changes it: the columns it needs, without the
    cost of a model instance (a setting that moves every rule reads tens of thousands)."""

    __slots__ = ("id", "application_id", "key", "kind", "interview_id", "contact_id", "channel", "due", "deadline",
                 "status", "snoozed_until", "done_at", "sequence", "updated_at")

    def __init__(self, *values):
        for name, value in zip(self.__slots__, values):
            setattr(self, name, value)


_READ = (FollowUp.id, FollowUp.application, FollowUp.key, FollowUp.kind, FollowUp.interview, FollowUp.contact,
         FollowUp.channel, FollowUp.due, FollowUp.deadline, FollowUp.status, FollowUp.snoozed_until, FollowUp.done_at,
         FollowUp.sequence)


def follow_up_rows(ids: list[int]) -> dict[int, list[PlannedRow]]:
    """The FollowUp rows of many applications, by application, in one query per thousand."""
    groups: dict[int, list[PlannedRow]] = {}
    for chunk in _chunks(ids):
        # The fields' own conversions, as a query of models would apply them (dates come back aware).
        for values in FollowUp.select(*_READ).where(FollowUp.application.in_(chunk)).order_by(FollowUp.id).tuples():
            row = PlannedRow(*values)
            groups.setdefault(row.application_id, []).append(row)
    return groups


def application_states(applications: list[Application], own_emails: frozenset[str] = frozenset(),
                       follow_ups: dict[int, list[PlannedRow]] | None = None) -> dict[int, rules.ApplicationState]:
    """`application_state` of many applications at once: one query per kind of row for all of
    them (a setting that moves every rule re-plans a year of applications); `follow_ups`, their
    rows when the caller has them already."""
    ids = [application.id for application in applications]
    interviews = _grouped(Interview, Interview.application, ids, Interview.start, Interview.end, Interview.zone,
                          Interview.status)
    interview_ids = [interview.id for rows in interviews.values() for interview in rows]
    taking_part = _grouped(InterviewParticipant, InterviewParticipant.interview, interview_ids,
                           InterviewParticipant.contact.alias("contact_id"), InterviewParticipant.attended)
    another_round = {debrief.interview_id for chunk in _chunks(interview_ids) for debrief in
                     Debrief.select(Debrief.interview).where(Debrief.interview.in_(chunk),
                                                             Debrief.another_round == True)}  # noqa: E712 (SQL)
    contacts = _grouped(Contact, Contact.application, ids, *_CONTACT_READ)
    by_id = {contact.id: contact for rows in contacts.values() for contact in rows}
    # People met who are no contact of these applications (of another one, or of none).
    people = {row.contact_id for rows in taking_part.values() for row in rows} - set(by_id)
    by_id |= {contact.id: contact for chunk in _chunks(sorted(people))
              for contact in Contact.select(Contact.id, *_CONTACT_READ).where(Contact.id.in_(chunk)).namedtuples()}
    references = list(Contact.select(Contact.id, *_CONTACT_READ)
                      .where(Contact.application.is_null(), Contact.kind == "reference").namedtuples())
    outcomes = _grouped(Outcome, Outcome.application, ids, Outcome.kind, Outcome.at)
    follow_ups = follow_up_rows(ids) if follow_ups is None else follow_ups
    states = {}
    for application in applications:
        rows = interviews.get(application.id, [])
        participants = {i.id: [p.contact_id for p in taking_part.get(i.id, []) if p.attended is not False] for i in rows}
        own = contacts.get(application.id, [])
        met = {contact_id for ids_ in participants.values() for contact_id in ids_} - {c.id for c in own}
        states[application.id] = _state(
            application, rows, participants, {i.id for i in rows} & another_round, own,
            [by_id[contact_id] for contact_id in met if contact_id in by_id], references,
            outcomes.get(application.id, []), follow_ups.get(application.id, []), own_emails)
    return states


def _chunks(values: list, size: int = 900):
    """`values` in pieces small enough for one SQL IN (SQLite caps the parameters of a query)."""
    for start in range(0, len(values), size):
        yield values[start:start + size]


_CONTACT_READ = (Contact.kind, Contact.name, Contact.email)


def _grouped(model, by, ids: list[int], *columns) -> dict[int, list]:
    """The rows of `model` whose `by` is one of `ids`, grouped by it, each group in id order: the
    id and `columns` of each, as plain named rows (the fields' conversions applied). A model
    instance each costs more than the rules' work on it when a setting re-plans a year."""
    groups: dict[int, list] = {}
    for chunk in _chunks(ids):
        query = model.select(model.id, by.alias("group_id"), *columns).where(by.in_(chunk)).order_by(model.id)
        for row in query.namedtuples():
            groups.setdefault(row.group_id, []).append(row)
    return groups


def application_state(application: Application, own_emails: frozenset[str] = frozenset()) -> rules.ApplicationState:
    """The facts the rules read, gathered from the database. A contact with one of the user's own
    addresses (`own_emails`, lower case) is the user, and is nobody to thank or write to."""
    interviews = list(application.interviews.order_by(Interview.id))
    # Someone the debrief says was not there is not thanked for it.
    participants = {interview.id: [p.contact_id for p in interview.participants.order_by(InterviewParticipant.id)
                                   if p.attended is not False]
                    for interview in interviews}
    another_round = {debrief.interview_id for debrief in
                     Debrief.select(Debrief.interview).where(Debrief.interview.in_([i.id for i in interviews]),
                                                             Debrief.another_round == True)}  # noqa: E712 (SQL)
    contacts = list(application.contacts.order_by(Contact.id))
    # People met may be stored without the application; references may be the user's own list.
    people = {contact_id for ids in participants.values() for contact_id in ids} - {c.id for c in contacts}
    references = list(Contact.select().where(Contact.application.is_null(), Contact.kind == "reference"))
    extra = list(Contact.select().where(Contact.id.in_(people))) if people else []
    return _state(application, interviews, participants, another_round, contacts, extra, references,
                  list(application.outcomes.order_by(Outcome.id)), list(application.follow_ups), own_emails)


def _state(application, interviews, participants, another_round, contacts, extra, references, outcomes, follow_ups,
           own_emails) -> rules.ApplicationState:
    known = {contact.id: contact for contact in contacts}
    for contact in sorted(extra, key=lambda c: c.id) + references:
        known.setdefault(contact.id, contact)
    known = {key: contact for key, contact in known.items() if contact.email.lower() not in own_emails}
    participants = {key: [contact_id for contact_id in ids if contact_id in known] for key, ids in participants.items()}
    return rules.ApplicationState(
        id=application.id,
        status=application.status,
        applied_on=application.applied_on,
        decision_by=application.decision_by,
        contact_on=application.contact_on,
        long_decision=application.long_decision,
        channel=application.channel,
        interviews=[rules.InterviewState(id=i.id, start=i.start, end=i.end, zone=i.zone, status=i.status,
                                         participants=participants[i.id], another_round=i.id in another_round)
                    for i in interviews],
        contacts=[rules.ContactState(id=c.id, kind=c.kind, name=c.name) for c in known.values()],
        outcomes=[rules.OutcomeState(id=o.id, kind=o.kind, at=o.at) for o in outcomes],
        follow_ups={f.key: rules.FollowUpState(status=f.status, done_at=f.done_at) for f in follow_ups},
    )


def reconcile(application: Application, specs: list[rules.FollowUpSpec], rows: list[PlannedRow] | None = None,
              moved: list[PlannedRow] | None = None) -> None:
    """Make the application's FollowUp rows (`rows`, else read) match `specs`, keeping what the
    user did; the rows changed are written now, or added to `moved` to be written with others."""
    by_key = {row.key: row for row in (application.follow_ups if rows is None else rows)}
    changed = []
    for spec in specs:
        row = by_key.get(spec.key)
        if row is None:
            _create(application, spec)
        elif row.status not in FINISHED_FOLLOW_UPS and _update(row, spec):
            changed.append(row)
    planned = {spec.key for spec in specs}
    for key, row in by_key.items():
        if key not in planned and row.status in OPEN_FOLLOW_UPS and kinds.is_rule_key(key):
            row.status = "cancelled"
            changed.append(row)
    if moved is None:
        write_moved(changed)
    else:
        moved.extend(changed)


def _create(application: Application, spec: rules.FollowUpSpec) -> None:
    # Keys are unique across applications; a person met in two processes is asked once.
    if FollowUp.select().where(FollowUp.key == spec.key).exists():
        return
    FollowUp.create(key=spec.key, kind=spec.kind, application=application, interview=spec.interview_id,
                    contact=spec.contact_id, channel=spec.channel or "", due=spec.due,
                    deadline=spec.deadline, status="pending", sequence=0)


def _update(row: FollowUp, spec: rules.FollowUpSpec) -> bool:
    """Move an open row to the planned time, or bring back one cancelled earlier (in memory:
    `write_moved` stores it); whether anything changed."""
    changes = {"kind": spec.kind, "interview_id": spec.interview_id, "contact_id": spec.contact_id,
               "channel": spec.channel or "", "due": spec.due, "deadline": spec.deadline}
    moved = row.due != spec.due or row.status == "cancelled"
    if not moved and all(getattr(row, name) == value for name, value in changes.items()):
        return False
    for name, value in changes.items():
        setattr(row, name, value)
    if row.status == "cancelled":
        row.status, row.snoozed_until = "pending", None
    if moved:
        row.sequence += 1
    return True


# What a re-plan changes in a row, written for all the rows it changed in one statement run
# many times (a setting that moves every rule moves thousands: one query each would cost
# seconds in building the queries alone).
_PLANNED = ("kind", "interview", "contact", "channel", "due", "deadline", "status", "snoozed_until", "sequence",
            "updated_at")


def write_moved(rows: list[FollowUp] | list[PlannedRow]) -> None:
    """Store the planned columns of follow-up rows changed in memory, in one statement run for each."""
    if not rows:
        return
    fields = [FollowUp._meta.fields[name] for name in _PLANNED]
    now = utcnow()
    for row in rows:
        row.updated_at = now
    sql = (f'UPDATE "{FollowUp._meta.table_name}" SET '
           + ", ".join(f'"{field.column_name}" = {database.param}' for field in fields)
           + f' WHERE "id" = {database.param}')
    values = [[field.db_value(getattr(row, field.object_id_name if isinstance(field, pw.ForeignKeyField) else field.name))
               for field in fields] + [row.id] for row in rows]
    database.cursor().executemany(sql, values)
