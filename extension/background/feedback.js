/* Turns a capture's outcome into the feedback the user sees (in the page's panel and as the
   popup's "last capture"): what was understood, what is missing, or why it is waiting.
   Plain data only: the panel and the popup put every string in as text.

   Feedback shape (stored as chrome.storage.local.lastCapture):
   {at, url, pageTitle, source: "page"|"ics", clientId,
    state: "understood"|"not_understood"|"queued"|"error",
    headline, message, facts: [{label, value}],
    missing: [field names the companion reported missing],
    fillable: [{field, label, value, why}] (the fields the user can type in now: the missing ones,
      value "", and those the companion guessed, with the guess and how it was read),
    application: {id, company, title, location, status} | null, captureId|null, followUpCount} */

import { messageKindWords } from "../shared/message-kinds.js";

// Application fields the user can fill in from the feedback (PATCH /api/applications/<id>).
export const EDITABLE_FIELDS = { company: "Company", title: "Job title", location: "Location" };

// The interview's time in the user's own zone (the browser's), as their calendar shows it.
function formatWhen(startIso, endIso) {
  const format = new Intl.DateTimeFormat(undefined, {
    weekday: "short", day: "numeric", month: "short", year: "numeric",
    hour: "numeric", minute: "2-digit", timeZoneName: "short",
  });
  const start = new Date(startIso);
  if (Number.isNaN(start.getTime())) return "time not found";
  const end = new Date(endIso);
  return Number.isNaN(end.getTime()) ? format.format(start) : format.formatRange(start, end);
}

function peopleOf(interview) {
  const people = interview.contacts || interview.participants || [];
  return people.map((person) => person.name || person.email).filter(Boolean).join(", ");
}

const briefApplication = (application) => ({
  id: application.id,
  company: application.company || "",
  title: application.title || "",
  location: application.location || "",
  status: application.status || "",
});

// The people a job page named (a recruiter, a hiring manager), stored with the application.
function peopleFacts(contacts) {
  const named = contacts.filter((person) => person.name || person.email)
    .map((person) => `${person.name || person.email}${person.kind && person.kind !== "interviewer" ? ` (${person.kind.replace("_", " ")})` : ""}`);
  return named.length ? [{ label: named.length === 1 ? "Person" : "People", value: named.join(", ") }] : [];
}

function applicationFacts(application) {
  if (!application) return [];
  return Object.entries(EDITABLE_FIELDS)
    .filter(([field]) => application[field])
    .map(([field, label]) => ({ label, value: String(application[field]) }));
}

function interviewFacts(interviews) {
  return interviews.flatMap((interview) => [
    { label: "Interview", value: formatWhen(interview.start, interview.end) },
    ...(peopleOf(interview) ? [{ label: "With", value: peopleOf(interview) }] : []),
  ]);
}

function headlineFor(data) {
  const application = data.application;
  if (application) {
    const what = application.title || "a job";
    return application.company ? `Tracked: ${what} at ${application.company}` : `Tracked: ${what}`;
  }
  const count = (data.interviews || []).length;
  if (count) return count === 1 ? "Tracked an interview" : `Tracked ${count} interviews`;
  return "Saved, but no job or interview was found";
}

const MAX_PROBLEMS_SHOWN = 2; // the rest are in the capture's record

function messageFor(data, otherMissing) {
  const parts = [];
  if (data.capture?.status !== "understood" && data.capture?.reason) parts.push(data.capture.reason);
  const followUps = (data.followups || []).filter((followUp) => followUp.status === "pending");
  if (followUps.length) {
    parts.push(followUps.length === 1 ? "1 follow-up planned." : `${followUps.length} follow-ups planned.`);
  }
  if (otherMissing.length) parts.push(`Not found: ${otherMissing.join(", ")}.`);
  if (data.poster) parts.push(`Posted by ${data.poster}, a recruiting agency that does not name the employer: fill in the company when you know it.`);
  // An invite's problems are written for the user (a bound reached, an event skipped and why).
  if (data.capture?.source === "ics") parts.push(...(data.capture.problems || []).slice(0, MAX_PROBLEMS_SHOWN));
  return parts.join(" ");
}

// Names what was captured when the companion's answer alone does not say it.
const capturedFrom = (item) => [{ label: item.source === "ics" ? "Invite" : "Page", value: item.label || item.body.url || "" }];

