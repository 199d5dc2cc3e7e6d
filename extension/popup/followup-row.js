/**
 * One pending follow-up as a row of the popup: what to do (in the companion's words), for
 * whom, when (relative and exact in the user's zone) and its action buttons. Buttons carry data-action; the list
 * handles clicks in one place (see followup-list.js).
 */

import { el } from "../shared/dom.js";
import { debriefPageUrl } from "../shared/page-urls.js";
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
    draftCheck(followUp),
    actionButtons(followUp, titleId),
    el("p", { class: "fu-note", "aria-live": "polite" }),
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

// What the draft still needs, said before its buttons, with a field for what can be filled here:
// the recipient's address and the user's name. Notes and the rest are edited on the applications page.
const FILLS = {
  recipient: { action: "fill-recipient", type: "email", autocomplete: "off",
    label: (followUp) => `Email address of ${followUp.contact.name || "the recipient"}`, needs: (followUp) => followUp.contact },
  your_name: { action: "fill-name", type: "text", autocomplete: "name", label: () => "Your full name", needs: () => true },
};

function draftCheck(followUp) {
  const warnings = followUp.draft_warnings || [];
  if (warnings.length === 0) return null;
  const headingId = `fu-${followUp.id}-check`;
  const fills = (followUp.draft_missing || []).filter((what) => FILLS[what]?.needs(followUp)).map((what) => {
    const fill = FILLS[what];
    const inputId = `fu-${followUp.id}-${what}`;
    return el("form", { class: "fu-fill", "data-fill": what },
      el("label", { for: inputId }, fill.label(followUp)),
      el("input", { id: inputId, type: fill.type, autocomplete: fill.autocomplete, required: true, spellcheck: "false" }),
      el("button", { type: "submit", "data-action": fill.action }, "Save"));
  });
  return el("div", { class: "fu-check", role: "group", "aria-labelledby": headingId },
    el("p", { id: headingId, class: "fu-check-heading" }, "Before sending"),
    el("ul", {}, warnings.map((warning) => el("li", {}, warning))),
    fills);
}

function actionButtons(followUp, titleId) {
  const described = { "aria-describedby": titleId };
  const buttons = [];
  if (followUp.is_email) {
    // The .eml opens in any mail program with the draft whole; a mailto: link only when it fits one.
    if (followUp.mailto) {
      buttons.push(el("a", { class: "button primary", href: followUp.mailto, target: "_blank", rel: "noopener", "data-action": "open-mailto", ...described }, "Open draft"));
    }
    buttons.push(el("button", { type: "button", class: followUp.mailto ? null : "primary", "data-action": "download-eml", ...described },
      followUp.mailto ? "Download .eml" : "Open draft (.eml)"));
  }
  // A debrief is a form to fill in (it finishes when saved), not a message to send.
  if (followUp.kind === "debrief") {
    buttons.push(el("a", { class: "button primary", href: debriefPageUrl(followUp.interview_id), target: "_blank",
      "data-action": "open-debrief", ...described }, "Debrief now"));
  }
  buttons.push(
    followUp.kind === "debrief" ? null : el("button", { type: "button", "data-action": "copy", ...described }, "Copy draft"),
    followUp.kind === "debrief" ? null : el("button", { type: "button", "data-action": "done", ...described }, followUp.done_label),
    el("button", { type: "button", "data-action": "snooze-menu", "aria-expanded": "false", ...described }, "Snooze…"),
    el("button", { type: "button", "data-action": "skip", ...described }, "Skip"),
    followUp.application
      ? el("button", { type: "button", "data-action": "outcome-menu", "aria-expanded": "false", ...described }, "Outcome…")
      : null,
  );
  return el("div", { class: "fu-actions" }, buttons);
}
