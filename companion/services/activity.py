"""The activity log: every capture, outcome and status change, with its time."""

from __future__ import annotations

from datetime import datetime

from companion.store.models import Activity, Application, utcnow


def log(application: Application | None, kind: str, summary: str, at: datetime | None = None, **detail) -> Activity:
    return Activity.create(application=application, kind=kind, summary=summary, at=at or utcnow(), detail=detail)
