/* Desktop notifications: showNotification() for any of them (badge.js announces due
   follow-ups with it), notify() for news about captures the user should see when no page of
   ours is open: a capture that could not be shown in its page, captures sent from the outbox. */

import { applicationsPageUrl } from "../shared/page-urls.js";

const ICON = chrome.runtime.getURL("extension/icons/icon-128.png");
const PREFIX = "capture:"; // follow-up notifications (badge.js) have their own ids and click handler

// Notifications may be turned off for the browser or the extension: nothing else depends on them.
export async function showNotification(id, { title, message = "", ...more }) {
  try {
    await chrome.notifications.create(id, { type: "basic", iconUrl: ICON, title, message, ...more });
  } catch (error) {
    console.warn("Could not show a notification:", error.message);
  }
}

export function notify(id, title, message) {
  return showNotification(PREFIX + id, { title, message: message || "" });
}

// Clicking one of these notifications opens the applications page.
export function openApplicationsOnClick() {
  chrome.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    chrome.tabs.create({ url: applicationsPageUrl() });
    chrome.notifications.clear(id);
  });
}
