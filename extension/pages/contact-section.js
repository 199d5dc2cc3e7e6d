/**
 * The people of one application on the applications page (interviewers, recruiters,
 * references): how to reach them, an edit form each, and a form to add one by hand.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { buildFieldForm } from "./field-form.js";
import { CONTACT_FIELDS, CONTACT_KINDS, optionLabel } from "./record-fields.js";

/** Build the section; `ctx` has {announce, reload}. */
export function buildContactSection(application, contacts, ctx) {
  return el("section", { class: "card", "aria-labelledby": "contacts-title" },
    el("h3", { id: "contacts-title" }, "People"),
    contacts.length ? el("ul", { class: "records" }, contacts.map((contact) => contactItem(contact, ctx))) : el("p", { class: "muted" }, "No contacts yet."),
    el("details", { class: "add" },
      el("summary", {}, "Add a contact by hand"),
      buildFieldForm({
        id: "new-contact",
        fields: CONTACT_FIELDS,
        values: {},
        isNew: true,
        submitLabel: "Add contact",
        onSubmit: (changes) => api("POST", "/api/contacts", { ...changes, application_id: application.id }),
        onSaved: () => { ctx.announce("Contact added."); ctx.reload(); },
      })),
  );
}

function contactItem(contact, ctx) {
  return el("li", { class: "record contact" },
    el("h4", {}, contact.name || "Name unknown", el("span", { class: "chip" }, optionLabel(CONTACT_KINDS, contact.kind))),
    contact.title ? el("p", { class: "muted" }, contact.title) : null,
    el("p", {},
      contact.email ? el("a", { href: `mailto:${contact.email}` }, contact.email) : el("span", { class: "muted" }, "No email"),
      contact.linkedin_url ? [" · ", el("a", { href: contact.linkedin_url, target: "_blank", rel: "noopener" }, "LinkedIn")] : null),
    el("details", { class: "edit" },
      el("summary", {}, "Edit contact"),
      buildFieldForm({
        id: `contact-${contact.id}-edit`,
        fields: CONTACT_FIELDS,
        values: contact,
        submitLabel: "Save contact",
        onSubmit: (changes) => api("PATCH", `/api/contacts/${contact.id}`, changes),
        onSaved: () => { ctx.announce("Contact saved."); ctx.reload(); },
      })),
  );
}
