"""Contacts: interviewers, recruiters, hiring managers and references."""

from __future__ import annotations

from ..errors import ApiError
from ..models import Application, Contact, Interview, InterviewParticipant
from . import activity, planning
from .applications import get_application
from .lookup import get_or_404


def get_contact(contact_id: int) -> Contact:
    return get_or_404(Contact, contact_id, "contact")


def create_contact(values: dict) -> Contact:
    if not values.get("name") and not values.get("email"):
        raise ApiError("a contact needs a name or an email", field="name", code="missing_field")
    application = get_application(values.pop("application_id")) if values.get("application_id") else None
    values.pop("application_id", None)
    contact = Contact.create(application=application, **values)
    if application is not None:
        activity.log(application, "contact", f"Added {contact.kind.replace('_', ' ')} {contact.name or contact.email}")
    _replan(plans_reading(contact))
    return contact


def update_contact(contact: Contact, values: dict) -> Contact:
    """Edit a contact; every plan that read it before or reads it now is brought up to date."""
    before = plans_reading(contact)
    if "application_id" in values:
        application_id = values.pop("application_id")
        contact.application = get_application(application_id) if application_id else None
    for name, value in values.items():
        setattr(contact, name, value)
    contact.save()
    after = plans_reading(contact)
    _replan(None if before is None or after is None else before | after)
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


def _replan(application_ids: set[int] | None) -> None:
    if application_ids is None:
        planning.replan_all()
        return
    for application in Application.select().where(Application.id.in_(sorted(application_ids))):
        planning.replan(application)
