"""Contacts: interviewers, recruiters, hiring managers and references."""

from __future__ import annotations

import peewee as pw

from companion.services.errors import Invalid
from companion.domain.facts import ContactFacts
from companion.domain.addresses import domain_of
from companion.domain.vocabulary import CONTACT_KINDS
from companion.store.models import Application, Contact, Interview, InterviewParticipant
from companion.services import activity
from companion.services.applications import get_application
from companion.services.lookup import get_existing
from companion.services.unit_of_work import Touched, changes


def get_contact(contact_id: int) -> Contact:
    return get_existing(Contact, contact_id, "contact")


def create_contact(values: dict) -> Contact:
    if not values.get("name") and not values.get("email"):
        raise Invalid("a contact needs a name or an email", field="name", code="missing_field")
    application = get_application(values.pop("application_id")) if values.get("application_id") else None
    values.pop("application_id", None)
    with changes() as touched:
        contact = Contact.create(application=application, **values)
        if application is not None:
            activity.log(application, "contact", f"Added {contact.kind.replace('_', ' ')} {contact.name or contact.email}")
        _touch(touched, plans_reading(contact))
    return contact


def update_contact(contact: Contact, values: dict) -> Contact:
    """Edit a contact; every plan that read it before or reads it now is brought up to date."""
    before = plans_reading(contact)
    if "application_id" in values:
        application_id = values.pop("application_id")
        contact.application = get_application(application_id) if application_id else None
    with changes() as touched:
        for name, value in values.items():
            setattr(contact, name, value)
        contact.save()
        after = plans_reading(contact)
        _touch(touched, None if before is None or after is None else before | after)
    return contact


def plans_reading(contact: Contact) -> set[int] | None:
    """Ids of the applications whose follow-ups depend on `contact`; None: every application's.

    That is its own application and those of the interviews it took part in; one of the user's
    own references (a reference tied to no application) serves every application (R4).
    """
    if contact.kind == "reference" and contact.application_id is None:
        return None
    met_in = (Interview.select(Interview.application)
              .join(InterviewParticipant).where(InterviewParticipant.contact == contact.id))
    ids = {interview.application_id for interview in met_in}
    if contact.application_id:
        ids.add(contact.application_id)
    return ids


def _touch(touched: Touched, application_ids: set[int] | None) -> None:
    if application_ids is None:
        touched.everything()
    else:
        touched.application_ids(sorted(application_ids))


CONTACT_FIELDS = ("name", "email", "title", "linkedin_url")


def application_at(domains: set[str]) -> Application | None:
    """The application whose contact most recently added writes from one of these company
    domains (an invite's organiser, a recruiter's message): how a company is known by its mail."""
    if not domains:
        return None
    for contact in Contact.select().where(Contact.application.is_null(False)).order_by(Contact.id.desc()):
        if domain_of(contact.email) in domains:
            return contact.application
    return None


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


def upsert_people(application: Application, people: list[ContactFacts]) -> list[Contact]:
    """The application's contacts for these people (from a job page or an invite): found by
    LinkedIn address, email or name, made when new, missing details filled in."""
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
