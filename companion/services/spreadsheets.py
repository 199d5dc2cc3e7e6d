"""Applications as a spreadsheet (CSV): written one row per application, and read back from our
own export or from another tracker's (Huntr, Teal, a hand-kept sheet). Columns are matched by
their names, and the matching is shown before anything is written.

CSV holds the applications only; `data_transfer` (JSON) is the export that keeps everything.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date

from dateutil import parser as dates

from companion.domain.addresses import web_url
from companion.domain.interview_notes import fold
from companion.services import activity, listings
from companion.services.errors import Invalid
from companion.services.jobs import find_application
from companion.domain.facts import JobFacts, visible
from companion.services.unit_of_work import changes
from companion.store.models import Application

COLUMNS = ("company", "title", "status", "location", "job_url", "applied_on", "decision_by", "next_due",
           "last_activity_at", "notes")
# What other trackers and people call each field (compared without case, accents or spaces).
_NAMES = {
    "company": ("company", "company name", "employer", "organisation", "organization"),
    "title": ("title", "job title", "position", "job position", "role", "job"),
    "status": ("status", "stage", "list", "state"),
    "location": ("location", "city", "place"),
    "job_url": ("job url", "url", "link", "job link", "posting url", "job posting", "job_url"),
    "applied_on": ("applied on", "date applied", "applied", "application date", "applied_on"),
    "decision_by": ("decision by", "decision_by", "deadline"),
    "notes": ("notes", "note", "comments"),
}
# Other trackers' stages in our words.
_STATUSES = {
    "saved": ("saved", "wishlist", "bookmarked", "interested", "to apply", "applying"),
    "applied": ("applied", "submitted", "no response"),
    "interviewing": ("interviewing", "interview", "interviews", "screening", "phone screen"),
    "offer": ("offer", "offered", "negotiating"),
    "accepted": ("accepted", "hired"),
    "rejected": ("rejected", "not selected", "declined by company", "closed"),
    "withdrew": ("withdrew", "withdrawn", "i withdrew", "declined"),
}
MAX_ROWS = 10_000


@dataclass
class Sheet:
    """A spreadsheet read: which column feeds which field, the rows as field values, the columns left out."""

    mapping: dict[str, str] = field(default_factory=dict)  # column name -> field
    ignored: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # "row 4: 'tomorrowish' is not a date (applied_on)"


def export_csv() -> str:
    """One row per application, the columns of COLUMNS, times in ISO 8601."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    times = listings.application_times()
    for application in listings.applications():
        known = times.get(application.id, {})
        values = {name: getattr(application, name, "") for name in COLUMNS} | known
        writer.writerow(["" if values.get(name) is None else _text(values.get(name)) for name in COLUMNS])
    return out.getvalue()


def read_sheet(text: str) -> Sheet:
    """The rows of a CSV as application fields; unreadable values are named, not guessed. Text
    that is not CSV at all is refused (Invalid)."""
    try:
        return _read_sheet(text)
    except csv.Error as problem:  # a quote never closed, a line break inside a cell unquoted, …
        raise Invalid(f"this is not a spreadsheet the companion can read as CSV ({problem})", field="csv") from None


def _read_sheet(text: str) -> Sheet:
    # newline="": the csv module reads the line ends itself, "\r" alone included.
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = next(reader, [])
    sheet = Sheet()
    fields_by_name = {fold(alias).replace("_", " "): name for name, aliases in _NAMES.items() for alias in aliases}
    columns = []
    for column in header:
        name = fields_by_name.get(fold(column).replace("_", " "))
        if name and name not in sheet.mapping.values():
            sheet.mapping[column] = name
            columns.append(name)
        else:
            sheet.ignored.append(column)
            columns.append(None)
    for number, row in enumerate(reader, start=2):
        if number > MAX_ROWS + 1:
            sheet.problems.append(f"only the first {MAX_ROWS:,} rows were read")
            break
        values = {}
        for name, cell in zip(columns, row):
            cell = visible(cell).strip()  # no control characters (a database refuses NUL)
            if name and cell:
                values[name] = _value(name, cell, number, sheet)
        values = {name: value for name, value in values.items() if value not in (None, "")}
        if values.get("company") or values.get("title"):
            sheet.rows.append(values)
    return sheet


def import_sheet(sheet: Sheet, *, dry_run: bool = False) -> tuple[int, int]:
    """Add the sheet's applications; one already tracked (same address, or same company and
    title) is left as it is. Returns (added, already tracked): with `dry_run`, what would be."""
    added = known = 0
    with changes() as touched:
        for values in sheet.rows:
            job = JobFacts(company=values.get("company", ""), title=values.get("title", ""), job_url=values.get("job_url", ""))
            if find_application(job) is not None:
                known += 1
                continue
            if dry_run:
                added += 1
                continue
            application = Application.create(**values, user_edited=sorted(values))
            activity.log(application, "created", "Added from a spreadsheet")
            touched.application(application)
            added += 1
    return added, known


def _value(name: str, cell: str, number: int, sheet: Sheet):
    if name == "status":
        status = next((ours for ours, theirs in _STATUSES.items() if fold(cell) in theirs), None)
        if status is None:
            sheet.problems.append(f"row {number}: status {cell!r} is not one this companion knows (left as saved)")
        return status or "saved"
    if name in ("applied_on", "decision_by"):
        try:
            return dates.parse(cell).date()
        except (ValueError, OverflowError):
            sheet.problems.append(f"row {number}: {cell!r} is not a date ({name})")
            return None
    if name == "job_url":
        url = web_url(cell)
        if not url:
            sheet.problems.append(f"row {number}: {cell!r} is not a web address (job_url)")
        return url
    return cell[:2000]


def _text(value) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)
