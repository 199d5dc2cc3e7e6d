"""Re-planning follow-ups after a change.

Placeholder until the follow-up engine lands: the engine replaces these bodies.
"""

from __future__ import annotations

from datetime import datetime

from ..models import Application


def replan(application: Application, now: datetime | None = None) -> None:
    """Bring one application's follow-ups in line with its stored facts."""


def replan_all(now: datetime | None = None) -> None:
    for application in Application.select():
        replan(application, now)
