/**
 * The addresses of the extension's own pages, one definition for the popup, the pages and the
 * service worker (chrome.runtime.getURL works in all of them).
 */

/** The applications page, optionally opened at one application (`extra`: a query such as "?capture=3"). */
export function applicationsPageUrl(applicationId, extra = "") {
  const url = new URL(chrome.runtime.getURL("extension/pages/applications.html"));
  if (applicationId) url.hash = `application-${applicationId}`;
  if (extra) url.search = extra;
  return url.href;
}

/** The debrief form of an interview. */
export function debriefPageUrl(interviewId) {
  return chrome.runtime.getURL(`extension/pages/debrief.html?interview=${encodeURIComponent(interviewId)}`);
}
