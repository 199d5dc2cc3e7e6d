// The service worker answers exactly the messages shared/messages.js declares, and refuses the
// others by name: an undeclared type from the extension's own pages, and from a content script
// (running inside a web page) anything but FROM_PAGES. Another extension gets no answer.
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

// A chrome stub for the worker's top-level wiring: every event records its listeners, every
// other call answers nothing (no companion, nothing stored).
const listeners = {};
const event = (name) => ({ addListener: (listener) => (listeners[name] ??= []).push(listener) });
const nothing = async () => undefined;
const EXTENSION_ID = "abcdefghijklmnopabcdefghijklmnop";
globalThis.chrome = {
  runtime: {
    id: EXTENSION_ID,
    getURL: (path) => `chrome-extension://${EXTENSION_ID}/${path}`,
    onMessage: event("runtime.onMessage"),
    onInstalled: event("runtime.onInstalled"),
    onStartup: event("runtime.onStartup"),
  },
  storage: { local: { get: async () => ({}), set: nothing, setAccessLevel: nothing }, onChanged: event("storage.onChanged") },
  alarms: { get: async () => ({}), create: nothing, clear: nothing, onAlarm: event("alarms.onAlarm") },
  notifications: { create: nothing, clear: nothing, onClicked: event("notifications.onClicked") },
  contextMenus: { create: nothing, removeAll: nothing, onClicked: event("contextMenus.onClicked") },
  commands: { onCommand: event("commands.onCommand") },
  action: { setBadgeText: nothing, setBadgeBackgroundColor: nothing, setTitle: nothing },
  tabs: { create: nothing, get: nothing, query: async () => [] },
};

const { FROM_PAGES, MESSAGES } = await import("../../../extension/shared/messages.js");
const { HANDLERS } = await import("../../../extension/background/service-worker.js");
const [onMessage] = listeners["runtime.onMessage"];

const extensionPage = { id: EXTENSION_ID, url: chrome.runtime.getURL("extension/popup/popup.html") };
const contentScript = { id: EXTENSION_ID, url: "https://jobs.lever.co/acme/1", tab: { id: 4 } };

// The answer the sender gets (undefined: none).
function ask(message, sender) {
  return new Promise((resolve) => {
    if (!onMessage(message, sender, resolve)) resolve(undefined);
  });
}

test("the worker has a handler for every declared message and for nothing else", () => {
  assert.deepEqual(Object.keys(HANDLERS).sort(), Object.values(MESSAGES).sort());
  assert.ok(Object.isFrozen(MESSAGES) && Object.isFrozen(HANDLERS));
});

test("a type that is not declared is refused by name, not left unanswered", async () => {
  for (const message of [{ type: "outbox-flush" }, { type: "toString" }, { type: "__proto__" }, {}, null, "capture"]) {
    const answer = await ask(message, extensionPage);
    assert.equal(answer?.ok, false, JSON.stringify(message));
    assert.equal(answer.error.code, "unknown_message");
  }
  assert.match((await ask({ type: "outbox-flush" }, extensionPage)).error.message, /"outbox-flush"/);
});

test("a content script may send only what web pages may send", async () => {
  for (const type of Object.values(MESSAGES).filter((type) => !FROM_PAGES.includes(type))) {
    const answer = await ask({ type }, contentScript);
    assert.equal(answer?.error?.code, "not_allowed", type);
  }
  // The ones it may send reach their handler (which answers for itself).
  const capture = await ask({ type: MESSAGES.CAPTURE, snapshot: null }, contentScript);
  assert.notEqual(capture?.error?.code, "not_allowed");
  assert.notEqual(capture?.error?.code, "unknown_message");
});

test("another extension gets no answer", async () => {
  assert.equal(await ask({ type: MESSAGES.OUTBOX_STATUS }, { id: "another-extension-id", url: "chrome-extension://another-extension-id/x.html" }), undefined);
});

test("a declared message from the extension's pages reaches its handler", async () => {
  assert.deepEqual(await ask({ type: MESSAGES.OUTBOX_STATUS }, extensionPage), { pending: 0 });
});