const base = (item) => ({
  at: new Date().toISOString(),
  url: item.body.url || "",
  pageTitle: item.label || "",
  source: item.source,
  clientId: item.clientId,
  facts: [],
  missing: [],
  fillable: [],
  application: null,
  captureId: null,
  followUpCount: 0,
});

// Feedback for a recruiter's message read from Gmail or Outlook on the web: what it was judged
// to be, and what was recorded from it (or waits for the user's answer in the popup).
function describeMessage(item, data) {
  const verdict = data.verdict || {};
  const application = data.application || null;
  const company = application?.company || "a company not tracked";
  const headline = verdict.kind && verdict.kind !== "not_job"
    ? `${messageKindWords(verdict.kind, { capital: true })} from ${company}`
    : verdict.kind ? "Nothing about an application in this message" : "No message found on this page";
  return {
    ...base(item),
    state: application && (verdict.recorded || verdict.awaiting) ? "understood" : "not_understood",
    headline,
    message: data.message || "",
    facts: [...applicationFacts(application), ...(data.capture?.title ? [{ label: "Message", value: data.capture.title }] : [])],
    application: application && briefApplication(application),
    captureId: data.capture?.id ?? null,
    followUpCount: (data.followups || []).length,
  };
}

// The fields the panel offers to fill in (missing) or to correct (guessed), in the form's order.
function fillableFields(application, missing, uncertain) {
  const guessed = new Map(uncertain.map((item) => [item.field, String(item.why || "")]));
  return Object.entries(EDITABLE_FIELDS)
    .filter(([field]) => missing.includes(field) || guessed.has(field))
    .map(([field, label]) => ({
      field, label, value: missing.includes(field) ? "" : String(application[field] || ""), why: guessed.get(field) || "",
    }));
}

// Feedback for a capture the companion took (its 200/201 answer body).
export function describeAnswer(item, data) {
  if (data.capture?.source === "email") return describeMessage(item, data);
  const missing = data.missing || [];
  const application = data.application || null;
  const understood = data.capture?.status === "understood" || Boolean(application) || Boolean(data.interviews?.length);
  const guessedLabels = new Set((data.uncertain || []).map((item) => EDITABLE_FIELDS[item.field]));
  return {
    ...base(item),
    state: understood ? "understood" : "not_understood",
    headline: headlineFor(data),
    message: messageFor(data, missing.filter((field) => !(application && field in EDITABLE_FIELDS))),
    facts: [
      ...applicationFacts(application).filter((fact) => !guessedLabels.has(fact.label)), // shown in the form instead
      ...peopleFacts(data.interviews?.length ? [] : data.contacts || []),
      ...interviewFacts(data.interviews || []),
      ...(understood && application?.title && application?.company ? [] : capturedFrom(item)),
    ],
    missing,
    fillable: application ? fillableFields(application, missing, data.uncertain || []) : [],
    application: application && briefApplication(application),
    captureId: data.capture?.id ?? null,
    followUpCount: (data.followups || []).length,
  };
}

// Feedback for a capture kept in the outbox because the companion cannot take it now.
export function describeWaiting(item, error, pending) {
  const behind = pending > 1 ? ` ${pending} captures are waiting.` : "";
  return {
    ...base(item),
    state: "queued",
    headline: "Kept for later — it will be sent when the companion is reachable",
    message: `${error.message}${behind}`,
  };
}

// Feedback for a capture the companion refused for good (bad request, too large...).
export function describeRefused(item, error) {
  return { ...base(item), state: "error", headline: "The companion could not take this capture", message: error.message };
}

// Feedback for a page or invite that could not even be read.
export function describeUnreadable(what, reason) {
  return {
    ...base({ body: {}, label: what, source: "page", clientId: null }),
    state: "error",
    headline: `Could not read ${what}`,
    message: reason,
  };
}

// The feedback after the user filled in fields: facts from the updated application.
export function withApplication(feedback, application) {
  const filled = new Set(Object.keys(EDITABLE_FIELDS).filter((field) => application[field]));
  return {
    ...feedback,
    state: "understood",
    headline: headlineFor({ application }),
    facts: [...applicationFacts(application), ...feedback.facts.filter((fact) => !Object.values(EDITABLE_FIELDS).includes(fact.label))],
    missing: feedback.missing.filter((field) => !filled.has(field)),
    fillable: feedback.fillable.filter((item) => !filled.has(item.field)),
    application: briefApplication(application),
  };
}
