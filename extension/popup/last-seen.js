/**
 * What the popup showed last, kept for the browser session (chrome.storage.session), so the
 * next opening draws at once while fresh data loads, and skips redrawing when nothing changed.
 * It is kept as one JSON string: storage would reorder an object's keys, and a string is
 * both cheaper to store and exact to compare.
 */

const KEY = "popupLastSeen";

/** The part of loaded data that is drawn: everything but the extension's own storage. */
function drawn({ followUps, zone, feedUrl, needsIdentity, applications, captures }) {
  return JSON.stringify({ followUps, zone, feedUrl, needsIdentity, applications, captures });
}

/** {data, text} for the data the popup last loaded, or null. */
export async function readLastSeen() {
  try {
    const text = (await chrome.storage.session.get(KEY))[KEY];
    return text ? { data: JSON.parse(text), text } : null;
  } catch {
    return null; // no session storage, or nothing readable: just wait for fresh data
  }
}

/** True when fresh data would draw exactly what the last-seen data drew. */
export function unchangedSince(lastSeen, data) {
  return Boolean(lastSeen) && drawn(data) === lastSeen.text;
}

/** Keep freshly loaded data for the next opening (never a connection problem). */
export function keepLastSeen(data) {
  chrome.storage.session.set({ [KEY]: drawn(data) }).catch(() => {});
}
