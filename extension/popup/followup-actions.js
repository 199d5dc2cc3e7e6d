/**
 * What each button on a follow-up row does: open or copy its draft, mark it done or
 * skipped, snooze it, or record the application's outcome. Every change goes through the
 * service worker and ends with `ctx.reload` so the list and badge show the companion's state.
 */

import { el } from "../shared/dom.js";
import { saveText } from "../shared/download.js";
import { buildOutcomePanel } from "../shared/outcome-panel.js";
import { api, apiText, queueChange } from "../shared/messages.js";
import { addDays, formatExact, isoDate, zonedParts } from "../shared/zoned-time.js";
import { nextMondayMorning, oneDayFrom, pickedDateMorning } from "./snooze.js";

/** Run the action named by a clicked button's data-action. */
export async function runAction(action, followUp, row, button, ctx) {
  const handler = HANDLERS[action];
  if (handler) await handler(followUp, row, button, ctx);
}

const HANDLERS = {
  "done": (followUp, row, button, ctx) => mark(followUp, { action: "done" }, ctx, followUp.done_label.replace("Mark", "Marked")),
  "skip": (followUp, row, button, ctx) => mark(followUp, { action: "skipped" }, ctx, "Skipped"),
  "copy": copyDraft,
  "download-eml": downloadEml,
  "fill-recipient": (followUp, row, button, ctx) => fill(row, button, ctx, "recipient",
    (email) => api("PATCH", `/api/contacts/${followUp.contact.id}`, { email }), "Recipient saved."),
  "fill-name": (followUp, row, button, ctx) => fill(row, button, ctx, "your_name",
    (name) => api("PATCH", "/api/settings", { name }), "Your name is saved: every draft is signed with it."),
  "snooze-menu": (followUp, row, button, ctx) => togglePanel(row, button, () => snoozePanel(followUp, ctx)),
  "outcome-menu": (followUp, row, button, ctx) => togglePanel(row, button, () => outcomePanel(followUp, ctx)),
};

/** Send a mark; `refused(error)` may take a refusal in hand (returning true), else it is said near `near`. */
async function mark(followUp, body, ctx, said, near = null, refused = () => false) {
  if (ctx.offline) return markOffline(followUp, body, ctx, said);
  const answer = await api("POST", `/api/followups/${followUp.id}/mark`, body);
  if (!answer.ok) return refused(answer.error) || ctx.announce(answer.error.message, true, near);
  ctx.announce(`${said}: ${followUp.what}${followUp.contact?.name ? ` (${followUp.contact.name})` : ""}.`);
  await ctx.reload({ after: followUp.id });
}

// The companion is down: the mark waits in the outbox (with when it was made) and the list the
// popup shows takes it at once.
async function markOffline(followUp, body, ctx, said) {
  const answer = await queueChange("mark", followUp.id, body, `${said}: ${followUp.label}`);
  if (!answer.ok) return ctx.announce(answer.error.message, true);
  ctx.announce(`${said}: ${followUp.what}${followUp.contact?.name ? ` (${followUp.contact.name})` : ""}. `
    + "It reaches the companion once it is running.");
  await ctx.markedOffline(followUp.id, body);
}

// Save what a draft needs from the field beside its warning; the row is drawn again with the new draft.
async function fill(row, button, ctx, what, save, said) {
  const form = row.querySelector(`form[data-fill="${what}"]`);
  const input = form.querySelector("input");
  if (!form.reportValidity()) return;
  const answer = await save(input.value.trim());
  if (!answer.ok) {
    input.setAttribute("aria-invalid", "true");
    input.focus();
    return ctx.announce(answer.error.message, true, button);
  }
  ctx.announce(said, false, button);
  await ctx.reload({ after: Number(row.dataset.id) });
}

async function copyDraft(followUp, row, button, ctx) {
  const answer = await api("GET", `/api/followups/${followUp.id}/draft`);
  if (!answer.ok) return ctx.announce(answer.error.message, true, button);
  const { subject, body, warnings = [] } = answer.data;
  try {
    await navigator.clipboard.writeText(subject ? `Subject: ${subject}\n\n${body}` : body);
  } catch (error) {
    return ctx.announce(`Could not copy to the clipboard (${error.message}).`, true, button);
  }
  ctx.announce(["Draft copied.", ...warnings.map((warning) => `Check: ${warning}`)].join(" "), warnings.length > 0, button);
}

