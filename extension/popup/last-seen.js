/**
 * What the popup showed last, kept for the browser session (chrome.storage.session), so the
 * next opening draws at once while fresh data loads from the companion.
 */

const KEY = "popupLastSeen";

/** The data the popup last loaded, or null. */
export async function readLastSeen() {
  try {
    return (await chrome.storage.session.get(KEY))[KEY] || null;
  } catch {
    return null; // no session storage (an older browser): just wait for fresh data
  }
}

/** Keep freshly loaded data for the next opening (never a connection problem). */
export function keepLastSeen({ followUps, zone, feedUrl, applications, captures }) {
  chrome.storage.session.set({ [KEY]: { followUps, zone, feedUrl, applications, captures } }).catch(() => {});
}
