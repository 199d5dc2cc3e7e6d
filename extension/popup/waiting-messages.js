/**
 * Recruiters' messages for the user's eye: those the companion was not sure about ("Is this a
 * rejection from Acme?" with Yes, No, or what it is instead; an answer is recorded as a sure
 * verdict would have been), and those it recorded without asking, each with Undo.
 */

import { el } from "../shared/dom.js";
import { RECORDED_KINDS, messageKindWords } from "../shared/message-kinds.js";
import { api } from "../shared/messages.js";

/** The section for `waiting` and `recorded` (GET /api/messages/waiting), or null when neither has any. */
export function buildWaitingMessages({ messages = [], recorded = [] }, ctx) {
  if (!messages.length && !recorded.length) return null;
  return el("section", { class: "attention waiting-messages", "aria-labelledby": "waiting-messages-title" },
    el("h2", { id: "waiting-messages-title" }, "From your e-mail"),
    el("ul", {}, [...messages.map((message) => question(message, ctx)), ...recorded.map((message) => recordedItem(message, ctx))]));
}

function recordedItem(message, ctx) {
  const company = message.application?.company || "the company";
  const textId = `message-${message.capture_id}-recorded`;
  const post = async (action, button, done) => {
    const answered = await api("POST", `/api/messages/${message.capture_id}/${action}`, {});
    if (!answered.ok) return ctx.announce(answered.error.message, true, button);
    if (done) ctx.announce(done);
    await ctx.reload({});
  };
  return el("li", { class: "help-item", role: "group", "aria-labelledby": textId },
    el("p", { id: textId }, `Recorded ${messageKindWords(message.kind)} from ${company}: "${message.subject || "a message"}".`),
    el("div", { class: "actions" },
      el("button", { type: "button", onClick: (event) => post("undo", event.currentTarget, `Undone: ${company} is as it was before the message.`) }, "Undo"),
      el("button", { type: "button", onClick: (event) => post("seen", event.currentTarget) }, "OK")));
}

function question(message, ctx) {
  const company = message.application?.company || "the company";
  const questionId = `message-${message.capture_id}-question`;
  const otherId = `message-${message.capture_id}-other`;
  const answer = async (kind, button) => {
    const answered = await api("POST", `/api/messages/${message.capture_id}/answer`, { answer: kind });
    if (!answered.ok) return ctx.announce(answered.error.message, true, button);
    ctx.announce(answered.data.recorded ? `Recorded: ${answered.data.recorded.replace("_", " ")}.` : "Noted: nothing recorded.");
    await ctx.reload({});
  };
  const other = el("select", { id: otherId }, RECORDED_KINDS.filter((kind) => kind !== message.kind)
    .map((kind) => el("option", { value: kind }, messageKindWords(kind))));
  return el("li", { class: "help-item", role: "group", "aria-labelledby": questionId },
    el("p", { id: questionId }, `Is "${message.subject || "this message"}" ${messageKindWords(message.kind)} from ${company}?`),
    el("div", { class: "actions" },
      el("button", { type: "button", class: "primary", onClick: (event) => answer(message.kind, event.currentTarget) }, "Yes"),
      el("button", { type: "button", onClick: (event) => answer("no", event.currentTarget) }, "No"),
      el("label", { for: otherId }, "It is"), other,
      el("button", { type: "button", onClick: (event) => answer(other.value, event.currentTarget) }, "Record")));
}
