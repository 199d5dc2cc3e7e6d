/* The outbox: every capture is written to chrome.storage.local before it is sent, and leaves
   only once the companion has it, so a click made while the companion is down is never lost.
   Captures go out in the order they were made; each carries a client id that the companion
   uses to answer a repeat with the first answer, so a retry never makes a duplicate.
   A capture that keeps failing, or cannot be read back, moves aside to a "failed" list the
   options page shows, so it cannot hold up the ones behind it. */

const KEY = "outbox";
const FAILED_KEY = "outboxFailed";
export const MAX_ATTEMPTS = 5;


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

async function countAttempt(clientId) {
  const items = await readOutbox();
  const counted = items.map((item) => (item.clientId === clientId ? { ...item, attempts: (item.attempts || 0) + 1 } : item));
  await chrome.storage.local.set({ [KEY]: counted });
  return counted.find((item) => item.clientId === clientId)?.attempts || 0;
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

// Queues a capture body ({url, title, html, json_ld, selection} or {ics}); returns the item.
export function enqueue(body, { source, label }) {
  return serialized(async () => {
    const item = {
      clientId: crypto.randomUUID(),
      queuedAt: new Date().toISOString(),
      source, // "page" | "ics"
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

// Takes a failed capture out of the failed list; resolves to it, or null when it is not there.
async function takeFailed(clientId) {
  const failed = await readList(FAILED_KEY);
  const taken = failed.find((item) => item.clientId === clientId) || null;
  if (taken) await chrome.storage.local.set({ [FAILED_KEY]: failed.filter((item) => item !== taken) });
  return taken;
}

// Puts a failed capture back at the end of the outbox with its tries counted afresh.
export function retryFailed(clientId) {
  return serialized(async () => {
    const taken = await takeFailed(clientId);
    if (!taken) return false;
    const { failedAt, reason, attempts, ...item } = taken;
    await chrome.storage.local.set({ [KEY]: [...(await readOutbox()), item] });
    return true;
  });
}

export function discardFailed(clientId) {
  return serialized(async () => Boolean(await takeFailed(clientId)));
}

// Only the companion itself saying no (its JSON error with a 4xx other than 401) is final;
// any other failure (stopped, wrong token, another server answering) keeps the capture.
const isRefusedForGood = (answer) => answer.error?.code === "refused";

// The companion failed on this capture (5xx): worth a few more tries, then it moves aside.
// Problems reaching the companion at all hold every capture alike and use up no tries.
const isFailureOfThisCapture = (answer) => answer.error?.code === "http_error";

/* Sends queued captures in order with send(item) -> companion answer, until one must wait.
   A capture the companion refuses for good leaves the queue with its answer, so it cannot
   block the ones behind it; so does one that failed MAX_ATTEMPTS times or that send() could
   not even read (it throws), which moves to the failed list.
   Returns {settled: Map clientId -> {item, answer} of the captures that were answered for good,
   failed: Map clientId -> failed item moved aside now, waiting: {item, answer} | null for the
   first one still waiting}. */
export function flush(send) {
  return serialized(async () => {
    const settled = new Map();
    const failed = new Map();
    for (const item of await readOutbox()) {
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
        continue;
      }
      if (isFailureOfThisCapture(answer) && (await countAttempt(item.clientId)) >= MAX_ATTEMPTS) {
        const reason = `The companion failed on it ${MAX_ATTEMPTS} times: ${answer.error.message}`;
        failed.set(item.clientId, await moveToFailed(item, reason));
        continue;
      }
      return { settled, failed, waiting: { item, answer } };
    }
    return { settled, failed, waiting: null };
  });
}
