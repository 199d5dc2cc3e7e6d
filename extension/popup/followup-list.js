/**
 * The popup's follow-up sections (overdue, due today, coming up). The rows a user sees
 * first are built at once; the rest follow in small chunks so that a long list never delays
 * the first screen. One click listener serves every row's buttons.
 */

import { el } from "../shared/dom.js";
import { runAction } from "./followup-actions.js";
import { buildFollowUpRow } from "./followup-row.js";

const SECTIONS = [
  ["overdue", "Overdue"],
  ["today", "Due today"],
  ["upcoming", "Coming up"],
];
// About what a 600px-high popup shows, with margin; the rest is built after first paint.
const FIRST_SCREEN_ROWS = 12;
const CHUNK_ROWS = 80;

/**
 * Render `groups` into `container`. Rows up to `ensureId` (a follow-up id) are built at once
 * too, so that it can be focused. Returns {rows: Map id -> row, done: Promise, cancel()}.
 */
export function renderFollowUpSections(container, groups, ctx, { ensureId } = {}) {
  const queue = [];
  const entries = new Map();
  for (const [key, heading] of SECTIONS) {
    const group = groups[key];
    if (group.length === 0) continue;
    const list = el("ol", { class: "followups", "aria-labelledby": `section-${key}` });
    container.append(el("section", { class: `group group-${key}` },
      el("h2", { id: `section-${key}` }, heading, el("span", { class: "count" }, ` · ${group.length}`)),
      list));
    list.addEventListener("click", (event) => onListClick(event, entries, ctx));
    for (const entry of group) {
      queue.push([list, entry]);
      entries.set(String(entry.followUp.id), entry);
    }
  }

  const view = { zone: ctx.zone, now: ctx.now() };
  let next = 0;
  const buildUpTo = (end) => {
    for (; next < Math.min(end, queue.length); next += 1) {
      const [list, entry] = queue[next];
      list.append(buildFollowUpRow(entry, view));
    }
  };
  const wanted = ensureId === undefined ? -1 : queue.findIndex(([, entry]) => String(entry.followUp.id) === String(ensureId));
  buildUpTo(Math.max(FIRST_SCREEN_ROWS, wanted + 1));

  let cancelled = false;
  const done = new Promise((resolve) => {
    const step = () => {
      if (cancelled) return resolve(false);
      buildUpTo(next + CHUNK_ROWS);
      if (next < queue.length) setTimeout(step, 0);
      else resolve(true);
    };
    // Start after the first screen is painted, so the chunks never delay it.
    requestAnimationFrame(() => setTimeout(step, 0));
  });
  return { count: queue.length, done, cancel: () => { cancelled = true; } };
}

function onListClick(event, entries, ctx) {
  const button = event.target.closest("[data-action]");
  if (!button) return;
  const row = button.closest("li.followup");
  const entry = entries.get(row.dataset.id);
  if (!entry || ["open-mailto", "open-debrief"].includes(button.dataset.action)) return; // links open themselves
  event.preventDefault();
  runAction(button.dataset.action, entry.followUp, row, button, ctx);
}
