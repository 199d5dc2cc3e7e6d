/**
 * The controls that record what happened with an application (a reply, with an optional new
 * decision date; references requested; still interested, a long decision; rejected; offer;
 * accepted; withdrew), shared by the popup and the
 * applications page. Posts to /api/applications/<id>/outcomes.
 */

import { el } from "./dom.js";
import { api } from "./messages.js";

const post = (application) => (body) => api("POST", `/api/applications/${application.id}/outcomes`, body);

const OTHER_OUTCOMES = [
  ["references_requested", "References requested"],
  ["still_interested", "Still interested, long decision"],
  ["rejected", "Rejected"],
  ["offer", "Offer"],
  ["accepted", "Accepted"],
  ["withdrew", "Withdrew"],
];

const SAID = {
  replied: "Reply recorded",
  references_requested: "References requested: heads-ups planned",
  still_interested: "Long decision recorded: keep-in-touch notes planned",
  rejected: "Rejection recorded",
  offer: "Offer recorded",
  accepted: "Acceptance recorded",
  withdrew: "Withdrawal recorded",
};

/**
 * Build the panel for one application. `onRecorded(message)` runs after the companion
 * stored the outcome; `onError(message)` when it refused or could not be reached. `send(body)`
 * replaces posting it (the popup queues it while the companion is down).
 */
export function buildOutcomePanel(application, { onRecorded, onError, idPrefix, send = post(application) }) {
  const dateId = `${idPrefix}-decision-by`;
  const decisionBy = el("input", { type: "date", id: dateId });
  const buttons = [];

  async function record(outcome) {
    const body = { outcome };
    if (outcome === "replied" && decisionBy.value) body.decision_by = decisionBy.value;
    for (const button of buttons) button.disabled = true;
    const answer = await send(body);
    for (const button of buttons) button.disabled = false;
    if (answer.ok) onRecorded(`${SAID[outcome]} for ${application.company || "the application"}.`);
    else onError(answer.error);
  }

  const replyButton = el("button", { type: "button", class: "primary", onClick: () => record("replied") }, "Record reply");
  buttons.push(replyButton);
  for (const [outcome, label] of OTHER_OUTCOMES) {
    buttons.push(el("button", { type: "button", onClick: () => record(outcome) }, label));
  }
  return el("div", { class: "outcome-panel", role: "group", "aria-label": `What happened with ${application.company || "this application"}` },
    el("div", { class: "reply-row" },
      el("label", { for: dateId }, "New decision date (optional)"),
      decisionBy,
      replyButton),
    el("div", { class: "outcome-row" }, el("span", { class: "muted" }, "Or:"), buttons.slice(1)),
  );
}
