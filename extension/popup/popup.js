/**
 * The popup: loads pending follow-ups, settings, applications and unread captures through
 * the service worker, then shows what is due (overdue, today, coming up), what needs a hand
 * and what has gone quiet, with a reminder at the top while the user's name or email is
 * missing. What it showed last is drawn at once while fresh data loads.
 * Performance marks (popup:data, popup:first-screen, popup:all-rows, popup:last-seen-screen)
 * let benchmarks/popup_render.py read the render times from the page.
 */

import { el } from "../shared/dom.js";
import { loadOpenFollowUps } from "../shared/open-followups.js";
import { api, pairNative, refreshBadge } from "../shared/messages.js";
import { loadUserSettings } from "../shared/user-settings.js";
import { browserZone, describeZone } from "../shared/zoned-time.js";
import { buildGoneQuiet, buildNeedsHelp } from "./attention.js";
import { applicationsPageUrl } from "../shared/page-urls.js";
import { buildCaptureControls } from "../shared/capture-controls.js";
import { buildConnectionProblem, isConnectionProblem } from "../shared/connection-problem.js";
import { buildExports } from "./exports.js";
import { buildWaitingMessages } from "./waiting-messages.js";
import { createIdentityNotice } from "./identity-notice.js";
import { createBrowserDefaultsNotice } from "./browser-defaults-notice.js";
import { renderFollowUpSections } from "./followup-list.js";
import { groupFollowUps } from "./grouping.js";
import { applyOfflineMark, keepLastSeen, readLastSeen, unchangedSince } from "./last-seen.js";

performance.mark("popup:start");

const content = document.getElementById("content");
const statusLine = document.getElementById("status");
const zoneNote = document.getElementById("zone-note");
const footer = document.getElementById("exports");
const identityNotice = createIdentityNotice(document.getElementById("identity-notice"), {
  onDismissed: () => document.getElementById("title").focus(),
});
const browserDefaultsNotice = createBrowserDefaultsNotice(document.getElementById("browser-defaults-notice"), {
  onChanged: () => reload({}),
  announce: (message, isError) => announce(message, isError),
});

const ctx = {
  zone: browserZone(),
  now: () => new Date(),
  announce,
  reload,
  offline: false, // showing the last list while the companion is down: marks wait in the outbox
  markedOffline: async (followUpId, body) => {
    await applyOfflineMark(followUpId, body);
    await reload({ after: followUpId });
  },
};
let rendered = { order: [], cancel: () => {} };

/** Say what happened: under the row of the button pressed (`near`) while that row stays, else at the top. */
function announce(message, isError = false, near = null) {
  const line = near?.closest("li.followup")?.querySelector(".fu-note") || statusLine;
  for (const other of [statusLine, ...content.querySelectorAll(".fu-note")]) if (other !== line) other.textContent = "";
  line.textContent = message;
  line.classList.toggle("error", isError);
}

/** Everything the popup shows; `problem` is set when nothing can load. Not paired yet, it first
    asks the installed companion's native host for the token, so a new user types nothing. */
async function loadData() {
  const data = await fetchData();
  if (data.problem?.code !== "not_paired" || !(await pairNative()).ok) return data;
  return fetchData();
}

/** While the companion cannot be reached, what it showed last, "as of" when it was loaded. */
function withLastSeen(data, lastSeen) {
  if (!data.problem || !lastSeen || !isConnectionProblem(data.problem)) return data;
  return { ...lastSeen.data, stored: data.stored, offline: { problem: data.problem, at: lastSeen.at } };
}

async function fetchData() {
  const [open, settings, applications, captures, stored, waiting] = await Promise.all([
    loadOpenFollowUps((path) => api("GET", path)),
    loadUserSettings(),
    api("GET", "/api/applications"),
    api("GET", "/api/captures?status=not_understood"),
    chrome.storage.local.get("lastCapture"),
    api("GET", "/api/messages/waiting"),
  ]);
  if (!open.ok) return { problem: open.error, stored };
  return {
    followUps: open.followUps,
    nextCursor: open.nextCursor,
    zone: settings.zone,
    feedUrl: settings.feedUrl,
    needsIdentity: settings.needsIdentity,
    companionSettings: settings.companion,
    applications: applications.ok ? applications.data.applications : [],
    captures: captures.ok ? captures.data.captures : [],
    waitingMessages: waiting.ok ? waiting.data : {},
    stored,
  };
}

