/**
 * The history of one application (captures, outcomes, edits: newest first) and its
 * follow-ups with their state, on the applications page.
 */

import { el } from "../shared/dom.js";
import { effectiveDue } from "../shared/open-followups.js";
import { api, refreshBadge } from "../shared/messages.js";
import { formatExact, formatRelative } from "../shared/zoned-time.js";

const STATUS_WORDS = { pending: "to do", done: "done", skipped: "skipped", snoozed: "snoozed", cancelled: "cancelled" };

/** Build the follow-ups list; pending ones can be marked done or skipped here too. */
export function buildFollowUpSection(followUps, ctx) {
  const sorted = [...followUps].sort((a, b) => effectiveDue(a) - effectiveDue(b));
  return el("section", { class: "card", "aria-labelledby": "followups-title" },
    el("h3", { id: "followups-title" }, "Follow-ups"),
    sorted.length ? el("ul", { class: "records" }, sorted.map((followUp) => followUpItem(followUp, ctx))) : el("p", { class: "muted" }, "No follow-ups planned."),
  );
}

function followUpItem(followUp, ctx) {
  const due = effectiveDue(followUp);
  const open = followUp.status === "pending" || followUp.status === "snoozed";
  const mark = async (action, said) => {
    const answer = await api("POST", `/api/followups/${followUp.id}/mark`, { action });
    if (!answer.ok) return ctx.announce(answer.error.message, true);
    ctx.announce(said);
    refreshBadge();
    ctx.reload();
  };
  return el("li", { class: `record followup-record status-${followUp.status}` },
    el("p", {}, el("strong", {}, followUp.what), followUp.contact?.name ? ` · ${followUp.contact.name}` : "",
      " ", el("span", { class: "chip" }, STATUS_WORDS[followUp.status] || followUp.status)),
    el("p", { class: "muted" }, open ? `${formatRelative(due)} · ` : "", formatExact(due, ctx.zone)),
    open ? el("div", { class: "actions" },
      el("button", { type: "button", onClick: () => mark("done", "Follow-up marked done.") }, followUp.done_label),
      el("button", { type: "button", onClick: () => mark("skipped", "Follow-up skipped.") }, "Skip")) : null,
  );
}

/** Build the activity timeline, newest first. */
export function buildTimeline(activity, ctx) {
  const sorted = [...activity].sort((a, b) => new Date(b.at) - new Date(a.at));
  return el("section", { class: "card", "aria-labelledby": "timeline-title" },
    el("h3", { id: "timeline-title" }, "Timeline"),
    sorted.length
      ? el("ol", { class: "timeline" }, sorted.map((entry) => el("li", {},
        el("time", { datetime: entry.at }, formatExact(new Date(entry.at), ctx.zone)),
        el("span", { class: "chip" }, entry.kind),
        el("span", {}, entry.summary || ""))))
      : el("p", { class: "muted" }, "Nothing recorded yet."),
  );
}
