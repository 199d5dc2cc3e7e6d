/**
 * The toolbar badge (how many follow-ups are due now) and a notification when one comes
 * due, opening the popup page at that follow-up. An alarm re-checks every minute and at the
 * next due time; the service worker also calls refreshBadge() after every action.
 */

import { callCompanion } from "./companion-client.js";
import { showNotification } from "./notify.js";
import { loadDueAndNext } from "../shared/open-followups.js";

const PERIODIC_ALARM = "badge-refresh";
const NEXT_DUE_ALARM = "badge-next-due";
const PERIOD_MINUTES = 1;
const NOTIFIED_KEY = "notifiedFollowUps";
const NOTIFICATION_PREFIX = "followup-due:";
const SUMMARY_NOTIFICATION = "followups-due";
// More new follow-ups than this at once (say, after a week away) get one summary instead.
const MAX_SINGLE_NOTIFICATIONS = 3;
const BADGE_COLOURS = { due: "#b3261e", problem: "#6b7280" };

/**
 * Register the alarm and notification listeners. Call once, synchronously, at the top level
 * of the service worker so Chrome can wake it for them.
 */
export function installBadge() {
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === PERIODIC_ALARM || alarm.name === NEXT_DUE_ALARM) checkDue();
  });
  chrome.notifications.onClicked.addListener(openNotification);
  chrome.runtime.onInstalled.addListener(() => checkDue());
  chrome.runtime.onStartup.addListener(() => checkDue());
  // Pairing (or moving the companion) changes what the badge can count.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && (changes.token || changes.companionUrl)) checkDue();
  });
  ensurePeriodicAlarm();
}

async function ensurePeriodicAlarm() {
  // Re-creating an alarm restarts its period: only create it when it is missing.
  if (!(await chrome.alarms.get(PERIODIC_ALARM))) {
    await chrome.alarms.create(PERIODIC_ALARM, { periodInMinutes: PERIOD_MINUTES });
  }
}

// Refreshes can overlap (an alarm and a pairing change at once); only the latest may paint,
// or a slow answer from before pairing would overwrite a newer one.
let latestRefresh = 0;

/** Recount the follow-ups due now and show the number on the badge; returns them (or null). */
export async function refreshBadge(now = new Date()) {
  const refresh = ++latestRefresh;
  const answer = await loadDueAndNext((path) => callCompanion({ path }), now);
  if (refresh !== latestRefresh) return null;
  if (!answer.ok) {
    await showBadge("!", BADGE_COLOURS.problem, answer.error.message);
    return null;
  }
  const { due } = answer;
  const title = due.length === 1 ? "1 follow-up is due" : `${due.length} follow-ups are due`;
  await showBadge(badgeText(due.length), BADGE_COLOURS.due, due.length ? title : "Nothing due right now");
  await scheduleNextDue(answer.next);
  return due;
}

/** The badge shows at most "99+"; nothing at zero. */
export function badgeText(count) {
  if (count <= 0) return "";
  return count > 99 ? "99+" : String(count);
}

async function showBadge(text, colour, title) {
  await chrome.action.setBadgeText({ text });
  await chrome.action.setBadgeBackgroundColor({ color: colour });
  await chrome.action.setTitle({ title: `Interview Follow-Up: ${title}` });
}

async function scheduleNextDue(when) {
  await chrome.alarms.clear(NEXT_DUE_ALARM);
  if (when) await chrome.alarms.create(NEXT_DUE_ALARM, { when: when.getTime() + 1000 });
}

/** Refresh the badge and notify about follow-ups that came due since the last check. */
export async function checkDue(now = new Date()) {
  const due = await refreshBadge(now);
  if (!due) return;
  const stored = (await chrome.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] || [];
  // A follow-up snoozed and due again has a new due time, so it is announced again.
  const keyOf = (followUp) => `${followUp.id}@${followUp.next_due || followUp.due}`;
  const fresh = due.filter((followUp) => !stored.includes(keyOf(followUp)));
  // Keep only what is still due, so the list never grows without bound.
  await chrome.storage.local.set({ [NOTIFIED_KEY]: due.map(keyOf) });
  if (fresh.length > MAX_SINGLE_NOTIFICATIONS) await notifySummary(fresh.length);
  else for (const followUp of fresh) await notifyOne(followUp);
}

async function notifyOne(followUp) {
  // The label already names the person ("Thank-you email to Dana Lee").
  const where = [followUp.application?.company, followUp.application?.title].filter(Boolean).join(" · ");
  await showNotification(`${NOTIFICATION_PREFIX}${followUp.id}`, {
    title: followUp.label,
    message: where || "A follow-up is due",
    contextMessage: "Due now: click to open it",
    priority: 1,
  });
}

async function notifySummary(count) {
  await showNotification(SUMMARY_NOTIFICATION, {
    title: `${count} follow-ups are due`,
    message: "Click to see them.",
    priority: 1,
  });
}

/** The popup page's address, opened at one follow-up when `followUpId` is given. */
export function popupPageUrl(followUpId) {
  const page = chrome.runtime.getManifest().action?.default_popup || "extension/popup/popup.html";
  const url = new URL(chrome.runtime.getURL(page));
  if (followUpId) url.searchParams.set("followup", followUpId);
  return url.href;
}

async function openNotification(notificationId) {
  if (notificationId !== SUMMARY_NOTIFICATION && !notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const followUpId = notificationId.startsWith(NOTIFICATION_PREFIX) ? notificationId.slice(NOTIFICATION_PREFIX.length) : null;
  await chrome.tabs.create({ url: popupPageUrl(followUpId) });
  await chrome.notifications.clear(notificationId);
}
