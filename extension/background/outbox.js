/* The outbox: every capture is written to chrome.storage.local before it is sent, and leaves
   only once the companion has it, so a click made while the companion is down is never lost.
   Captures go out in the order they were made; each carries a client id that the companion
   uses to answer a repeat with the first answer, so a retry never makes a duplicate.
   No capture holds up the ones behind it: one the companion fails on, or takes too long with,
   waits a while before its next try (1, 2, 4, 8 minutes) while the next ones go, and after
   MAX_ATTEMPTS tries, or when it cannot be read back, it moves aside to a "failed" list. The
   options page lists both, to send one again now or discard it. */

const KEY = "outbox";
const FAILED_KEY = "outboxFailed";
export const MAX_ATTEMPTS = 5;
const FIRST_WAIT_MS = 60_000; // before the second try; doubled before each next one


// One storage read-modify-write at a time, and one flush at a time, in this worker.
let lock = Promise.resolve();
function serialized(task) {
  const run = lock.then(task, task);
  lock = run.catch(() => {});
  return run;
}

async function readList(key) {
  return (await chrome.storage.local.get(key))[key] || [];
}
const readOutbox = () => readList(KEY);

async function removeFromOutbox(clientId) {
  const items = await readOutbox();
  await chrome.storage.local.set({ [KEY]: items.filter((item) => item.clientId !== clientId) });
}

// Counts a failed try and sets when the next may be: returns the capture as stored now.
async function countAttempt(clientId, now, error) {
  const items = await readOutbox();
  const counted = items.map((item) => {
    if (item.clientId !== clientId) return item;
    const attempts = (item.attempts || 0) + 1;
    const nextTryAt = new Date(now + FIRST_WAIT_MS * 2 ** (attempts - 1)).toISOString();
    return { ...item, attempts, nextTryAt, lastError: error.message };
  });
  await chrome.storage.local.set({ [KEY]: counted });
  return counted.find((item) => item.clientId === clientId);
}

// Moves a capture from the outbox to the failed list, saying why it stopped trying.
async function moveToFailed(item, reason) {
  const failed = { ...item, failedAt: new Date().toISOString(), reason };
  await chrome.storage.local.set({
    [KEY]: (await readOutbox()).filter((queued) => queued.clientId !== item.clientId),
    [FAILED_KEY]: [...(await readList(FAILED_KEY)), failed],
  });
  return failed;
}

// Queues a capture body ({url, title, html_gzip, json_ld, selection} or {ics}), or an API request
// made while the companion was down ({method, path, body}, source "action"); returns the item.
export function enqueue(body, { source, label, clientId = crypto.randomUUID() }) {
  return serialized(async () => {
    const item = {
      clientId,
      queuedAt: new Date().toISOString(),
      source, // "page" | "ics" | "action"
      label, // what to call it when telling the user, e.g. the page title
      body,
    };
    await chrome.storage.local.set({ [KEY]: [...(await readOutbox()), item] });
    return item;
  });
}

export async function pendingCount() {
  return (await readOutbox()).length;
}

// The captures that stopped trying: [{clientId, queuedAt, source, label, body, attempts, failedAt, reason}].
export const failedCaptures = () => readList(FAILED_KEY);

// The captures still in the outbox: [{clientId, queuedAt, source, label, body, attempts?, nextTryAt?, lastError?}].
export const waitingCaptures = readOutbox;

// Takes a capture out of a list; resolves to it, or null when it is not there.
async function take(key, clientId) {
  const items = await readList(key);
  const taken = items.find((item) => item.clientId === clientId) || null;
  if (taken) await chrome.storage.local.set({ [key]: items.filter((item) => item !== taken) });
  return taken;
}

/* Sends a capture again at the next flush: a failed one goes back to the end of the outbox
   with its tries counted afresh, a waiting one stops waiting for its next try. Resolves to
   false when the capture is in neither list. */
export function retry(clientId) {
  return serialized(async () => {
    const items = await readOutbox();
    if (items.some((item) => item.clientId === clientId)) {
      await chrome.storage.local.set({ [KEY]: items.map((item) => (item.clientId === clientId ? withoutNextTry(item) : item)) });
      return true;
    }
    const taken = await take(FAILED_KEY, clientId);
    if (!taken) return false;
    const { failedAt, reason, attempts, nextTryAt, lastError, ...item } = taken;
    await chrome.storage.local.set({ [KEY]: [...(await readOutbox()), item] });
    return true;
  });
}

// Drops a capture for good, waiting or failed; false when it is in neither list.
export function discard(clientId) {
  return serialized(async () => Boolean((await take(KEY, clientId)) || (await take(FAILED_KEY, clientId))));
}

const withoutNextTry = ({ nextTryAt, ...item }) => item;

// Only the companion itself saying no (its JSON error with a 4xx other than 401) is final;
// any other failure (stopped, wrong token, another server answering) keeps the capture.
const isRefusedForGood = (answer) => answer.error?.code === "refused";

// The companion failed on this capture (5xx) or took longer than a capture may (it may be stuck
// on this one): worth a few more tries, spaced out. Problems reaching the companion at all, or a
// companion that says it is busy, hold every capture alike and use up no tries.
const isFailureOfThisCapture = (answer) => ["http_error", "timeout"].includes(answer.error?.code);

// What a capture waiting for its next try answers, in the words the user is shown.
function notYet(item) {
  const at = new Date(item.nextTryAt).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  const message = `The companion could not take it (${item.lastError}); it will be tried again at ${at}.`;
  return { ok: false, status: 0, error: { code: "waiting", message } };
}

/* Sends the queued captures in order with send(item) -> companion answer. A capture the
   companion answers, or refuses for good, leaves the queue with its answer. One it fails on
   waits for its next try while the ones behind it go; after MAX_ATTEMPTS tries, or when send()
   cannot even read it (it throws), it moves to the failed list. When the companion cannot be
   reached at all, the flush stops: nothing behind would get through either.
   Returns {settled: Map clientId -> {item, answer} of the captures answered for good,
   failed: Map clientId -> failed item moved aside now, waiting: Map clientId -> {item, answer}
   of every capture still queued, with why}. */
export function flush(send, { now = Date.now() } = {}) {
  return serialized(async () => {
    const settled = new Map();
    const failed = new Map();
    const waiting = new Map();
    const queued = await readOutbox();
    for (const [index, item] of queued.entries()) {
      if (item.nextTryAt && Date.parse(item.nextTryAt) > now) {
        waiting.set(item.clientId, { item, answer: notYet(item) });
        continue;
      }
      let answer;
      try {
        answer = await send(item);
      } catch (error) {
        failed.set(item.clientId, await moveToFailed(item, `The extension could not prepare it for sending (${error.message}).`));
        continue;
      }
      if (answer.ok || isRefusedForGood(answer)) {
        await removeFromOutbox(item.clientId);
        settled.set(item.clientId, { item, answer });
      } else if (!isFailureOfThisCapture(answer)) {
        for (const held of queued.slice(index)) if (!waiting.has(held.clientId)) waiting.set(held.clientId, { item: held, answer });
        break;
      } else {
        const counted = await countAttempt(item.clientId, now, answer.error);
        if (counted.attempts >= MAX_ATTEMPTS) {
          const reason = `The companion failed on it ${MAX_ATTEMPTS} times: ${answer.error.message}`;
          failed.set(item.clientId, await moveToFailed(counted, reason));
        } else {
          waiting.set(item.clientId, { item: counted, answer });
        }
      }
    }
    return { settled, failed, waiting };
  });
}
