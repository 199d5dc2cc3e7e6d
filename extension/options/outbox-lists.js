/* The options page's two lists of captures not sent yet: those waiting for their next try
   (the companion failed on them or took too long), each with "Send now" and "Discard", and
   those that stopped trying (the outbox moved them aside after repeated failures, or because
   it could not read them back), each with "Retry" and "Discard". */
import { el } from "../shared/dom.js";
import { outboxDiscard, outboxList, outboxRetry } from "../shared/messages.js";

function describe(capture) {
  const when = new Date(capture.queuedAt);
  const made = Number.isNaN(when.getTime()) ? "" : ` (made ${when.toLocaleString()})`;
  return `${capture.label || (capture.source === "ics" ? "Invite" : "Page")}${made}`;
}

function whyWaiting(capture) {
  if (!capture.attempts) return "Waiting for the companion.";
  const next = new Date(capture.nextTryAt);
  const at = Number.isNaN(next.getTime()) ? "" : ` Next try at ${next.toLocaleTimeString()}.`;
  const why = (capture.lastError || "no answer").replace(/\.$/, "");
  return `Tried ${capture.attempts} ${capture.attempts === 1 ? "time" : "times"}: ${why}.${at}`;
}

/* Mounts both lists (each section hidden while empty); returns {refresh}. */
export function mountOutboxLists(waitingSection, failedSection) {
  async function act(action, capture, note) {
    note.textContent = action === outboxRetry ? "Sending…" : "";
    const answer = await action(capture.clientId);
    if (answer.ok === false) note.textContent = answer.error.message;
    await refresh();
  }

  function row(capture, why, sendLabel) {
    const note = el("p", { class: "help", "aria-live": "polite" });
    return el("li", {},
      el("strong", {}, describe(capture)),
      el("p", { class: "help" }, why),
      el("div", { class: "actions" },
        el("button", { type: "button", onClick: () => act(outboxRetry, capture, note) }, sendLabel),
        el("button", { type: "button", onClick: () => act(outboxDiscard, capture, note) }, "Discard")),
      note);
  }

  function show(section, rows) {
    section.querySelector("ul").replaceChildren(...rows);
    section.hidden = rows.length === 0;
  }

  async function refresh() {
    const answer = await outboxList();
    const waiting = Array.isArray(answer.waiting) ? answer.waiting : [];
    const failed = Array.isArray(answer.failed) ? answer.failed : [];
    // Captures waiting only because the companion is down need no buttons: they go when it is back.
    show(waitingSection, waiting.filter((capture) => capture.attempts).map((capture) => row(capture, whyWaiting(capture), "Send now")));
    show(failedSection, failed.map((capture) => row(capture, capture.reason || "", "Retry")));
  }

  return { refresh };
}
