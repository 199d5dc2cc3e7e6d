"""The activity log: every capture, outcome and status change, with its time."""

from __future__ import annotations

from datetime import datetime

from companion.store.models import Activity, Application, utcnow


def log(application: Application | None, kind: str, summary: str, at: datetime | None = None, **detail) -> Activity:
    return Activity.create(application=application, kind=kind, summary=summary, at=at or utcnow(), detail=detail)


def entries(application_id: int, kind: str, **detail) -> list[Activity]:
    """The application's entries of this kind whose detail holds these values (read in Python:
    the detail is JSON text, and one application has few entries)."""
    found = Activity.select().where((Activity.application == application_id) & (Activity.kind == kind))
    return [entry for entry in found if all(entry.detail.get(name) == value for name, value in detail.items())]
