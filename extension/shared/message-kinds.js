/**
 * What a recruiter's message can be, as the companion judges it (companion/reading/messages/
 * verdict.py), in the words the popup uses ("a rejection").
 */

export const MESSAGE_KINDS = Object.freeze({
  rejection: "a rejection",
  offer: "an offer",
  references: "a request for references",
  invitation: "an invitation",
  timeline: "a reply with a timeline",
  received: "an acknowledgement of your application",
  not_job: "nothing about an application",
});

// The kinds a message is recorded as (the others record nothing).
export const RECORDED_KINDS = ["rejection", "offer", "references", "invitation", "timeline"];

/** "a rejection"; capitalised ("A rejection") to start a sentence. */
export function messageKindWords(kind, { capital = false } = {}) {
  const words = MESSAGE_KINDS[kind] || kind;
  return capital ? words[0].toUpperCase() + words.slice(1) : words;
}
