"""The extractors, most specific first: each says which addresses it handles, and the first
one that understands a page answers for it.

Order matters: site readers come before the generic schema.org reader, and the og:/title
reader is last because it answers for any page that looks like a job ad.
"""

from __future__ import annotations

import importlib
import importlib.util

from companion.extract import (
    ashby,
    fallback,
    greenhouse,
    indeed,
    lever,
    linkedin,
    schema_org,
    smartrecruiters,
    workday,
)


def _calendar_readers() -> list:
    """The calendar page readers (Google Calendar, Outlook) from the invites branch, when
    present; their hosts overlap no job board's, so they simply go first."""
    found = []
    for name in ("google_calendar", "outlook_calendar"):
        module = f"companion.extract.{name}"
        if importlib.util.find_spec(module) is not None:
            found.append(importlib.import_module(module))
    return found


EXTRACTORS = [
    *_calendar_readers(),
    linkedin,
    greenhouse,
    lever,
    workday,
    indeed,
    ashby,
    smartrecruiters,
    schema_org,
    fallback,
]
