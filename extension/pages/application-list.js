/**
 * The list of every application on the applications page, filtered by a search text and a
 * status, in the order chosen (recently changed, next follow-up, applied on, last activity,
 * company); each entry links to its detail (#application-<id>) and says when it next needs you.
 */

import { el } from "../shared/dom.js";
import { formatExact } from "../shared/zoned-time.js";
import { APPLICATION_STATUSES, optionLabel } from "./record-fields.js";

// Each order: the value compared, and whether larger comes first. Missing values go last.
const ORDERS = {
  changed: [(a) => a.updated_at, true],
  next_due: [(a) => a.next_due, false],
  applied_on: [(a) => a.applied_on, true],
  last_activity: [(a) => a.last_activity_at, true],
  company: [(a) => (a.company || "").toLowerCase(), false],
};

/** Render the entries matching `filter` ({text, status, sort}) into `list`, marking `selectedId`. */
export function renderApplicationList(list, applications, { text = "", status = "", sort = "changed" }, selectedId, zone) {
  const needle = text.trim().toLowerCase();
  const [valueOf, newestFirst] = ORDERS[sort] || ORDERS.changed;
  const shown = applications
    .filter((application) => !status || application.status === status)
    .filter((application) => !needle || [application.company, application.title, application.location]
      .some((value) => (value || "").toLowerCase().includes(needle)))
    .sort((a, b) => {
      const [x, y] = [valueOf(a) || "", valueOf(b) || ""];
      if (!x || !y) return x ? -1 : y ? 1 : 0;
      return newestFirst ? y.localeCompare(x) : x.localeCompare(y);
    });
  list.replaceChildren(...shown.map((application) => entry(application, String(application.id) === String(selectedId), zone)));
  if (shown.length === 0) list.append(el("li", { class: "muted" }, applications.length ? "No application matches." : "No applications yet."));
  return shown.length;
}

function entry(application, selected, zone) {
  return el("li", {},
    el("a", { href: `#application-${application.id}`, "aria-current": selected ? "page" : false, class: "list-entry" },
      el("span", { class: "company" }, application.company || "Company unknown"),
      el("span", { class: "role" }, application.title || ""),
      application.next_due && zone
        ? el("span", { class: "next-due muted" }, `Next: ${formatExact(new Date(application.next_due), zone)}`) : null,
      el("span", {},
        el("span", { class: `chip status-${application.status}` }, optionLabel(APPLICATION_STATUSES, application.status)),
        application.gone_quiet ? el("span", { class: "chip gone-quiet" }, "gone quiet") : null)));
}
