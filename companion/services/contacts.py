"""Contacts: interviewers, recruiters, hiring managers and references."""

from __future__ import annotations

from ..errors import ApiError, NotFound
from ..models import Contact
from . import activity, planning
from .applications import get_application


def get_contact(contact_id: int) -> Contact:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise NotFound("contact", contact_id)
    return contact


def create_contact(values: dict) -> Contact:
    if not values.get("name") and not values.get("email"):
        raise ApiError("a contact needs a name or an email", field="name", code="missing_field")
    application = get_application(values.pop("application_id")) if values.get("application_id") else None
    values.pop("application_id", None)
    contact = Contact.create(application=application, **values)
    if application is not None:
        activity.log(application, "contact", f"Added {contact.kind.replace('_', ' ')} {contact.name or contact.email}")
        planning.replan(application)
    elif contact.kind == "reference":
        planning.replan_all()  # the user's own references serve every application (R4)
    return contact


def update_contact(contact: Contact, values: dict) -> Contact:
    if "application_id" in values:
        application_id = values.pop("application_id")
        contact.application = get_application(application_id) if application_id else None
    for name, value in values.items():
        setattr(contact, name, value)
    contact.save()
    if contact.application_id:
        planning.replan(contact.application)
    elif contact.kind == "reference":
        planning.replan_all()  # the user's own references serve every application (R4)
    return contact
