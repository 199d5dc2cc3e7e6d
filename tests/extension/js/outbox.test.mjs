// The outbox (extension/background/outbox.js) against an in-memory chrome.storage.local:
// captures leave in order, only once the companion has them, and no capture the companion
// refuses, fails on or takes too long with can block the ones behind it.
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { beforeEach, test } from "node:test";

const stored = {};
globalThis.chrome = {
  storage: {
    local: {
      async get(key) {
        return key in stored ? { [key]: structuredClone(stored[key]) } : {};
      },
      async set(values) {
        Object.assign(stored, structuredClone(values));
      },
    },
  },
};
const outbox = await import("../../../extension/background/outbox.js");

const sent = (status = 201) => ({ ok: true, status, data: {} });
const down = { ok: false, status: 0, error: { code: "not_running", message: "not running" } };
const refused = { ok: false, status: 400, error: { code: "refused", message: "bad field" } };
const stranger = { ok: false, status: 404, error: { code: "not_companion", message: "something else answered" } };
const broken = { ok: false, status: 500, error: { code: "http_error", message: "server error" } };
const tooSlow = { ok: false, status: 0, error: { code: "timeout", message: "no answer within 60 seconds" } };
const busy = { ok: false, status: 503, error: { code: "busy", message: "busy with another change" } };
const MINUTE = 60_000;

beforeEach(() => {
  for (const key of Object.keys(stored)) delete stored[key];
});

test("captures go out in the order they were made and leave the outbox", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page", label: "one" });
  const second = await outbox.enqueue({ url: "https://a.example/2" }, { source: "page", label: "two" });
  const order = [];
  const { settled, waiting } = await outbox.flush(async (item) => (order.push(item.clientId), sent()));

  assert.deepEqual(order, [first.clientId, second.clientId]);
  assert.deepEqual([...settled.keys()], [first.clientId, second.clientId]);
  assert.equal(waiting.size, 0);
  assert.equal(await outbox.pendingCount(), 0);
});

test("while the companion is down nothing leaves and every capture waits, saying why", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  const second = await outbox.enqueue({ url: "https://a.example/2" }, { source: "page" });
  let calls = 0;
  const { settled, waiting } = await outbox.flush(async () => (calls++, down));

  assert.equal(calls, 1, "stops at the first capture: nothing behind it would get through");
  assert.equal(settled.size, 0);
  assert.deepEqual([...waiting.keys()], [first.clientId, second.clientId]);
  assert.equal(waiting.get(second.clientId).answer, down);
  assert.equal(await outbox.pendingCount(), 2);
});

test("a resend carries the same client id, so the companion can answer it instead of storing it twice", async () => {
  const item = await outbox.enqueue({ ics: "BEGIN:VCALENDAR" }, { source: "ics" });
  const seen = [];
  await outbox.flush(async (queued) => (seen.push(queued.clientId), down));
  await outbox.flush(async (queued) => (seen.push(queued.clientId), sent(200)));

  assert.deepEqual(seen, [item.clientId, item.clientId]);
  assert.equal(await outbox.pendingCount(), 0);
});

test("a capture refused for good leaves with its answer and does not block the next", async () => {
  const bad = await outbox.enqueue({ url: "https://a.example/bad" }, { source: "page" });
  const good = await outbox.enqueue({ url: "https://a.example/good" }, { source: "page" });
  const { settled } = await outbox.flush(async (item) => (item.clientId === bad.clientId ? refused : sent()));

  assert.equal(settled.get(bad.clientId).answer, refused);
  assert.ok(settled.get(good.clientId).answer.ok);
  assert.equal(await outbox.pendingCount(), 0);
});

test("a server error keeps the capture for a later try", async () => {
  const item = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  const { waiting } = await outbox.flush(async () => broken);

  assert.equal(waiting.get(item.clientId).answer, broken);
  assert.equal(await outbox.pendingCount(), 1);
});

test("a capture the companion takes too long with waits for its next try while the next ones go", async () => {
  const poison = await outbox.enqueue({ ics: "BEGIN:VCALENDAR" }, { source: "ics", label: "poison.ics" });
  const later = await outbox.enqueue({ url: "https://a.example/later" }, { source: "page" });
  const now = Date.parse("2026-12-04T10:00:00Z");
  const tried = [];
  const send = async (item) => (tried.push(item.clientId), item.clientId === poison.clientId ? tooSlow : sent());

  const first = await outbox.flush(send, { now });
  assert.ok(first.settled.get(later.clientId).answer.ok, "the capture behind it arrived");
  const [waiting] = await outbox.waitingCaptures();
  assert.equal(waiting.attempts, 1);
  assert.equal(Date.parse(waiting.nextTryAt), now + MINUTE);
  assert.match(waiting.lastError, /no answer within 60 seconds/);

  // Before its time it is not sent again; its answer says when it will be.
  tried.length = 0;
  const early = await outbox.flush(send, { now: now + MINUTE / 2 });
  assert.deepEqual(tried, []);
  assert.match(early.waiting.get(poison.clientId).answer.error.message, /tried again at/);
  // Each failed try doubles the wait: 1, 2, 4, 8 minutes; the fifth moves it aside.
  let at = now;
  for (const wait of [1, 2, 4]) {
    at += wait * MINUTE;
    await outbox.flush(send, { now: at });
    assert.equal(Date.parse((await outbox.waitingCaptures())[0].nextTryAt), at + wait * 2 * MINUTE);
  }
  const last = await outbox.flush(send, { now: at + 8 * MINUTE });
  assert.ok(last.failed.has(poison.clientId));
  assert.equal(await outbox.pendingCount(), 0);
});

