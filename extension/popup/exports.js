/**
 * Getting reminders into a calendar: download the reminders .ics once, or copy the
 * companion's subscribable feed link (it carries the token, so it is shown as private).
 */

import { el } from "../shared/dom.js";
import { saveText } from "../shared/download.js";
import { apiText } from "../shared/worker-api.js";

const DEFAULT_COMPANION_URL = "http://127.0.0.1:8765";

/** The feed address a calendar program can subscribe to. */
export function feedUrl(companionUrl, token) {
  return `${(companionUrl || DEFAULT_COMPANION_URL).replace(/\/+$/, "")}/calendar.ics?token=${encodeURIComponent(token || "")}`;
}

/** Build the export section; `announce(message, isError)` reports the result. */
export function buildExports({ companionUrl, token }, announce) {
  const feed = el("input", { id: "feed-url", type: "text", readonly: true, value: feedUrl(companionUrl, token), spellcheck: "false" });
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
      el("button", { type: "button", id: "copy-feed", onClick: copyFeed }, "Copy feed link")),
    el("label", { for: "feed-url", class: "muted" }, "Subscribe link (private: it contains your token)"),
    feed,
  );
}
