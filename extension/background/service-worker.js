/* The extension's service worker: the one place that talks to the companion. It wires the
   browser's events (messages, context menu, keyboard shortcut, alarms, start-up) to capture,
   the outbox and the badge. Listeners are registered at top level, as Manifest V3 requires. */
import { callCompanion, failure, testConnection } from "./companion-client.js";
import { captureIcs, captureIcsLink, captureTab, fillMissing, flushOutbox, markApplied, queueChange, submitCapture } from "./capture.js";
import { discard, failedCaptures, pendingCount, retry, waitingCaptures } from "./outbox.js";
import { installBadge, refreshBadge } from "./badge.js";
import { askNativeHost } from "./native-host.js";
import { openApplicationsOnClick } from "./notify.js";
import { snapshotFromPage } from "./page-snapshot.js";
import { FROM_PAGES, MESSAGES } from "../shared/messages.js";
import { applicationsPageUrl } from "../shared/page-urls.js";

const OUTBOX_ALARM = "outbox-retry";

// Content scripts run inside web pages: they must not be able to read the pairing token (or
// anything else kept in storage.local). Browsers without this setting keep their default.
async function keepStorageFromPages() {
  try {
    await chrome.storage.local.setAccessLevel?.({ accessLevel: "TRUSTED_CONTEXTS" });
  } catch (error) {
    console.warn("Could not keep storage from content scripts:", error.message);
  }
}
const API_METHODS = ["GET", "POST", "PATCH", "DELETE"];

async function ensureOutboxAlarm() {
  if (!(await chrome.alarms.get(OUTBOX_ALARM))) await chrome.alarms.create(OUTBOX_ALARM, { periodInMinutes: 1 });
}

function createMenus() {
  chrome.contextMenus.removeAll(() => {
    chrome.contextMenus.create({ id: "track-page", title: "Track this page (job or interview)", contexts: ["page", "selection"] });
    chrome.contextMenus.create({
      id: "track-ics-link",
      title: "Track this invite (.ics)",
      contexts: ["link"],
      targetUrlPatterns: ["*://*/*.ics", "*://*/*.ics?*", "*://*/*.ICS"],
    });
  });
}

async function sendWaiting() {
  if ((await pendingCount()) > 0) await flushOutbox();
}

async function activeTab(tabId) {
  if (tabId !== undefined) return chrome.tabs.get(tabId);
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}

function callApi(message, asText) {
  if (!API_METHODS.includes(message.method || "GET") || !String(message.path || "").startsWith("/api/")) {
    return failure("bad_request", "Only /api/ paths with GET, POST, PATCH or DELETE can be called.");
  }
  const method = message.method || "GET";
  const answer = callCompanion({ method, path: message.path, body: message.body, asText });
  // Any change (a follow-up marked, an outcome recorded) may change what is due now.
  if (method !== "GET") answer.then(() => refreshBadge()).catch(() => {});
  return answer;
}