async function downloadEml(followUp, row, button, ctx) {
  const answer = await apiText(`/api/followups/${followUp.id}/draft.eml`);
  if (!answer.ok) return ctx.announce(answer.error.message, true, button);
  saveText(`${followUp.kind}-${followUp.id}.eml`, answer.text, "message/rfc822");
  ctx.announce("Draft downloaded: open the .eml file with your email program.", false, button);
}

/** Show one panel under the row (snooze or outcome), closing the other; again closes it. */
function togglePanel(row, button, build) {
  const panel = row.querySelector(".fu-panel");
  const wasOpen = button.getAttribute("aria-expanded") === "true";
  for (const other of row.querySelectorAll("[aria-expanded]")) other.setAttribute("aria-expanded", "false");
  panel.replaceChildren();
  panel.hidden = wasOpen;
  if (wasOpen) return;
  panel.id = `${row.querySelector("h3").id}-panel`;
  button.setAttribute("aria-controls", panel.id);
  button.setAttribute("aria-expanded", "true");
  panel.append(build());
  panel.querySelector("button, input")?.focus();
  panel.onkeydown = (event) => { // Escape closes it and puts the keyboard back on its button
    if (event.key !== "Escape") return;
    event.preventDefault();
    event.stopPropagation(); // the popup itself would close on Escape
    togglePanel(row, button, build);
    button.focus();
  };
}

function snoozePanel(followUp, ctx) {
  const now = ctx.now();
  const dateId = `fu-${followUp.id}-snooze-date`;
  const tomorrow = isoDate(addDays(zonedParts(now, ctx.zone), 1));
  const picked = el("input", { type: "date", id: dateId, min: tomorrow, value: tomorrow });
  const choice = el("div", { class: "deadline-choice", hidden: true });
  const deadline = followUp.deadline ? new Date(followUp.deadline) : null;
  // A snooze past the deadline is never silent: the panel asks (the companion refuses it too).
  const snooze = (until, pastDeadline = false) => {
    if (deadline && until > deadline && !pastDeadline && deadline > ctx.now()) return askAboutDeadline(until);
    const body = { action: "snooze", until: until.toISOString(), ...(pastDeadline ? { past_deadline: true } : {}) };
    return mark(followUp, body, ctx, "Snoozed", choice, (error) => error.code === "after_deadline" && askAboutDeadline(until));
  };
  const askAboutDeadline = (until) => {
    choice.replaceChildren(
      el("p", { id: `${dateId}-deadline` }, `That is after its deadline, ${formatExact(deadline, ctx.zone, ctx.now())}.`),
      el("button", { type: "button", "aria-describedby": `${dateId}-deadline`, onClick: () => snooze(deadline) },
        "Until the deadline"),
      el("button", { type: "button", "aria-describedby": `${dateId}-deadline`, onClick: () => snooze(until, true) },
        "Let the deadline pass"));
    choice.hidden = false;
    choice.querySelector("button").focus();
    return true;
  };
  const snoozePicked = () => {
    const picks = pickedDateMorning(picked.value, ctx.now(), ctx.zone);
    if (picks.error) ctx.announce(picks.error, true, picked);
    else snooze(picks.until);
  };
  return el("div", { class: "snooze-panel", role: "group", "aria-label": "Snooze until" },
    el("button", { type: "button", onClick: () => snooze(oneDayFrom(ctx.now())) }, "1 day"),
    el("button", { type: "button", onClick: () => snooze(nextMondayMorning(ctx.now(), ctx.zone)) }, "Until Monday"),
    el("span", { class: "pick-date" },
      el("label", { for: dateId }, "Until"),
      picked,
      el("button", { type: "button", onClick: snoozePicked }, "Snooze")),
    choice,
  );
}

function outcomePanel(followUp, ctx) {
  const application = followUp.application;
  return buildOutcomePanel(application, {
    idPrefix: `fu-${followUp.id}`,
    // Offline, the outcome waits in the outbox; the list updates once the companion has it.
    send: ctx.offline
      ? (body) => queueChange("outcome", application.id, body, `Outcome for ${application.company || "an application"}`)
      : undefined,
    onRecorded: async (message) => {
      ctx.announce(ctx.offline ? `${message} It reaches the companion once it is running.` : message);
      if (!ctx.offline) await ctx.reload({ after: followUp.id });
    },
    onError: (error) => ctx.announce(error.message, true),
  });
}
