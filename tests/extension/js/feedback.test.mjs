// What the user is told after a capture (extension/background/feedback.js): what was
// understood, what is missing and which of it they can type in, or why it waits.
// Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { describeAnswer, describeWaiting, withApplication } from "../../../extension/background/feedback.js";

const item = { clientId: "c-1", source: "page", label: "Careers | Initech", body: { url: "https://boards.greenhouse.io/initech/jobs/1" } };
const application = { id: 7, company: "Initech", title: "", location: "", status: "saved", job_url: item.body.url };
const answer = {
  capture: { id: 3, status: "understood", reason: "" },
  application,
  interviews: [],
  missing: ["title", "location", "salary"],
  followups: [{ status: "pending" }],
};

test("a job with gaps: the headline, the facts found, and the gaps the user can fill", () => {
  const feedback = describeAnswer(item, answer);

  assert.equal(feedback.state, "understood");
  assert.equal(feedback.headline, "Tracked: a job at Initech");
  assert.deepEqual(feedback.facts, [{ label: "Company", value: "Initech" }, { label: "Page", value: "Careers | Initech" }]);
  assert.deepEqual(feedback.fillable.map((gap) => gap.field), ["title", "location"]);
  assert.match(feedback.message, /1 follow-up planned\. Not found: salary\./);
  assert.deepEqual(feedback.application, { id: 7, company: "Initech", title: "", location: "", status: "saved" });
});

test("the people a job page named are said with the application", () => {
  const feedback = describeAnswer(item, { ...answer, contacts: [
    { name: "Dana Lee", email: "dana@initech.example", kind: "recruiter" },
    { name: "", email: "jobs@initech.example", kind: "hiring_manager" },
  ] });
  assert.deepEqual(feedback.facts[1], { label: "People", value: "Dana Lee (recruiter), jobs@initech.example (hiring manager)" });
});

test("an interview is told by its time in the user's zone and its people", () => {
  const feedback = describeAnswer(
    { ...item, source: "ics", label: "invite.ics", body: { ics: "BEGIN:VCALENDAR" } },
    {
      capture: { status: "understood" },
      application: { id: 8, company: "Acme", title: "Engineer" },
      interviews: [{ start: "2026-12-02T15:00:00+00:00", end: "2026-12-02T16:00:00+00:00", participants: [{ name: "Dana Lee" }, { email: "m@acme.example" }] }],
      missing: [],
      followups: [],
    },
  );
  const shown = Object.fromEntries(feedback.facts.map((fact) => [fact.label, fact.value]));

  assert.equal(feedback.headline, "Tracked: Engineer at Acme");
  assert.match(shown.Interview, /2026/);
  assert.equal(shown.With, "Dana Lee, m@acme.example");
});

test("nothing understood: the reason, and which page it was", () => {
  const feedback = describeAnswer(item, {
    capture: { status: "not_understood", reason: "no job found on this page" },
    application: null,
    missing: [],
  });

  assert.equal(feedback.state, "not_understood");
  assert.equal(feedback.headline, "Saved, but no job or interview was found");
  assert.equal(feedback.message, "no job found on this page");
  assert.deepEqual(feedback.facts, [{ label: "Page", value: "Careers | Initech" }]);
  assert.deepEqual(feedback.fillable, []);
});

test("what an invite left out is said, in the companion's words", () => {
  const invite = { clientId: "c-2", source: "ics", label: "all-hands.ics", body: { ics: "BEGIN:VCALENDAR" } };
  const feedback = describeAnswer(invite, {
    capture: { status: "not_understood", source: "ics", reason: "none of its events is an interview",
               problems: ["Event 'All hands' invites 3,000 people; only the first 500 were read.", "second", "third"] },
    application: null,
    missing: [],
  });

  assert.equal(feedback.message,
    "none of its events is an interview Event 'All hands' invites 3,000 people; only the first 500 were read. second");
});

test("filling a gap updates the headline and leaves only the other gaps", () => {
  const filled = withApplication(describeAnswer(item, answer), { ...application, title: "Analyst" });

  assert.equal(filled.headline, "Tracked: Analyst at Initech");
  assert.deepEqual(filled.fillable.map((gap) => gap.field), ["location"]);
  assert.deepEqual(filled.missing, ["location", "salary"]);
});

test("a guessed field is offered with its guess and how it was read, beside the missing ones", () => {
  const guessed = describeAnswer(item, { ...answer, uncertain: [{ field: "company", why: "from the page's title" }] });

  assert.deepEqual(guessed.fillable, [
    { field: "company", label: "Company", value: "Initech", why: "from the page's title" },
    { field: "title", label: "Job title", value: "", why: "" },
    { field: "location", label: "Location", value: "", why: "" },
  ]);
  // The guessed field is shown in the form, not twice.
  assert.ok(!guessed.facts.some((fact) => fact.label === "Company"));
  // Saved as shown (or corrected): the application holds it, and nothing is asked any more.
  const saved = withApplication(guessed, { ...application, title: "Analyst", location: "Austin, TX" });
  assert.deepEqual(saved.fillable, []);
});

test("a capture waiting in the outbox says why and how many wait", () => {
  const feedback = describeWaiting(item, { message: "The companion is not running." }, 3);

  assert.equal(feedback.state, "queued");
  assert.equal(feedback.message, "The companion is not running. 3 captures are waiting.");
});

test("a recruiting agency's posting says who posted it and asks for the employer", () => {
  const feedback = describeAnswer(item, { ...answer, application: { ...application, company: "", title: "Engineer" },
    missing: ["company"], poster: "CyberCoders" });
  assert.match(feedback.message, /Posted by CyberCoders, a recruiting agency that does not name the employer: fill in the company when you know it\./);
  assert.deepEqual(feedback.fillable.map((gap) => gap.field), ["company"]);
});