/** Draw the popup from loaded data; `ensureId` is a follow-up to build (and show) at once. */
function render(data, { ensureId } = {}) {
  rendered.cancel();
  content.replaceChildren();
  footer.replaceChildren(buildExports(data.feedUrl, announce));
  footer.hidden = Boolean(data.problem || data.offline); // exports need the companion
  identityNotice.update(!data.problem && !data.offline && data.needsIdentity);
  browserDefaultsNotice.update(!data.problem && !data.offline ? data.companionSettings : null);
  if (data.problem) return renderProblem(data.problem);
  ctx.offline = Boolean(data.offline);
  if (data.offline) content.append(buildOfflineNotice(data.offline));

  ctx.zone = data.zone || browserZone();
  zoneNote.textContent = `Times in ${describeZone(ctx.zone)}`;
  const groups = groupFollowUps(data.followUps, ctx.now(), ctx.zone);
  const order = [...groups.overdue, ...groups.today, ...groups.upcoming].map((entry) => String(entry.followUp.id));

  const waitingMessages = data.offline ? null : buildWaitingMessages(data.waitingMessages || {}, ctx);
  if (waitingMessages) content.append(waitingMessages);
  const needsHelp = buildNeedsHelp(data.captures, data.stored.lastCapture, data.applications, ctx);
  if (needsHelp) content.append(needsHelp);
  let sections = { cancel: () => {}, done: Promise.resolve(true) };
  if (order.length === 0) content.append(buildEmptyState());
  else sections = renderFollowUpSections(content, groups, ctx, { ensureId });
  if (data.nextCursor && !data.offline) content.append(buildMoreButton(data));
  const goneQuiet = buildGoneQuiet(data.applications, ctx);
  if (goneQuiet) content.append(goneQuiet);

  document.body.dataset.state = data.offline ? "offline" : order.length ? "ready" : "empty";
  content.setAttribute("aria-busy", "false");
  rendered = { order, cancel: sections.cancel };
  const firstRows = content.querySelectorAll("li.followup").length;
  sections.done.then((finished) => finished && performance.mark("popup:all-rows", { detail: { firstRows } }));
}

// Past the first page, later follow-ups come a page at a time, when asked for.
function buildMoreButton(data) {
  const more = el("button", { type: "button", class: "more", onClick: async () => {
    more.disabled = true;
    const page = await loadOpenFollowUps((path) => api("GET", path), { after: data.nextCursor });
    if (!page.ok) {
      more.disabled = false;
      return announce(page.error.message, true);
    }
    const first = page.followUps[0]?.id;
    render({ ...data, followUps: [...data.followUps, ...page.followUps], nextCursor: page.nextCursor }, { ensureId: first });
    if (first !== undefined) focusRow(String(first));
  } }, "Show later follow-ups");
  return el("p", { class: "more-row" }, more);
}

function renderProblem(problem) {
  document.body.dataset.state = "problem";
  zoneNote.textContent = "";
  const notice = isConnectionProblem(problem)
    ? buildConnectionProblem(problem, { retry: () => reload({}) })
    : buildConnectionProblem({ code: "other", message: problem.message }, { retry: () => reload({}) });
  content.append(notice);
  content.setAttribute("aria-busy", "false");
}

// The companion is down but the last list is shown: say since when, and how to get it back.
function buildOfflineNotice({ problem, at }) {
  const since = at ? new Date(at).toLocaleString([], { dateStyle: "medium", timeStyle: "short" }) : "earlier";
  const notice = buildConnectionProblem(problem, { retry: () => reload({}) });
  notice.querySelector("h2").after(el("p", { class: "as-of" },
    `Your follow-ups as of ${since}. Marks and snoozes you make now reach it once it runs again.`));
  return notice;
}

