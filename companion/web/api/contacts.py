"""Contacts: list, detail, add by hand, edit."""

from flask import Blueprint, jsonify

from companion.domain.vocabulary import CONTACT_KINDS
from companion.web.schema import Field
from companion.services.serialize import contact_json
from companion.services import contacts as service, listings
from companion.web.api.by_application import BY_APPLICATION, application_asked_for
from companion.web.api.docs import documented, json_body

blueprint = Blueprint("contacts", __name__)

CONTACT_FIELDS = {
    "application_id": Field("integer", nullable=True),
    "name": Field("string", max_length=300),
    "email": Field("email", max_length=320),
    "title": Field("string", max_length=300),
    "linkedin_url": Field("url", max_length=2000),
    "kind": Field("string", choices=CONTACT_KINDS),
}


@blueprint.get("/api/contacts")
@documented("List contacts", query=BY_APPLICATION)
def list_contacts():
    return jsonify(contacts=[contact_json(c) for c in listings.contacts(application_asked_for())])


@blueprint.post("/api/contacts")
@documented("Add a contact by hand", body=CONTACT_FIELDS)
def create_contact():
    return jsonify(contact_json(service.create_contact(json_body(CONTACT_FIELDS)))), 201


@blueprint.get("/api/contacts/<id:contact_id>")
@documented("One contact")
def get_contact(contact_id: int):
    return jsonify(contact_json(service.get_contact(contact_id)))


@blueprint.patch("/api/contacts/<id:contact_id>")
@documented("Edit a contact", body=CONTACT_FIELDS, partial=True)
def update_contact(contact_id: int):
    contact = service.get_contact(contact_id)
    return jsonify(contact_json(service.update_contact(contact, json_body(CONTACT_FIELDS, partial=True))))
