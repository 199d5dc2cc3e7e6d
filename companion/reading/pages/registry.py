"""The extractors, most specific first: each says which addresses it handles, and the first
one that understands a page answers for it.

Order matters: site readers come before the generic schema.org reader, and the og:/title
reader is last because it answers for any page that looks like a job ad.
"""

from __future__ import annotations

from companion.reading.calendar_pages import google_calendar, outlook_calendar
from companion.reading.pages import (
    ashby, computrabajo, fallback, greenhouse, indeed, infojobs, lever, linkedin, schema_org, seek, smartrecruiters,
    ultipro, workday, ziprecruiter,
)

# The calendar page readers go first: their hosts overlap no job board's.
EXTRACTORS = [
    google_calendar,
    outlook_calendar,
    linkedin,
    greenhouse,
    lever,
    workday,
    indeed,
    ashby,
    smartrecruiters,
    seek,
    infojobs,
    computrabajo,
    ultipro,
    ziprecruiter,
    schema_org,
    fallback,
]
