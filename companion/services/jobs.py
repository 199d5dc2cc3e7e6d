"""Jobs read from captured pages, stored as applications: one application per job, however
often and from wherever it is captured.

A job is known again by its board and board id, then by its canonical address, then (for
pages without either) by company and title. A later capture only fills what is still empty,
and never touches a field the user edited by hand.
"""

from __future__ import annotations

import peewee as pw

from ..facts import ContactFacts, JobFacts
from ..models import CONTACT_KINDS, Application, Contact
from . import activity
from .applications import describe

# Application fields a capture may fill, with the job fact each comes from.
FILLED_FROM_JOB = ("company", "title", "location", "job_url", "board", "board_job_id")
CONTACT_FIELDS = ("name", "email", "title", "linkedin_url")


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


def _find_contact(application: Application, person: ContactFacts) -> Contact | None:
    mine = Contact.application == application
    if person.linkedin_url:
        found = Contact.get_or_none(mine & (Contact.linkedin_url == person.linkedin_url))
        if found is not None:
            return found
    if person.email:
        found = Contact.get_or_none(mine & (pw.fn.LOWER(Contact.email) == person.email.lower()))
        if found is not None:
            return found
    if person.name:
        return Contact.get_or_none(mine & (pw.fn.LOWER(Contact.name) == person.name.lower()))
    return None


def upsert_contacts(application: Application, people: list[ContactFacts]) -> list[Contact]:
    """Add the page's people (recruiter, hiring manager) to the application, or fill in
    what is missing on the ones it already has."""
    stored = []
    for person in people:
        if not (person.name or person.email):
            continue
        contact = _find_contact(application, person)
        if contact is None:
            kind = person.kind if person.kind in CONTACT_KINDS else "recruiter"
            contact = Contact.create(application=application, kind=kind,
                                     **{name: getattr(person, name) for name in CONTACT_FIELDS})
            activity.log(application, "contact", f"Added {kind.replace('_', ' ')} {contact.name or contact.email}",
                         contact_id=contact.id)
        else:
            empty = [name for name in CONTACT_FIELDS if getattr(person, name) and not getattr(contact, name)]
            for name in empty:
                setattr(contact, name, getattr(person, name))
            if empty:
                contact.save()
        stored.append(contact)
    return stored


def upsert_job(job: JobFacts, contacts: list[ContactFacts]) -> tuple[Application, bool]:
    """The application for this job, made or brought up to date; and whether it is new."""
    application = find_application(job)
    created = application is None
    if created:
        application = Application.create(**{name: getattr(job, name) for name in FILLED_FROM_JOB})
        source = job.board or "a job page"
        activity.log(application, "created", f"Saved {describe(application)} from {source}",
                     board=job.board, board_job_id=job.board_job_id, job_url=job.job_url)
    else:
        filled = _fill(application, job)
        if filled:
            application.save()
            activity.log(application, "filled", f"Filled in {', '.join(filled)} from a new capture", fields=filled)
    upsert_contacts(application, contacts)
    return application, created
