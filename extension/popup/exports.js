/**
 * Getting reminders into a calendar: download the reminders .ics once, or copy the
 * companion's subscribable feed link (its own read-only token: private, but no API access).
 */

import { el } from "../shared/dom.js";
import { saveText } from "../shared/download.js";
import { apiText } from "../shared/messages.js";

/**
 * Build the export section; `feedUrl` is the companion's read-only feed address (null when it
 * gives none); `announce(message, isError)` reports the result.
 */
export function buildExports(feedUrl, announce) {
  const feed = feedUrl ? el("input", { id: "feed-url", type: "text", readonly: true, value: feedUrl, spellcheck: "false" }) : null;
  const download = async () => {
    const answer = await apiText("/api/export/reminders.ics");
    if (!answer.ok) return announce(answer.error.message, true);
    saveText("interview-reminders.ics", answer.text, "text/calendar");
    announce("Reminders downloaded: open the .ics file to add them to your calendar.");
  };
  const copyFeed = async () => {
    try {
      await navigator.clipboard.writeText(feed.value);
      announce("Feed link copied: add it to your calendar as a subscription.");
    } catch (error) {
      feed.select();
      announce(`Could not copy (${error.message}); the link is selected, copy it by hand.`, true);
    }
  };
  return el("section", { class: "exports", "aria-labelledby": "exports-title" },
    el("h2", { id: "exports-title" }, "Reminders in your calendar"),
    el("div", { class: "actions" },
      el("button", { type: "button", id: "download-ics", onClick: download }, "Download reminders (.ics)"),
      feed ? el("button", { type: "button", id: "copy-feed", onClick: copyFeed }, "Copy feed link") : null),
    feed ? [el("label", { for: "feed-url", class: "muted" }, "Subscribe link (keep it private: it shows your reminders)"), feed,
      // The companion answers on this computer only: a web calendar's servers cannot reach it.
      el("p", { class: "muted feed-where" }, "Works in a desktop calendar on this computer (Thunderbird, Apple Calendar, Outlook); "
        + "web calendars cannot reach it, so use Download reminders for those.")] : null,
  );
}
