/**
 * Recruiters' messages the companion was not sure about: "Is this a rejection from Acme?" with
 * Yes, No, or what it is instead. An answer is recorded as a sure verdict would have been.
 */

import { el } from "../shared/dom.js";
import { RECORDED_KINDS, messageKindWords } from "../shared/message-kinds.js";
import { api } from "../shared/messages.js";

/** The section for `messages` (GET /api/messages/waiting), or null when none waits. */
export function buildWaitingMessages(messages, ctx) {
  if (!messages.length) return null;
  return el("section", { class: "attention waiting-messages", "aria-labelledby": "waiting-messages-title" },
    el("h2", { id: "waiting-messages-title" }, "Is this right?"),
    el("ul", {}, messages.map((message) => item(message, ctx))));
}

function item(message, ctx) {
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
