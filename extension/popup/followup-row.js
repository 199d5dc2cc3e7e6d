/**
 * One pending follow-up as a row of the popup: what to do (in the companion's words), for
 * whom, when (relative and exact in the user's zone) and its action buttons. Buttons carry data-action; the list
 * handles clicks in one place (see followup-list.js).
 */

import { el } from "../shared/dom.js";
import { formatExact, formatRelative } from "../shared/zoned-time.js";

/** Build the row for `entry` ({followUp, due}) in the given group. */
export function buildFollowUpRow(entry, { zone, now }) {
  const { followUp, due } = entry;
  const titleId = `fu-${followUp.id}-title`;
  const row = el("li", { class: "followup", "data-id": followUp.id, "aria-labelledby": titleId },
    el("h3", { id: titleId, class: "fu-what" }, followUp.what),
    el("p", { class: "fu-who" }, whoLine(followUp)),
    el("p", { class: "fu-when" },
      el("time", { datetime: due.toISOString() }, formatRelative(due, now)),
      " · ", formatExact(due, zone, now),
      followUp.status === "snoozed" ? el("span", { class: "chip" }, "snoozed") : null,
      deadlineNote(followUp.deadline, zone, now)),
    actionButtons(followUp, titleId),
    el("div", { class: "fu-panel", hidden: true }),
  );
  return row;
}

function deadlineNote(deadline, zone, now) {
  if (!deadline) return null;
  const at = new Date(deadline);
  return at < now
    ? el("span", { class: "deadline-passed" }, ` · its deadline passed ${formatRelative(at, now)}`)
    : ` · deadline ${formatExact(at, zone, now)}`;
}

/** "Dana Lee · Acme · Senior Engineer", leaving out what is unknown. */
export function whoLine(followUp) {
  const application = followUp.application || {};
  return [followUp.contact?.name, application.company, application.title].filter(Boolean).join(" · ") || "Unknown application";
}

function actionButtons(followUp, titleId) {
  const described = { "aria-describedby": titleId };
  const buttons = [];
  if (followUp.is_email) {
    buttons.push(followUp.mailto
      ? el("a", { class: "button primary", href: followUp.mailto, target: "_blank", rel: "noopener", "data-action": "open-mailto", ...described }, "Open draft")
      : el("button", { type: "button", class: "primary", "data-action": "download-eml", ...described }, "Open draft (.eml)"));
  }
  buttons.push(
    el("button", { type: "button", "data-action": "copy", ...described }, "Copy draft"),
    el("button", { type: "button", "data-action": "done", ...described }, followUp.done_label),
    el("button", { type: "button", "data-action": "snooze-menu", "aria-expanded": "false", ...described }, "Snooze…"),
    el("button", { type: "button", "data-action": "skip", ...described }, "Skip"),
    followUp.application
      ? el("button", { type: "button", "data-action": "outcome-menu", "aria-expanded": "false", ...described }, "Outcome…")
      : null,
  );
  return el("div", { class: "fu-actions" }, buttons);
}