function buildEmptyState() {
  return el("section", { class: "empty", "aria-labelledby": "empty-title" },
    el("h2", { id: "empty-title" }, "You are all caught up"),
    el("p", {}, "Nothing to follow up right now. Track a job posting or an interview invite, and the thank-you notes and check-ins will appear here."),
    el("a", { href: applicationsPageUrl(), target: "_blank" }, "See all applications"));
}

/** Fetch again and redraw, keeping the keyboard user's place: `after` is the follow-up acted on. */
async function reload({ after } = {}) {
  const position = after === undefined ? -1 : rendered.order.indexOf(String(after));
  content.setAttribute("aria-busy", "true");
  const data = withLastSeen(await loadData(), await readLastSeen());
  const stillThere = after !== undefined && data.followUps?.some((followUp) => String(followUp.id) === String(after));
  const nextId = stillThere ? String(after) : null;
  render(data, { ensureId: nextId ?? undefined });
  if (position >= 0) focusRow(nextId ?? rendered.order[Math.min(position, rendered.order.length - 1)]);
  refreshBadge();
}

function focusRow(id, highlight = false) {
  const row = id && content.querySelector(`li.followup[data-id="${CSS.escape(id)}"]`);
  const target = row?.querySelector(".fu-actions button, .fu-actions a") || document.getElementById("title");
  if (row && highlight) {
    row.classList.add("highlight");
    row.scrollIntoView({ block: "center" });
  }
  target.focus();
}

/** The row and button the keyboard is on, to put it back after a redraw. */
function rememberFocus() {
  const active = document.activeElement;
  const row = active?.closest?.("li.followup");
  return row ? { id: row.dataset.id, action: active.dataset.action } : null;
}

function restoreFocus(focus) {
  const row = focus && content.querySelector(`li.followup[data-id="${CSS.escape(focus.id)}"]`);
  row?.querySelector(`[data-action="${CSS.escape(focus.action || "")}"]`)?.focus();
}

/** Set a mark once the frame showing what was just drawn has been painted; then run `after`. */
function markPainted(name, since, after = () => {}) {
  requestAnimationFrame(() => setTimeout(() => {
    performance.mark(name);
    performance.measure(`${name}:duration`, since, name);
    after();
  }, 0));
}

async function start() {
  document.getElementById("open-options").addEventListener("click", () => chrome.runtime.openOptionsPage());
  document.getElementById("open-applications").href = applicationsPageUrl();
  // Tracking works even while the companion is down (captures wait in the outbox).
  document.getElementById("capture").append(buildCaptureControls({ onResult: () => reload({}) }));
  // A notification click opens the popup page at one follow-up: ?followup=<id>.
  const wanted = new URLSearchParams(location.search).get("followup") ?? undefined;

  const [lastSeen, stored] = await Promise.all([readLastSeen(), chrome.storage.local.get("lastCapture")]);
  if (lastSeen) {
    render({ ...lastSeen.data, stored }, { ensureId: wanted });
    document.body.dataset.state = "last-seen"; // tests and marks wait for the fresh data
    markPainted("popup:last-seen-screen", "popup:start");
  }

  const data = withLastSeen(await loadData(), lastSeen);
  performance.mark("popup:data");
  if (!data.problem && !data.offline && unchangedSince(lastSeen, data)) {
    document.body.dataset.state = rendered.order.length ? "ready" : "empty"; // nothing changed: no redraw
  } else {
    const focus = rememberFocus();
    render(data, { ensureId: wanted ?? focus?.id });
    performance.mark("popup:first-screen-built");
    restoreFocus(focus);
    // Storing the list copies it: do that once the first screen is up, not before.
    markPainted("popup:first-screen", "popup:data", () => data.problem || data.offline || keepLastSeen(data));
  }
  if (wanted) focusRow(wanted, true);
  refreshBadge(); // the popup has just counted too: keep the badge in step with it
}

start();
