/* Capturing: a page snapshot from a content script or from the active tab (activeTab +
   scripting), or an invite (.ics) from a link or a file, goes through the outbox to the
   companion; the user gets feedback in the page, in the popup's "last capture", or as a
   notification. */
import { callCompanion } from "./companion-client.js";
import { askNativeHost } from "./native-host.js";
import { refreshBadge } from "./badge.js";
import * as outbox from "./outbox.js";
import { describeAnswer, describeRefused, describeUnreadable, describeWaiting, withApplication, EDITABLE_FIELDS } from "./feedback.js";
import { notify } from "./notify.js";

const CAPTURE_TIMEOUT_MS = 60_000; // extraction of a large page can take a while
const ICS_MAX_CHARS = 2 * 1024 * 1024;
const SNAPSHOT_SCRIPTS = ["extension/content/namespace.js", "extension/content/snapshot.js"];
const PANEL_SCRIPTS = ["extension/content/namespace.js", "extension/content/panel.js"];
const CAPTURED_IDS_KEY = "capturedApplicationIds"; // in storage.session: may be filled in from a page
const CAPTURED_IDS_KEPT = 50;

const ACTION_TIMEOUT_MS = 10_000;

// Captures whose first try went out before they were in the outbox: clientId -> the answer (a
// promise). The flush takes that answer in the capture's turn instead of sending it again.
const sentEarly = new Map();

// The body of a queued capture as the companion takes it. Captures queued by earlier versions
// of the extension hold the page as "htmlGzip", packed the same way.
function captureBody({ htmlGzip, ...body }, clientId) {
  return { ...body, ...(htmlGzip === undefined ? {} : { html_gzip: htmlGzip }), client_id: clientId };
}

// Sends one queued item: a capture, or an API request the popup queued while the companion was down.
// Not paired yet (a first capture right after installing), it asks the installed companion's
// native host to pair first, so the first click works without opening the popup or the options.
async function sendQueued(item) {
  if (sentEarly.has(item.clientId)) return sentEarly.get(item.clientId);
  const send = () => item.source === "action"
    ? callCompanion({ ...item.body, timeoutMs: ACTION_TIMEOUT_MS })
    : callCompanion({ method: "POST", path: "/api/captures", body: captureBody(item.body, item.clientId), timeoutMs: CAPTURE_TIMEOUT_MS });
  const answer = await send();
  if (answer.ok || answer.error.code !== "not_paired" || !(await askNativeHost("pair")).ok) return answer;
  return send();
}

async function rememberApplication(applicationId) {
  if (applicationId === null || applicationId === undefined) return;
  const ids = (await chrome.storage.session.get(CAPTURED_IDS_KEY))[CAPTURED_IDS_KEY] || [];
  await chrome.storage.session.set({ [CAPTURED_IDS_KEY]: [...ids, applicationId].slice(-CAPTURED_IDS_KEPT) });
}

// The popup shows the last capture; failing to store it (storage full) must not fail the capture.
async function storeLastCapture(feedback) {
  try {
    await chrome.storage.local.set({ lastCapture: feedback });
  } catch (error) {
    console.warn("Could not store the last capture:", error.message);
  }
}

async function settle(item, answer) {
  if (item.source === "action") return { feedback: null, result: answer.ok ? answer.data : undefined };
  const feedback = answer.ok ? describeAnswer(item, answer.data) : describeRefused(item, answer.error);
  await rememberApplication(feedback.application?.id);
  return { feedback, result: answer.ok ? answer.data : undefined };
}

// Tells the user that waiting captures stopped trying (the options page lists them).
async function announceFailed(failed) {
  const title = failed.size === 1 ? "A waiting capture could not be sent" : `${failed.size} waiting captures could not be sent`;
  await notify("outbox-failed", title, "See the extension's options to try again or discard it.");
}

/* Sends what waits in the outbox, in order. Returns {sent: Map clientId -> {feedback, result},
   failed: Map clientId -> item moved to the failed list, waiting: Map clientId -> {item, answer}}.
   announce: tell the user about captures sent now that were made earlier (they were told
   "kept for later" at the time). */
