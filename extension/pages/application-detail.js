/**
 * One application on the applications page: its fields (editable), what happened (outcome
 * buttons), follow-ups, interviews, people, timeline, and deleting it after a confirmation.
 */

import { el } from "../shared/dom.js";
import { buildOutcomePanel } from "../shared/outcome-panel.js";
import { api, refreshBadge } from "../shared/messages.js";
import { buildContactSection } from "./contact-section.js";
import { buildFieldForm } from "./field-form.js";
import { buildInterviewSection } from "./interview-section.js";
import { APPLICATION_FIELDS, APPLICATION_STATUSES, optionLabel } from "./record-fields.js";
import { buildFollowUpSection, buildTimeline } from "./timeline.js";

/** Split the detail answer into the application and its related lists. */
export function splitDetail(detail) {
  const application = detail.application || detail;
  return {
    application,
    interviews: detail.interviews || application.interviews || [],
    contacts: detail.contacts || application.contacts || [],
    followUps: detail.followups || application.followups || [],
    activity: detail.activity || application.activity || [],
  };
}

/** Build the detail view; `ctx` has {zone, announce, reload, onDeleted}. */
export function buildApplicationDetail(detail, ctx) {
  const { application, interviews, contacts, followUps, activity } = splitDetail(detail);
  return el("article", { class: "application-detail", "aria-labelledby": "detail-title", "data-application-id": application.id },
    el("header", { class: "detail-header" },
      el("h2", { id: "detail-title", tabindex: "-1" }, application.company || "Company unknown",
        application.title ? el("span", { class: "role" }, ` · ${application.title}`) : null),
      el("p", {},
        el("span", { class: `chip status-${application.status}` }, optionLabel(APPLICATION_STATUSES, application.status)),
        application.gone_quiet ? el("span", { class: "chip gone-quiet" }, "gone quiet") : null,
        application.job_url ? [" ", el("a", { href: application.job_url, target: "_blank", rel: "noopener" }, "Job posting")] : null)),
    el("section", { class: "card", "aria-labelledby": "outcome-title" },
      el("h3", { id: "outcome-title" }, "What happened"),
      buildOutcomePanel(application, {
        idPrefix: `application-${application.id}`,
        onRecorded: (message) => { ctx.announce(message); refreshBadge(); ctx.reload(); },
        onError: (error) => ctx.announce(error.message, true),
      })),
    buildFollowUpSection(followUps, ctx),
    buildInterviewSection(application, interviews, ctx),
    buildContactSection(application, contacts, ctx),
    el("section", { class: "card", "aria-labelledby": "fields-title" },
      el("h3", { id: "fields-title" }, "Details"),
      buildFieldForm({
        id: "application-fields",
        fields: APPLICATION_FIELDS,
        values: { ...application },
        className: "application-fields",
        submitLabel: "Save changes",
        onSubmit: (changes) => api("PATCH", `/api/applications/${application.id}`, changes),
        onSaved: () => { ctx.announce("Application saved."); refreshBadge(); ctx.reload(); },
      })),
    buildTimeline(activity, ctx),
    el("section", { class: "card danger-zone", "aria-labelledby": "delete-title" },
      el("h3", { id: "delete-title" }, "Delete"),
      el("p", { class: "muted" }, "Removes the application with its interviews, people and follow-ups."),
      el("button", { type: "button", class: "danger", onClick: () => confirmDelete(application, ctx) }, "Delete this application…")),
  );
}

/** Ask in a modal dialog; delete only on an explicit yes. */
function confirmDelete(application, ctx) {
  const name = [application.company, application.title].filter(Boolean).join(" · ") || "this application";
  const dialog = el("dialog", { class: "confirm", "aria-labelledby": "confirm-title", "aria-describedby": "confirm-text" },
    el("h2", { id: "confirm-title" }, "Delete this application?"),
    el("p", { id: "confirm-text" }, `${name} and its interviews, people and follow-ups will be deleted. This cannot be undone.`),
    el("form", { method: "dialog", class: "actions" },
      el("button", { value: "cancel", autofocus: true }, "Keep it"),
      el("button", { value: "delete", class: "danger primary" }, "Delete")));
  dialog.addEventListener("close", async () => {
    dialog.remove();
    if (dialog.returnValue !== "delete") return;
    const answer = await api("DELETE", `/api/applications/${application.id}`);
    if (!answer.ok) return ctx.announce(answer.error.message, true);
    ctx.announce(`Deleted ${name}.`);
    refreshBadge();
    ctx.onDeleted(application.id);
  });
  document.body.append(dialog);
  dialog.showModal();
}