// Every message of shared/messages.js, answered (exported for the unit test that keeps the two
// equal: tests/extension/js/service-worker-messages.test.mjs).
export const HANDLERS = Object.freeze({
  [MESSAGES.CAPTURE]: (message, sender) => {
    const { snapshot, error } = snapshotFromPage(message.snapshot, sender);
    return snapshot ? submitCapture(snapshot, { source: "page", label: snapshot.title || snapshot.url }) : failure("bad_request", error);
  },
  [MESSAGES.FILL_MISSING]: (message) => fillMissing(message.applicationId, message.fields),
  [MESSAGES.MARK_APPLIED]: (message) => markApplied(message.applicationId),
  [MESSAGES.LOOKUP_PAGE]: (message, sender) => lookUpPage(sender),
  [MESSAGES.OPEN_TRACKED]: async (message, sender) => {
    const found = await lookUpPage(sender);
    if (!found.ok || !found.application) return failure("not_tracked", "This page is not tracked.");
    await chrome.tabs.create({ url: applicationsPageUrl(found.application.id) });
    return { ok: true };
  },
  [MESSAGES.API]: (message) => callApi(message, false),
  [MESSAGES.API_TEXT]: (message) => callApi(message, true),
  [MESSAGES.CAPTURE_TAB]: async (message) => {
    const tab = await activeTab(message.tabId);
    return tab ? captureTab(tab) : failure("no_tab", "There is no page open to track.");
  },
  [MESSAGES.CAPTURE_ICS]: (message) => captureIcs(message.ics, { label: message.label || "Invite file" }),
  [MESSAGES.TEST_CONNECTION]: async () => {
    const result = await testConnection();
    if (result.ok) sendWaiting(); // paired again: what waited can go now
    return result;
  },
  [MESSAGES.REFRESH_BADGE]: () => refreshBadge(),
  [MESSAGES.OUTBOX_STATUS]: async () => ({ pending: await pendingCount() }),
  [MESSAGES.OUTBOX_LIST]: async () => ({
    waiting: (await waitingCaptures()).map(({ clientId, label, source, queuedAt, attempts, nextTryAt, lastError }) =>
      ({ clientId, label, source, queuedAt, attempts, nextTryAt, lastError })),
    failed: (await failedCaptures()).map(({ clientId, label, source, queuedAt, failedAt, reason }) =>
      ({ clientId, label, source, queuedAt, failedAt, reason })),
  }),
  [MESSAGES.OUTBOX_RETRY]: async (message) => {
    if (!(await retry(message.clientId))) return failure("not_found", "That capture was sent or discarded meanwhile.");
    await flushOutbox();
    return { ok: true, pending: await pendingCount() };
  },
  [MESSAGES.PAIR_NATIVE]: () => askNativeHost("pair"),
  [MESSAGES.QUEUE_CHANGE]: (message) => queueChange(message.change, message.id, message.body, message.label),
  [MESSAGES.START_COMPANION]: async () => {
    const started = await askNativeHost("start");
    if (started.ok) sendWaiting(); // what waited can go now
    return started;
  },
  [MESSAGES.OUTBOX_DISCARD]: async (message) =>
    (await discard(message.clientId)) ? { ok: true } : failure("not_found", "That capture was sent or discarded meanwhile."),
});

// Whether the page a content script runs in is tracked: its own address, as the browser knows
// it (never one the page's script could have chosen).
async function lookUpPage(sender) {
  const url = sender.tab?.url || sender.url;
  if (!url) return failure("no_tab", "There is no page to look up.");
  const answer = await callCompanion({ path: `/api/applications/lookup?url=${encodeURIComponent(url)}` });
  return answer.ok ? { ok: true, application: answer.data.application, next: answer.data.next } : answer;
}

const isExtensionPage = (sender) =>
  sender.id === chrome.runtime.id && String(sender.url || "").startsWith(chrome.runtime.getURL(""));

// Messages from another extension get no answer. Ours are answered by their handler, or refused
// by name: a type that is not declared (unknown_message), or one a content script, running
// inside a web page, may not send (not_allowed: only FROM_PAGES).
function handlerFor(message, sender) {
  if (sender.id !== chrome.runtime.id) return null;
  const type = message && typeof message === "object" ? message.type : undefined;
  if (typeof type !== "string" || !Object.hasOwn(HANDLERS, type)) {
    return () => failure("unknown_message", `The extension has no message ${JSON.stringify(type ?? null)} (see shared/messages.js).`);
  }
  if (!isExtensionPage(sender) && !FROM_PAGES.includes(type)) {
    return () => failure("not_allowed", `A web page's script may not send "${type}".`);
  }
  return HANDLERS[type];
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = handlerFor(message, sender);
  if (!handler) return false;
  Promise.resolve()
    .then(() => handler(message, sender))
    .catch((error) => failure("extension_error", `Something went wrong in the extension: ${error.message}`))
    .then(sendResponse);
  return true; // answered asynchronously
});

chrome.contextMenus.onClicked.addListener((info, tab) => {
  if (info.menuItemId === "track-page") captureTab(tab);
  else if (info.menuItemId === "track-ics-link") captureIcsLink(info.linkUrl, tab);
});

chrome.commands.onCommand.addListener((command, tab) => {
  if (command === "capture-page" && tab) captureTab(tab);
});

chrome.alarms.onAlarm.addListener((alarm) => {
  if (alarm.name === OUTBOX_ALARM) sendWaiting();
});

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === "local" && (changes.token || changes.companionUrl)) sendWaiting();
});

chrome.runtime.onInstalled.addListener(() => {
  createMenus();
  ensureOutboxAlarm();
  sendWaiting();
});

chrome.runtime.onStartup.addListener(() => {
  ensureOutboxAlarm();
  sendWaiting();
});

keepStorageFromPages();
installBadge(); // the badge's own alarms and start-up refresh (badge.js)
openApplicationsOnClick();
