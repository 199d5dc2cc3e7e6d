/**
 * What the popup showed last, kept in chrome.storage.local (it outlives the browser), so the
 * next opening draws at once while fresh data loads, skips redrawing when nothing changed, and
 * still shows the follow-ups, "as of" when they were loaded, while the companion is down.
 * It is kept as one JSON string: storage would reorder an object's keys, and a string is
 * both cheaper to store and exact to compare.
 */

const KEY = "popupLastSeen";
const AT_KEY = "popupLastSeenAt";

/** The part of loaded data that is drawn: everything but the extension's own storage. */
function drawn({ followUps, zone, feedUrl, needsIdentity, applications, captures }) {
  return JSON.stringify({ followUps, zone, feedUrl, needsIdentity, applications, captures });
}

/** {data, text, at} for the data the popup last loaded (at: when, ISO), or null. */
export async function readLastSeen() {
  try {
    const stored = await chrome.storage.local.get([KEY, AT_KEY]);
    return stored[KEY] ? { data: JSON.parse(stored[KEY]), text: stored[KEY], at: stored[AT_KEY] } : null;
  } catch {
    return null; // nothing readable: just wait for fresh data
  }
}

/** True when fresh data would draw exactly what the last-seen data drew. */
export function unchangedSince(lastSeen, data) {
  return Boolean(lastSeen) && drawn(data) === lastSeen.text;
}

/** Keep freshly loaded data for the next opening (never a connection problem); `at` keeps the
    time of an earlier load when the popup only applied a mark made offline to it. */
export function keepLastSeen(data, at = new Date().toISOString()) {
  return chrome.storage.local.set({ [KEY]: drawn(data), [AT_KEY]: at }).catch(() => {});
}

/** The last-seen list with a mark made offline applied: done or skipped leave it, snoozed waits. */
export async function applyOfflineMark(followUpId, { action, until }) {
  const lastSeen = await readLastSeen();
  if (!lastSeen) return;
  const followUps = lastSeen.data.followUps.flatMap((followUp) => {
    if (String(followUp.id) !== String(followUpId)) return [followUp];
    return action === "snooze" ? [{ ...followUp, status: "snoozed", snoozed_until: until, next_due: until }] : [];
  });
  await keepLastSeen({ ...lastSeen.data, followUps }, lastSeen.at);
}
