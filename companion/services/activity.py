"""The activity log: every capture, outcome and status change, with its time."""

from __future__ import annotations

from datetime import datetime

from companion.domain import locales
from companion.domain.timing import Settings
from companion.services.user_settings import load_settings
from companion.store.models import Activity, Application, utcnow


def moment(when: datetime, settings: Settings | None = None) -> str:
    """An instant as the log writes it: in the user's zone and locale, never an ISO string."""
    settings = settings or load_settings()
    return locales.moment(when, settings.locale, settings.zone)


def log(application: Application | None, kind: str, summary: str, at: datetime | None = None, **detail) -> Activity:
    return Activity.create(application=application, kind=kind, summary=summary, at=at or utcnow(), detail=detail)


def entries(application_id: int, kind: str, **detail) -> list[Activity]:
    """The application's entries of this kind whose detail holds these values (read in Python:
    the detail is JSON text, and one application has few entries)."""
    found = Activity.select().where((Activity.application == application_id) & (Activity.kind == kind))
    return [entry for entry in found if all(entry.detail.get(name) == value for name, value in detail.items())]
