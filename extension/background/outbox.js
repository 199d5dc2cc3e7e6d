/* The outbox: every capture is written to chrome.storage.local before it is sent, and leaves
   only once the companion has it, so a click made while the companion is down is never lost.
   Captures go out in the order they were made; each carries a client id that the companion
   uses to answer a repeat with the first answer, so a retry never makes a duplicate. */

const KEY = "outbox";


// One storage read-modify-write at a time, and one flush at a time, in this worker.
let lock = Promise.resolve();
function serialized(task) {
  const run = lock.then(task, task);
  lock = run.catch(() => {});
  return run;
}

async function readOutbox() {
  return (await chrome.storage.local.get(KEY))[KEY] || [];
}

async function removeFromOutbox(clientId) {
  const items = await readOutbox();
  await chrome.storage.local.set({ [KEY]: items.filter((item) => item.clientId !== clientId) });
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

// Only the companion itself saying no (its JSON error with a 4xx other than 401) is final;
// any other failure (stopped, wrong token, another server answering) keeps the capture.
const isRefusedForGood = (answer) => answer.error?.code === "refused";

/* Sends queued captures in order with send(item) -> companion answer, until one must wait.
   A capture the companion refuses for good leaves the queue with its answer, so it cannot
   block the ones behind it. Returns a Map clientId -> {item, answer} of
   the captures that were settled, and {stoppedAt, answer} for the first one still waiting. */
export function flush(send) {
  return serialized(async () => {
    const settled = new Map();
    for (const item of await readOutbox()) {
      const answer = await send(item);
      if (answer.ok || isRefusedForGood(answer)) {
        await removeFromOutbox(item.clientId);
        settled.set(item.clientId, { item, answer });
        continue;
      }
      return { settled, waiting: { item, answer } };
    }
    return { settled, waiting: null };
  });
}
