// The outbox (extension/background/outbox.js) against an in-memory chrome.storage.local:
// captures leave in order, only once the companion has them, and a refused one cannot block
// the queue. Run with `node --test tests/js/`.
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
  assert.equal(waiting, null);
  assert.equal(await outbox.pendingCount(), 0);
});

test("while the companion is down nothing leaves and the first capture is reported waiting", async () => {
  const first = await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  await outbox.enqueue({ url: "https://a.example/2" }, { source: "page" });
  let calls = 0;
  const { settled, waiting } = await outbox.flush(async () => (calls++, down));

  assert.equal(calls, 1, "stops at the first capture that must wait");
  assert.equal(settled.size, 0);
  assert.equal(waiting.item.clientId, first.clientId);
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
  await outbox.enqueue({ url: "https://a.example/1" }, { source: "page" });
  const { waiting } = await outbox.flush(async () => broken);

  assert.equal(waiting.answer, broken);
  assert.equal(await outbox.pendingCount(), 1);
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
  assert.equal(waiting.item.clientId, first.clientId);
  assert.equal(await outbox.pendingCount(), 2);
});

test("a capture the companion keeps failing on moves aside after five tries and the next one goes", async () => {
  const stuck = await outbox.enqueue({ url: "https://a.example/stuck" }, { source: "page", label: "stuck page" });
  const next = await outbox.enqueue({ url: "https://a.example/next" }, { source: "page" });
  const send = async (item) => (item.clientId === stuck.clientId ? broken : sent());

  for (let attempt = 1; attempt < outbox.MAX_ATTEMPTS; attempt++) {
    const { waiting, failed } = await outbox.flush(send);
    assert.equal(waiting.item.clientId, stuck.clientId, `try ${attempt} waits`);
    assert.equal(failed.size, 0);
  }
  const { settled, failed, waiting } = await outbox.flush(send);

  assert.equal(waiting, null);
  assert.ok(failed.has(stuck.clientId));
  assert.ok(settled.get(next.clientId).answer.ok);
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

  assert.equal(await outbox.retryFailed(first.clientId), true);
  assert.equal(await outbox.pendingCount(), 1);
  for (let attempt = 1; attempt < outbox.MAX_ATTEMPTS; attempt++) await outbox.flush(async () => broken);
  assert.equal(await outbox.pendingCount(), 1, "a retried capture gets all its tries again");
  const { settled } = await outbox.flush(async () => sent());
  assert.ok(settled.has(first.clientId));

  assert.equal(await outbox.discardFailed(second.clientId), true);
  assert.deepEqual(await outbox.failedCaptures(), []);
  assert.equal(await outbox.retryFailed(second.clientId), false, "a discarded capture cannot come back");
});
