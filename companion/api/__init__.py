"""The HTTP API: one blueprint per resource."""

from . import applications, captures, contacts, followups, health, interviews, openapi

BLUEPRINTS = [
    health.blueprint,
    captures.blueprint,
    applications.blueprint,
    interviews.blueprint,
    contacts.blueprint,
    followups.blueprint,
    openapi.blueprint,
]
