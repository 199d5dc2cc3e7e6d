/* The options page's list of captures that stopped trying (the outbox moved them aside after
   repeated failures, or because it could not read them back), each with Retry and Discard. */
import { el } from "../shared/dom.js";
import { outboxDiscard, outboxFailed, outboxRetry } from "../shared/messages.js";

function describe(capture) {
  const when = new Date(capture.queuedAt);
  const made = Number.isNaN(when.getTime()) ? "" : ` (made ${when.toLocaleString()})`;
  return `${capture.label || (capture.source === "ics" ? "Invite" : "Page")}${made}`;
}

/* Mounts the list into section (hidden while empty); returns {refresh}. */
export function mountFailedCaptures(section) {
  const list = section.querySelector("#failed-list");

  async function act(action, capture, note) {
    note.textContent = action === outboxRetry ? "Sending…" : "";
    const answer = await action(capture.clientId);
    if (answer.ok === false) note.textContent = answer.error.message;
    await refresh();
  }

  function row(capture) {
    const note = el("p", { class: "help", "aria-live": "polite" });
    return el("li", {},
      el("strong", {}, describe(capture)),
      el("p", { class: "help" }, capture.reason || ""),
      el("div", { class: "actions" },
        el("button", { type: "button", onClick: () => act(outboxRetry, capture, note) }, "Retry"),
        el("button", { type: "button", onClick: () => act(outboxDiscard, capture, note) }, "Discard")),
      note);
  }

  async function refresh() {
    const answer = await outboxFailed();
    const failed = Array.isArray(answer.failed) ? answer.failed : [];
    list.replaceChildren(...failed.map(row));
    section.hidden = failed.length === 0;
  }

  return { refresh };
}
