"""Jobs read from captured pages, stored as applications: one application per job, however
often and from wherever it is captured.

A job is known again by its board and board id, then by its canonical address, then (for
pages without either) by company and title. A later capture only fills what is still empty,
and never touches a field the user edited by hand.
"""

from __future__ import annotations

import re

import peewee as pw

from companion.domain.facts import ContactFacts, JobFacts
from companion.store.models import Application
from companion.reading.pages.urls import canonical_url, same_site
from companion.services import activity
from companion.services.applications import describe
from companion.services.contacts import upsert_people

# Application fields a capture may fill, with the job fact each comes from.
FILLED_FROM_JOB = ("company", "title", "location", "job_url", "board", "board_job_id")


def poster_note(agency: str) -> str:
    return f"Posted by {agency}, a recruiting agency, for an employer it does not name."


def find_application(job: JobFacts) -> Application | None:
    """The application this job already is, if any."""
    if job.board and job.board_job_id:
        found = Application.get_or_none((Application.board == job.board) & (Application.board_job_id == job.board_job_id))
        if found is not None:
            return found
    if job.job_url:
        found = Application.get_or_none(Application.job_url == job.job_url)
        if found is not None:
            return found
    if not job.board_job_id and job.company and job.title:
        # A careers page without ids: the same company and title is the same job, but only
        # when that names exactly one application (two "Engineer at Acme" stay apart).
        same = list(Application.select().where(
            (pw.fn.LOWER(Application.company) == job.company.lower())
            & (pw.fn.LOWER(Application.title) == job.title.lower())).limit(2))
        if len(same) == 1:
            return same[0]
    return None


def tracked_at(url: str) -> Application | None:
    """The application whose job page this address is: the same page once tracking parameters
    and fragments are gone, or a page on the same site whose address holds the job's id."""
    address = canonical_url(url)
    if not address:
        return None
    found = Application.get_or_none(Application.job_url == address)
    if found is not None:
        return found
    ids = set(re.findall(r"\d{5,}|[0-9a-f]{8}-[0-9a-f-]{27}", address.lower()))
    if not ids:
        return None
    candidates = Application.select().where(Application.board_job_id.in_(list(ids))).order_by(Application.id.desc())
    return next((a for a in candidates if a.job_url and same_site(a.job_url, address)), None)


def _fill(application: Application, job: JobFacts) -> list[str]:
    """Fill the application's empty fields from the job, except those the user edited."""
    edited = set(application.user_edited or [])
    filled = []
    for name in FILLED_FROM_JOB:
        value = getattr(job, name)
        if value and not getattr(application, name) and name not in edited:
            setattr(application, name, value)
            filled.append(name)
    return filled


def upsert_job(job: JobFacts, contacts: list[ContactFacts]) -> tuple[Application, bool]:
    """The application for this job, made or brought up to date; and whether it is new."""
    application = find_application(job)
    created = application is None
    if created:
        application = Application.create(**{name: getattr(job, name) for name in FILLED_FROM_JOB},
                                         notes=poster_note(job.poster) if job.poster else "")
        source = job.board or "a job page"
        activity.log(application, "created", f"Saved {describe(application)} from {source}",
                     board=job.board, board_job_id=job.board_job_id, job_url=job.job_url)
    else:
        filled = _fill(application, job)
        if filled:
            application.save()
            activity.log(application, "filled", f"Filled in {', '.join(filled)} from a new capture", fields=filled)
    upsert_people(application, contacts)
    return application, created
