"""The HTTP API: one blueprint per resource."""

from companion.web.api import (applications, calendar, captures, contacts, data_transfer, debriefs, drafts, followups,
                               health, interviews, messages, openapi, settings)

BLUEPRINTS = [
    health.blueprint,
    captures.blueprint,
    messages.blueprint,
    applications.blueprint,
    interviews.blueprint,
    debriefs.blueprint,
    contacts.blueprint,
    followups.blueprint,
    drafts.blueprint,
    calendar.blueprint,
    data_transfer.blueprint,
    settings.blueprint,
    openapi.blueprint,
]
