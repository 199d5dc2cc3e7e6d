/* The options page's list of captures that stopped trying (the outbox moved them aside after
   repeated failures, or because it could not read them back), each with Retry and Discard. */
import { el } from "../shared/dom.js";
import { send } from "../shared/worker-api.js";

function describe(capture) {
  const when = new Date(capture.queuedAt);
  const made = Number.isNaN(when.getTime()) ? "" : ` (made ${when.toLocaleString()})`;
  return `${capture.label || (capture.source === "ics" ? "Invite" : "Page")}${made}`;
}

/* Mounts the list into section (hidden while empty); returns {refresh}. */
export function mountFailedCaptures(section) {
  const list = section.querySelector("#failed-list");

  async function act(type, capture, note) {
    note.textContent = type === "outbox-retry" ? "Sending…" : "";
    const answer = await send({ type, clientId: capture.clientId });
    if (answer.ok === false) note.textContent = answer.error.message;
    await refresh();
  }

  function row(capture) {
    const note = el("p", { class: "help", "aria-live": "polite" });
    return el("li", {},
      el("strong", {}, describe(capture)),
      el("p", { class: "help" }, capture.reason || ""),
      el("div", { class: "actions" },
        el("button", { type: "button", onClick: () => act("outbox-retry", capture, note) }, "Retry"),
        el("button", { type: "button", onClick: () => act("outbox-discard", capture, note) }, "Discard")),
      note);
  }

  async function refresh() {
    const answer = await send({ type: "outbox-failed" });
    const failed = Array.isArray(answer.failed) ? answer.failed : [];
    list.replaceChildren(...failed.map(row));
    section.hidden = failed.length === 0;
  }

  return { refresh };
}
