/**
 * Every message the extension's parts send to its service worker, declared once, with one
 * sending function each. The service worker alone talks to the companion; pages and content
 * scripts ask it. Content scripts cannot import modules: content/messages.js repeats the two
 * they may send, and a unit test keeps the two lists equal.
 *
 * Every function answers a plain object and never throws: a worker that does not answer is
 * an answer too ({ok: false, error: {code: "no_worker", message}}). The worker refuses a type
 * not declared here (unknown_message) and, from a content script, one not in FROM_PAGES
 * (not_allowed).
 */

export const MESSAGES = Object.freeze({
  // From content scripts (and the extension's pages):
  CAPTURE: "capture", // {snapshot} -> {ok, queued, result?, feedback}: track the page it came from
  FILL_MISSING: "fill-missing", // {applicationId, fields} -> {ok, feedback}: what the in-page panel asked for
  MARK_APPLIED: "mark-applied", // {applicationId} -> {ok, feedback}: "I applied", for the job just captured here
  LOOKUP_PAGE: "lookup-page", // {} -> {ok, application, next}: whether the sender's own page is tracked already
  OPEN_TRACKED: "open-tracked", // {} -> {ok}: the applications page at the sender's page's application
  // From the extension's own pages only:
  API: "api", // {method, path: "/api/…", body?} -> {ok, status, data} | {ok: false, status, error}
  API_TEXT: "api-text", // {method: "GET", path} -> {ok, status, text, contentType}: downloads (.ics, .eml)
  CAPTURE_TAB: "capture-tab", // {tabId?} -> as CAPTURE, for the active tab or the one named
  CAPTURE_ICS: "capture-ics", // {ics, label?} -> as CAPTURE, for an invite file the user picked
  TEST_CONNECTION: "test-connection", // {} -> {ok, health?, error?}: the stored address and token
  REFRESH_BADGE: "refresh-badge", // {} -> the count due now, after the badge is redrawn
  OUTBOX_STATUS: "outbox-status", // {} -> {pending}
  OUTBOX_LIST: "outbox-list", // {} -> {waiting: [{clientId, label, source, queuedAt, attempts, nextTryAt, lastError}],
  //                                      failed: [{clientId, label, source, queuedAt, failedAt, reason}]}
  OUTBOX_RETRY: "outbox-retry", // {clientId} -> {ok, pending} | not_found: send a waiting or failed one now
  OUTBOX_DISCARD: "outbox-discard", // {clientId} -> {ok} | not_found: drop a waiting or failed one
  PAIR_NATIVE: "pair-native", // {} -> {ok, running} | no_native_host: the installed companion's address and token, stored
  START_COMPANION: "start-companion", // {} -> {ok, running: true} | no_native_host: start it through the native host
  QUEUE_CHANGE: "queue-change", // {change: "mark" | "outcome", id, body, label} -> {ok, sent}: a follow-up's mark
  //                                or an application's outcome made while the companion is down, kept in the outbox
});

// The ones a content script, running inside a web page, may send.
export const FROM_PAGES = Object.freeze([MESSAGES.CAPTURE, MESSAGES.FILL_MISSING, MESSAGES.MARK_APPLIED,
  MESSAGES.LOOKUP_PAGE, MESSAGES.OPEN_TRACKED]);

/** One API request through the service worker. */
export function api(method, path, body) {
  return send(MESSAGES.API, body === undefined ? { method, path } : { method, path, body });
}

/** A text download (an .ics or .eml) through the service worker. */
export function apiText(path) {
  return send(MESSAGES.API_TEXT, { method: "GET", path });
}

export const captureTab = (tabId) => send(MESSAGES.CAPTURE_TAB, tabId === undefined ? {} : { tabId });
export const captureIcs = (ics, label) => send(MESSAGES.CAPTURE_ICS, { ics, label });
export const testConnection = () => send(MESSAGES.TEST_CONNECTION);
export const refreshBadge = () => send(MESSAGES.REFRESH_BADGE);
export const outboxStatus = () => send(MESSAGES.OUTBOX_STATUS);
export const outboxList = () => send(MESSAGES.OUTBOX_LIST);
export const outboxRetry = (clientId) => send(MESSAGES.OUTBOX_RETRY, { clientId });
export const outboxDiscard = (clientId) => send(MESSAGES.OUTBOX_DISCARD, { clientId });
export const pairNative = () => send(MESSAGES.PAIR_NATIVE);
export const startCompanion = () => send(MESSAGES.START_COMPANION);
export const queueChange = (change, id, body, label) => send(MESSAGES.QUEUE_CHANGE, { change, id, body, label });

async function send(type, fields = {}) {
  let answer;
  try {
    answer = await chrome.runtime.sendMessage({ ...fields, type });
  } catch (error) {
    return workerDown(String(error && error.message || error));
  }
  return answer || workerDown("the service worker gave no answer");
}

function workerDown(detail) {
  return {
    ok: false,
    status: 0,
    error: {
      code: "no_worker",
      message: `The extension's background part did not answer (${detail}). Reload the extension from chrome://extensions.`,
    },
  };
}