export async function flushOutbox({ announce = true } = {}) {
  const { settled, failed, waiting } = await outbox.flush(sendQueued);
  if (settled.size) refreshBadge().catch(() => {}); // captured interviews bring follow-ups
  const sent = new Map();
  for (const [clientId, { item, answer }] of settled) sent.set(clientId, await settle(item, answer));
  const captures = [...sent.values()].filter((done) => done.feedback); // queued marks say nothing
  if (announce && captures.length) {
    const last = captures.at(-1).feedback;
    await storeLastCapture(last);
    const title = captures.length === 1 ? "A waiting capture was sent" : `${captures.length} waiting captures were sent`;
    await notify("outbox-sent", title, last.headline);
  }
  if (failed.size) await announceFailed(failed);
  return { sent, failed, waiting };
}

// Queues a capture; when the storage is full, sending what waits first may make room.
async function enqueueOrMakeRoom(body, meta) {
  try {
    return await outbox.enqueue(body, meta);
  } catch {
    await flushOutbox();
    return outbox.enqueue(body, meta);
  }
}

// What the popup may change while the companion is down, as the request that applies it later.
// A mark carries when it was chosen (the later of two wins); an outcome, when it happened and an
// id of its own; the companion applies either once however often the outbox sends it.
const QUEUED_CHANGES = {
  mark: (id, body, now) => ({ path: `/api/followups/${id}/mark`, body: { ...body, acted_at: now } }),
  outcome: (id, body, now) => ({ path: `/api/applications/${id}/outcomes`, body: { ...body, at: now, client_id: crypto.randomUUID() } }),
};

/* Queues a change made while the companion was down; sends what waits if it can. Resolves to {ok, sent}. */
export async function queueChange(change, id, body, label) {
  if (!Object.hasOwn(QUEUED_CHANGES, change) || !/^\d+$/.test(String(id))) {
    return { ok: false, error: { code: "bad_request", message: "Only a follow-up's mark or an application's outcome can wait." } };
  }
  const request = { method: "POST", ...QUEUED_CHANGES[change](id, body, new Date().toISOString()) };
  const item = await outbox.enqueue(request, { source: "action", label });
  const { sent } = await flushOutbox({ announce: false });
  return { ok: true, sent: sent.has(item.clientId) };
}

/* Queues one capture body and sends everything waiting, this one included, in order.
   When nothing waits ahead of it, its first try goes out at once, while the outbox stores it (a
   page's snapshot takes a while to store): should the worker stop before the answer, the outbox
   sends it again and the companion answers the repeat without storing it twice.
   Resolves to {ok, queued, result?, error?, feedback}. */
export async function submitCapture(body, meta) {
  const item = { clientId: crypto.randomUUID(), body, ...meta };
  if (!(await outbox.pendingCount())) sentEarly.set(item.clientId, sendQueued(item));
  try {
    return await queueAndSend(item);
  } finally {
    sentEarly.delete(item.clientId);
  }
}

async function queueAndSend(item) {
  const { body, ...meta } = item;
  try {
    await enqueueOrMakeRoom(body, meta);
  } catch (error) {
    return sendWithoutOutbox(item, error); // browser storage full
  }
  const { sent, failed, waiting } = await flushOutbox({ announce: false });
  const mine = sent.get(item.clientId);
  if (sent.size > (mine ? 1 : 0)) {
    const earlier = sent.size - (mine ? 1 : 0);
    await notify("outbox-sent", earlier === 1 ? "An earlier capture was sent too" : `${earlier} earlier captures were sent too`, "");
  }
  if (failed.has(item.clientId)) {
    const feedback = describeRefused(item, { message: failed.get(item.clientId).reason });
    await storeLastCapture(feedback);
    return { ok: false, queued: false, error: { code: "failed", message: feedback.message }, feedback };
  }
  if (!mine) {
    const { error } = waiting.get(item.clientId).answer;
    const feedback = describeWaiting(item, error, await outbox.pendingCount());
    await storeLastCapture(feedback);
    return { ok: false, queued: true, error, feedback };
  }
  await storeLastCapture(mine.feedback);
  return { ok: mine.result !== undefined, queued: false, result: mine.result, feedback: mine.feedback };
}

