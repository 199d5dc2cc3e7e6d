/* Desktop notifications about captures, for news the user should see when no page of ours is
   open: a capture that could not be shown in its page, captures sent from the outbox. */

const ICON = chrome.runtime.getURL("extension/icons/icon-128.png");
const PREFIX = "capture:"; // follow-up notifications (badge.js) have their own ids and click handler

export async function notify(id, title, message) {
  try {
    await chrome.notifications.create(PREFIX + id, { type: "basic", iconUrl: ICON, title, message: message || "" });
  } catch (error) {
    console.warn("Could not show a notification:", error.message); // notifications turned off
  }
}

// Clicking one of these notifications opens the applications page.
export function openApplicationsOnClick() {
  chrome.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PREFIX)) return;
    chrome.tabs.create({ url: chrome.runtime.getURL("extension/pages/applications.html") });
    chrome.notifications.clear(id);
  });
}
