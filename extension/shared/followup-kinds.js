/**
 * Follow-up kinds (the companion's rule names) said in plain words, with the verb a user
 * uses when it is done: "Mark sent" for a message, "Mark done" for a preparation task.
 */

const KINDS = {
  thank_you_email: { todo: "Send a thank-you email", done: "Mark sent" },
  thank_you_card: { todo: "Send a handwritten thank-you card", done: "Mark sent" },
  linkedin_connect: { todo: "Connect on LinkedIn with a short note", done: "Mark sent" },
  reference_heads_up: { todo: "Give your reference a heads-up", done: "Mark sent" },
  check_in_1: { todo: "Check in about the decision", done: "Mark sent" },
  check_in_2: { todo: "Check in a second time", done: "Mark sent" },
  keep_in_touch: { todo: "Send a keep-in-touch note", done: "Mark sent" },
  thank_you_anyway: { todo: "Thank them anyway and ask for feedback", done: "Mark sent" },
  stay_in_touch: { todo: "Send a stay-in-touch note", done: "Mark sent" },
  withdrawal: { todo: "Withdraw your application politely", done: "Mark sent" },
  application_follow_up: { todo: "Follow up on your application", done: "Mark sent" },
  prepare: { todo: "Prepare: ask about next steps and note every interviewer", done: "Mark done" },
};

/** What to do, in plain words, for a follow-up kind (unknown kinds fall back to their name). */
export function kindTodo(kind) {
  return KINDS[kind]?.todo || String(kind || "Follow-up").replaceAll("_", " ");
}

/** The label of the button that records the follow-up as done. */
export function kindDoneLabel(kind) {
  return KINDS[kind]?.done || "Mark done";
}

/** True for kinds whose draft is an email (so an .eml or mailto link makes sense). */
export function kindIsEmail(kind, channel) {
  if (kind === "prepare" || kind === "thank_you_card" || kind === "linkedin_connect") return false;
  return !channel || channel === "email";
}