/* When the outbox cannot hold one more capture, try to send it at once; if that fails too,
   say so plainly rather than pretend it was kept. */
async function sendWithoutOutbox(item, storageError) {
  const answer = await sendQueued(item);
  if (answer.ok) {
    const { feedback, result } = await settle(item, answer);
    await storeLastCapture(feedback);
    return { ok: true, queued: false, result, feedback };
  }
  const pending = await outbox.pendingCount();
  const feedback = describeRefused(item, {
    message: `This capture could not be kept: the extension's outbox is full (${pending} captures are waiting; ${storageError.message}). ${answer.error.message} Once they are sent, capture this page again.`,
  });
  await storeLastCapture(feedback);
  return { ok: false, queued: false, error: answer.error, feedback };
}

// Shows feedback in a tab's panel; falls back to a notification where pages cannot be scripted.
export async function showFeedback(tabId, feedback) {
  try {
    await chrome.scripting.executeScript({ target: { tabId }, files: PANEL_SCRIPTS });
    await chrome.scripting.executeScript({
      target: { tabId },
      func: (shown) => {
        globalThis.InterviewFollowUp.showPanel(shown);
      },
      args: [feedback],
    });
  } catch {
    await notify(`capture-${feedback.clientId || "error"}`, feedback.headline, feedback.message);
  }
}

async function snapshotTab(tabId) {
  await chrome.scripting.executeScript({ target: { tabId }, files: SNAPSHOT_SCRIPTS });
  const [frame] = await chrome.scripting.executeScript({
    target: { tabId },
    func: () => globalThis.InterviewFollowUp.takeSnapshot(),
  });
  return frame.result;
}

const BROWSER_PAGES = /^(chrome|chrome-extension|edge|about|devtools|view-source):|^https:\/\/chromewebstore\.google\.com\//;

function whyUnreadable(url, error) {
  if (BROWSER_PAGES.test(url)) return "Browser pages and the Chrome Web Store cannot be captured by extensions.";
  return `The extension may read a page only right after you ask it to there: click its toolbar button on the page and choose "Track this page", or use the page's right-click menu (${error.message}).`;
}

// Captures the page in a tab the user pointed at (toolbar, context menu, keyboard shortcut).
export async function captureTab(tab) {
  let snapshot;
  try {
    snapshot = await snapshotTab(tab.id);
  } catch (error) {
    const feedback = describeUnreadable("this page", whyUnreadable(tab.url || "", error));
    await notify("capture-unreadable", feedback.headline, feedback.message);
    return { ok: false, queued: false, feedback };
  }
  const outcome = await submitCapture(snapshot, { source: "page", label: snapshot.title || snapshot.url });
  await showFeedback(tab.id, outcome.feedback);
  return outcome;
}

const looksLikeIcs = (text) => typeof text === "string" && /BEGIN:VCALENDAR/i.test(text.slice(0, 4096));

const LOOPBACK_HOST = /^(localhost|.*\.localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\]|\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\])$/i;

// The worker's own fetch carries the extension's rights (the companion's hosts included), so
// it only ever reads http(s) addresses off this computer.
function mayFetchFromWorker(linkUrl) {
  try {
    const url = new URL(linkUrl);
    return ["http:", "https:"].includes(url.protocol) && !LOOPBACK_HOST.test(url.hostname);
  } catch {
    return false;
  }
}

// Reads an invite link inside the page first (the site's cookies and origin apply, as when
// the user downloads it), then from the worker (activeTab lets it read the page's own site).
async function readIcsLink(tabId, linkUrl) {
  const reasons = [];
  try {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: async (url) => {
        try {
          const response = await fetch(url, { credentials: "include" });
          return response.ok ? { text: await response.text() } : { error: `HTTP ${response.status}` };
        } catch (error) {
          return { error: error.message };
        }
      },
      args: [linkUrl],
    });
    if (frame.result.text !== undefined) return { text: frame.result.text };
    reasons.push(frame.result.error);
  } catch (error) {
    reasons.push(error.message);
  }
  if (!mayFetchFromWorker(linkUrl)) {
    reasons.push("the extension reads invites only from web addresses, not from this computer");
    return { error: reasons.join("; ") };
  }
  try {
    const response = await fetch(linkUrl, { credentials: "include" });
    if (response.ok) return { text: await response.text() };
    reasons.push(`HTTP ${response.status}`);
  } catch (error) {
    reasons.push(error.message);
  }
  return { error: reasons.join("; ") };
}

