"""What the API and the CLI list, each listing in one order both of them show.

Applications: most recently changed first. Captures: newest first. Contacts: by name.
Interviews: soonest first. An application's own follow-ups: by due time; its activity: newest
first. (Follow-ups across applications, ordered by when they next ask for attention, are
listed in followups.py.)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from companion.domain.vocabulary import OPEN_FOLLOW_UPS
from companion.store.models import Activity, Application, Capture, Contact, FollowUp, Interview


def applications() -> list[Application]:
    return list(Application.select().order_by(Application.updated_at.desc(), Application.id.desc()))


def application_times() -> dict[int, dict[str, datetime | None]]:
    """For each application, when its next open follow-up asks for attention and when something
    last happened to it: two grouped queries, whatever the number of applications."""
    due = (FollowUp.select(FollowUp.application, pw.fn.MIN(FollowUp.next_due_sql()).alias("at"))
           .where(FollowUp.status.in_(OPEN_FOLLOW_UPS)).group_by(FollowUp.application).tuples())
    happened = (Activity.select(Activity.application, pw.fn.MAX(Activity.at).alias("at"))
                .where(Activity.application.is_null(False)).group_by(Activity.application).tuples())
    times: dict[int, dict[str, datetime | None]] = {}
    # An aggregate comes back as stored (SQLite: text): the field's own conversion reads it.
    for application_id, at in due:
        times.setdefault(application_id, {})["next_due"] = FollowUp.due.python_value(at)
    for application_id, at in happened:
        times.setdefault(application_id, {})["last_activity_at"] = Activity.at.python_value(at)
    return times


def captures(status: str | None = None) -> list[Capture]:
    """Newest first, without their raw snapshots (megabytes each, read only when one is read again)."""
    light = [field for field in Capture._meta.sorted_fields if field.name != "payload"]
    query = Capture.select(*light).order_by(Capture.received_at.desc(), Capture.id.desc())
    if status is not None:
        query = query.where(Capture.status == status)
    return list(query)


def contacts(application_id: int | None = None) -> list[Contact]:
    query = Contact.select().order_by(Contact.name)
    if application_id is not None:
        query = query.where(Contact.application == application_id)
    return list(query)


def interviews(application_id: int | None = None) -> list[Interview]:
    query = Interview.select().order_by(Interview.start)
    if application_id is not None:
        query = query.where(Interview.application == application_id)
    return list(query)


@dataclass
class ApplicationRecord:
    """One application with everything stored about it."""

    application: Application
    interviews: list[Interview]
    contacts: list[Contact]
    follow_ups: list[FollowUp]
    activity: list[Activity]


def application_record(application: Application) -> ApplicationRecord:
    return ApplicationRecord(
        application=application,
        interviews=interviews(application.id),
        contacts=list(application.contacts),  # in the order they were added
        follow_ups=list(application.follow_ups.order_by(FollowUp.due)),
        activity=list(application.activity.order_by(Activity.at.desc(), Activity.id.desc())),
    )