test("a busy companion holds every capture without using up their tries", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  for (let attempt = 0; attempt < outbox.MAX_ATTEMPTS + 2; attempt++) await outbox.flush(async () => busy);
  const [waiting] = await outbox.waitingCaptures();
  assert.equal(waiting.clientId, first.clientId);
  assert.equal(waiting.attempts, undefined);
});

test("a waiting capture can be sent now or discarded", async () => {
  const slow = await outbox.enqueue({ url: "https://a.example/slow" }, { source: "page" });
  const other = await outbox.enqueue({ url: "https://a.example/other" }, { source: "page" });
  const now = Date.parse("2026-12-04T10:00:00Z");
  await outbox.flush(async () => tooSlow, { now });
  assert.equal((await outbox.waitingCaptures()).length, 2);

  assert.equal(await outbox.retry(slow.clientId), true);
  const { settled } = await outbox.flush(async () => sent(), { now: now + 1000 });
  assert.deepEqual([...settled.keys()], [slow.clientId], "sent at once; the other still waits for its time");

  assert.equal(await outbox.discard(other.clientId), true);
  assert.equal(await outbox.pendingCount(), 0);
  assert.equal(await outbox.discard(other.clientId), false);
});

test("captures queued during a flush are kept and sent by the next one, never twice", async () => {
  await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  const sends = [];
  let late;
  const flushing = outbox.flush(async (item) => {
    sends.push(item.body.url);
    late ??= outbox.enqueue({ url: "https://a.example/2" }, { source: "page" });
    return sent();
  });
  const first = await flushing;
  await late;
  const second = await outbox.flush(async (item) => (sends.push(item.body.url), sent()));

  assert.equal(first.settled.size, 1);
  assert.equal(second.settled.size, 1);
  assert.deepEqual(sends, ["https://a.example/1", "https://a.example/2"]);
});

test("an answer from something other than the companion keeps every capture queued", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  await outbox.enqueue({ url: "https://a.example/2" }, { source: "page" });
  const { settled, waiting } = await outbox.flush(async () => stranger);

  assert.equal(settled.size, 0);
  assert.equal([...waiting.keys()][0], first.clientId);
  assert.equal(await outbox.pendingCount(), 2);
});

test("a capture the companion keeps failing on lets the next one go, and moves aside after five tries", async () => {
  const stuck = await outbox.enqueue({ url: "https://a.example/stuck" }, { source: "page", label: "stuck page" });
  const next = await outbox.enqueue({ url: "https://a.example/next" }, { source: "page" });
  const send = async (item) => (item.clientId === stuck.clientId ? broken : sent());
  let at = Date.parse("2026-12-04T10:00:00Z");

  const first = await outbox.flush(send, { now: at });
  assert.ok(first.settled.get(next.clientId).answer.ok);
  for (let attempt = 2; attempt < outbox.MAX_ATTEMPTS; attempt++) {
    at += 60 * MINUTE; // past any wait
    const { waiting, failed } = await outbox.flush(send, { now: at });
    assert.ok(waiting.has(stuck.clientId), `try ${attempt} waits`);
    assert.equal(failed.size, 0);
  }
  const { failed, waiting } = await outbox.flush(send, { now: at + 60 * MINUTE });

  assert.equal(waiting.size, 0);
  assert.ok(failed.has(stuck.clientId));
  assert.equal(await outbox.pendingCount(), 0);
  const [kept] = await outbox.failedCaptures();
  assert.equal(kept.clientId, stuck.clientId);
  assert.equal(kept.label, "stuck page");
  assert.match(kept.reason, /5 times: server error/);
});

test("while the companion is down, tries are not used up", async () => {
  await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  for (let attempt = 0; attempt < outbox.MAX_ATTEMPTS + 2; attempt++) await outbox.flush(async () => down);

  assert.equal(await outbox.pendingCount(), 1);
  assert.deepEqual(await outbox.failedCaptures(), []);
});

test("a capture that cannot be read back moves aside at once, with the reason, and the next one goes", async () => {
  const corrupt = await outbox.enqueue({ packed: "garbage" }, { source: "page" });
  const next = await outbox.enqueue({ url: "https://a.example/next" }, { source: "page" });
  const send = async (item) => {
    if (item.clientId === corrupt.clientId) throw new Error("incorrect header check");
    return sent();
  };
  const { settled, failed } = await outbox.flush(send);

  assert.ok(failed.has(corrupt.clientId));
  assert.ok(settled.has(next.clientId));
  assert.match((await outbox.failedCaptures())[0].reason, /incorrect header check/);
});

test("retry puts a failed capture back with fresh tries; discard removes it", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  const second = await outbox.enqueue({ url: "https://a.example/2" }, { source: "page" });
  await outbox.flush(async () => {
    throw new Error("unreadable");
  });
  assert.equal((await outbox.failedCaptures()).length, 2);

  assert.equal(await outbox.retry(first.clientId), true);
  assert.equal(await outbox.pendingCount(), 1);
  let at = Date.parse("2026-12-04T10:00:00Z");
  for (let attempt = 1; attempt < outbox.MAX_ATTEMPTS; attempt++, at += 60 * MINUTE) await outbox.flush(async () => broken, { now: at });
  assert.equal(await outbox.pendingCount(), 1, "a retried capture gets all its tries again");
  const { settled } = await outbox.flush(async () => sent(), { now: at });
  assert.ok(settled.has(first.clientId));

  assert.equal(await outbox.discard(second.clientId), true);
  assert.deepEqual(await outbox.failedCaptures(), []);
  assert.equal(await outbox.retry(second.clientId), false, "a discarded capture cannot come back");
});