// Captures invite text (from a file the user picked, or a link).
export async function captureIcs(ics, { label = "Invite file" } = {}) {
  if (!looksLikeIcs(ics)) {
    return { ok: false, queued: false, feedback: describeUnreadable(label, "This is not a calendar invite (.ics): it has no BEGIN:VCALENDAR.") };
  }
  if (ics.length > ICS_MAX_CHARS) {
    return { ok: false, queued: false, feedback: describeUnreadable(label, "This invite file is too large (over 2 MB).") };
  }
  return submitCapture({ ics }, { source: "ics", label });
}

// The file name at the end of a link, as the user would read it ("invite.ics" if none).
function fileNameOf(linkUrl) {
  const last = new URL(linkUrl).pathname.split("/").pop() || "invite.ics";
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a stray "%" in the address
  }
}

// Captures an .ics link the user right-clicked.
export async function captureIcsLink(linkUrl, tab) {
  const label = fileNameOf(linkUrl);
  const read = await readIcsLink(tab.id, linkUrl);
  const outcome = read.text === undefined
    ? { ok: false, queued: false, feedback: describeUnreadable(label, `The invite could not be downloaded (${read.error}). Save it, then import the file from the extension's popup.`) }
    : await captureIcs(read.text, { label });
  await showFeedback(tab.id, outcome.feedback);
  return outcome;
}

/* "I applied", pressed in the in-page panel for the job just captured in this browser session:
   records the outcome (which plans the follow-up on the application) and rebuilds the panel. */
export async function markApplied(applicationId) {
  if (!(await capturedHere(applicationId))) {
    return { ok: false, error: { code: "not_allowed", message: "Record this from the extension's popup." } };
  }
  const answer = await callCompanion({ method: "POST", path: `/api/applications/${encodeURIComponent(applicationId)}/outcomes`,
    body: { outcome: "applied" } });
  if (!answer.ok) return answer;
  const { lastCapture } = await chrome.storage.local.get("lastCapture");
  const base = lastCapture?.application?.id === applicationId
    ? lastCapture : describeAnswer({ body: {}, source: "page", clientId: null }, { application: answer.data });
  const updated = { ...withApplication(base, answer.data),
    message: "Recorded: you applied. A follow-up on the application is planned; the popup lists it." };
  await storeLastCapture(updated);
  return { ok: true, feedback: updated };
}

async function capturedHere(applicationId) {
  const ids = (await chrome.storage.session.get(CAPTURED_IDS_KEY))[CAPTURED_IDS_KEY] || [];
  return ids.includes(applicationId);
}

/* Fills in fields a capture did not find (from the in-page panel). Only the application just
   captured in this browser session, and only the fields the panel offers. The feedback shown
   afterwards is rebuilt here (from the last capture when it is this application's), never
   taken from the page. */
export async function fillMissing(applicationId, fields) {
  if (!(await capturedHere(applicationId))) {
    return { ok: false, error: { code: "not_allowed", message: "Edit this application from the extension's popup." } };
  }
  const body = Object.fromEntries(
    Object.entries(fields || {}).filter(([field, value]) => field in EDITABLE_FIELDS && typeof value === "string" && value.trim()),
  );
  if (!Object.keys(body).length) {
    return { ok: false, error: { code: "bad_request", message: "Type at least one value first." } };
  }
  const answer = await callCompanion({ method: "PATCH", path: `/api/applications/${encodeURIComponent(applicationId)}`, body });
  if (!answer.ok) return answer;
  const application = answer.data.application || answer.data;
  const { lastCapture } = await chrome.storage.local.get("lastCapture");
  if (lastCapture?.application?.id !== applicationId) {
    return { ok: true, feedback: describeAnswer({ body: {}, source: "page", clientId: null }, { application }) };
  }
  const updated = withApplication(lastCapture, application);
  await storeLastCapture(updated);
  return { ok: true, feedback: updated };
}
