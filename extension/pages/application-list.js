/**
 * The list of every application on the applications page, filtered by a search text and a
 * status; each entry links to its detail (#application-<id>).
 */

import { el } from "../shared/dom.js";
import { APPLICATION_STATUSES, optionLabel } from "./record-fields.js";

/** Render the entries matching `filter` ({text, status}) into `list`, marking `selectedId`. */
export function renderApplicationList(list, applications, { text = "", status = "" }, selectedId) {
  const needle = text.trim().toLowerCase();
  const shown = applications
    .filter((application) => !status || application.status === status)
    .filter((application) => !needle || [application.company, application.title, application.location]
      .some((value) => (value || "").toLowerCase().includes(needle)))
    .sort((a, b) => (b.updated_at || "").localeCompare(a.updated_at || ""));
  list.replaceChildren(...shown.map((application) => entry(application, String(application.id) === String(selectedId))));
  if (shown.length === 0) list.append(el("li", { class: "muted" }, applications.length ? "No application matches." : "No applications yet."));
  return shown.length;
}

function entry(application, selected) {
  return el("li", {},
    el("a", { href: `#application-${application.id}`, "aria-current": selected ? "page" : false, class: "list-entry" },
      el("span", { class: "company" }, application.company || "Company unknown"),
      el("span", { class: "role" }, application.title || ""),
      el("span", {},
        el("span", { class: `chip status-${application.status}` }, optionLabel(APPLICATION_STATUSES, application.status)),
        application.gone_quiet ? el("span", { class: "chip gone-quiet" }, "gone quiet") : null)));
}
