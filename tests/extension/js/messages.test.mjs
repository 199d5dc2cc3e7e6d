// The messages to the service worker are declared once (extension/shared/messages.js); content
// scripts, which cannot import it, repeat the ones they may send (extension/content/messages.js).
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

const sent = [];
globalThis.chrome = { runtime: { sendMessage: async (message) => (sent.push(message), { ok: true }) } };
globalThis.InterviewFollowUp = {};
await import("../../../extension/content/messages.js");
const messages = await import("../../../extension/shared/messages.js");

test("content scripts send exactly the messages the declaration lets web pages send", () => {
  const content = globalThis.InterviewFollowUp.MESSAGES;
  assert.deepEqual(Object.values(content).sort(), [...messages.FROM_PAGES].sort());
  for (const [name, type] of Object.entries(content)) assert.equal(messages.MESSAGES[name], type, name);
});

test("every declared message has its sending function, which sends its type", async () => {
  sent.length = 0;
  await messages.api("GET", "/api/followups");
  await messages.apiText("/api/calendar.ics");
  await messages.captureTab();
  await messages.captureIcs("BEGIN:VCALENDAR", "invite.ics");
  await messages.testConnection();
  await messages.refreshBadge();
  await messages.outboxStatus();
  await messages.outboxList();
  await messages.outboxRetry("c-1");
  await messages.outboxDiscard("c-1");
  await messages.pairNative();
  await messages.startCompanion();
  await messages.queueChange("mark", 7, { action: "done" }, "Thank-you email to Dana Lee");
  await globalThis.InterviewFollowUp.sendCapture({ url: "https://jobs.lever.co/acme/1" });
  await globalThis.InterviewFollowUp.sendFillMissing(3, { company: "Initech" });
  await globalThis.InterviewFollowUp.sendApplied(3);
  await globalThis.InterviewFollowUp.lookUpThisPage();
  await globalThis.InterviewFollowUp.openTracked();
  assert.deepEqual(sent.map((message) => message.type).sort(), Object.values(messages.MESSAGES).sort());
  assert.deepEqual(sent[0], { type: "api", method: "GET", path: "/api/followups" });
  assert.deepEqual(sent[8], { type: "outbox-retry", clientId: "c-1" });
});

test("a worker that does not answer is an answer the page can show", async () => {
  globalThis.chrome.runtime.sendMessage = async () => { throw new Error("Extension context invalidated."); };
  const answer = await messages.outboxStatus();
  assert.equal(answer.ok, false);
  assert.equal(answer.error.code, "no_worker");
  assert.match(answer.error.message, /Reload the extension/);
});
