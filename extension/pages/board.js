/**
 * The pipeline board of the applications page (#board): saved → applied → interviewing → offer
 * → closed (with how it closed). A card moves by drag and drop or, with the keyboard, by its
 * "Move to" choice; a move records what it means, as recording it anywhere else does (an
 * outcome, or the status where no outcome says it), so the follow-ups follow.
 */

import { el } from "../shared/dom.js";
import { api, refreshBadge } from "../shared/messages.js";
import { formatExact, formatRelative } from "../shared/zoned-time.js";

const COLUMNS = [
  ["saved", "Saved", ["saved"]],
  ["applied", "Applied", ["applied"]],
  ["interviewing", "Interviewing", ["interviewing"]],
  ["offer", "Offer", ["offer"]],
  ["closed", "Closed", ["accepted", "rejected", "withdrew"]],
];
// Where a card can go, and what the move records.
const MOVES = [
  ["saved", "Saved", { status: "saved" }],
  ["applied", "Applied", { outcome: "applied" }],
  ["interviewing", "Interviewing", { status: "interviewing" }],
  ["offer", "Offer", { outcome: "offer" }],
  ["accepted", "Closed: accepted", { outcome: "accepted" }],
  ["rejected", "Closed: rejected", { outcome: "rejected" }],
  ["withdrew", "Closed: withdrew", { outcome: "withdrew" }],
];
const CLOSED_AS = { accepted: "accepted", rejected: "rejected", withdrew: "withdrew" };

/** The board for `applications` (the list answer, with next_due and last_activity_at). */
export function buildBoard(applications, ctx) {
  const columns = COLUMNS.map(([id, title, statuses]) => {
    const cards = applications.filter((application) => statuses.includes(application.status));
    const list = el("ol", { class: "board-cards", "aria-labelledby": `board-${id}` },
      cards.map((application) => card(application, ctx)));
    const column = el("section", { class: `board-column board-${id}`, "data-column": id },
      el("h3", { id: `board-${id}` }, title, el("span", { class: "count" }, ` · ${cards.length}`)),
      id === "closed" ? closedDropZones(ctx) : null,
      list);
    if (id !== "closed") acceptDrops(column, (applicationId) => move(applicationId, id, ctx));
    return column;
  });
  return el("section", { class: "card board", "aria-labelledby": "board-title" },
    el("h2", { id: "board-title", tabindex: "-1" }, "Board"),
    el("p", { class: "muted" }, "Drag a card to another column, or use its \u201cMove to\u201d choice: the move is recorded like an outcome."),
    el("div", { class: "board-columns" }, columns));
}

function card(application, ctx) {
  const moveId = `board-move-${application.id}`;
  const choice = el("select", { id: moveId },
    MOVES.filter(([id]) => id !== application.status).map(([id, label]) => el("option", { value: id }, label)));
  return el("li", { class: "board-card", draggable: "true", "data-id": application.id,
    onDragstart: (event) => event.dataTransfer.setData("text/plain", String(application.id)) },
  el("a", { href: `#application-${application.id}`, class: "board-company" }, application.company || "Company unknown"),
  el("p", { class: "board-role" }, application.title || ""),
  CLOSED_AS[application.status] ? el("span", { class: `chip status-${application.status}` }, CLOSED_AS[application.status]) : null,
  application.next_due
    ? el("p", { class: "muted" }, `Next: ${formatExact(new Date(application.next_due), ctx.zone)}`) : null,
  application.last_activity_at
    ? el("p", { class: "muted" }, `Last activity ${formatRelative(new Date(application.last_activity_at))}`) : null,
  el("div", { class: "board-move" },
    el("label", { for: moveId }, "Move to"), choice,
    el("button", { type: "button", onClick: () => move(application.id, choice.value, ctx) }, "Move")));
}

// A drop on "Closed" says how it closed: one zone for each ending.
function closedDropZones(ctx) {
  return el("div", { class: "board-drop-zones" }, Object.keys(CLOSED_AS).map((ending) => {
    const zone = el("div", { class: "board-drop", "data-drop": ending }, `Drop here: ${ending}`);
    acceptDrops(zone, (applicationId) => move(applicationId, ending, ctx));
    return zone;
  }));
}

function acceptDrops(target, onDrop) {
  target.addEventListener("dragover", (event) => {
    event.preventDefault();
    target.classList.add("drop-here");
  });
  target.addEventListener("dragleave", () => target.classList.remove("drop-here"));
  target.addEventListener("drop", (event) => {
    event.preventDefault();
    event.stopPropagation();
    target.classList.remove("drop-here");
    const id = Number(event.dataTransfer.getData("text/plain"));
    if (id) onDrop(id);
  });
}

async function move(applicationId, to, ctx) {
  const [, label, change] = MOVES.find(([id]) => id === to);
  const answer = change.outcome
    ? await api("POST", `/api/applications/${applicationId}/outcomes`, { outcome: change.outcome })
    : await api("PATCH", `/api/applications/${applicationId}`, { status: change.status });
  if (!answer.ok) return ctx.announce(answer.error.message, true);
  ctx.announce(`Moved to ${label}.`);
  refreshBadge();
  await ctx.reload();
}
