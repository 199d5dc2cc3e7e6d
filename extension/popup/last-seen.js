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

/** Keep freshly loaded data for the next opening (never a connection problem). */
export function keepLastSeen(data) {
  chrome.storage.local.set({ [KEY]: drawn(data), [AT_KEY]: new Date().toISOString() }).catch(() => {});
}
