/**
 * Asks once when the companion's time zone or locale differs from this browser's (a companion
 * started on a machine set to UTC, or a laptop that travelled): "Use this browser's" sets them,
 * "Keep" leaves them. The answer is remembered for this pair of values, so the popup asks again
 * only when the browser's zone or language changes.
 */

import { el } from "../shared/dom.js";
import { api } from "../shared/messages.js";
import { browserZone } from "../shared/zoned-time.js";

const ANSWERED_KEY = "browserDefaultsAnswered";

/** The notice drawn into `slot`: call update(settings) with each load of the companion's settings. */
export function createBrowserDefaultsNotice(slot, { onChanged = async () => {}, announce = () => {} } = {}) {
  return {
    async update(settings) {
      const differences = settings ? differing(settings) : [];
      const asked = differences.map(([key, , here]) => `${key}=${here}`).join("|");
      const stored = await chrome.storage.local.get(ANSWERED_KEY).catch(() => ({}));
      if (differences.length === 0 || stored[ANSWERED_KEY] === asked) return slot.replaceChildren();
      const answered = async () => {
        await chrome.storage.local.set({ [ANSWERED_KEY]: asked });
        slot.replaceChildren();
        document.getElementById("title").focus();
      };
      const useBrowsers = async () => {
        const answer = await api("PATCH", "/api/settings", Object.fromEntries(differences.map(([key, , here]) => [key, here])));
        if (!answer.ok) return announce(answer.error.message, true);
        await answered();
        announce("Settings changed: follow-ups are re-planned in this browser's zone and drafts use its dates.");
        await onChanged();
      };
      const words = differences.map(([key, theirs, here]) => `${LABELS[key]} ${here} (the companion has ${theirs})`);
      slot.replaceChildren(el("section", { class: "notice warn", "aria-labelledby": "browser-defaults-text" },
        el("p", { id: "browser-defaults-text" }, `This browser uses ${words.join(" and ")}. Use this browser's?`),
        el("div", { class: "actions" },
          el("button", { type: "button", class: "primary", onClick: useBrowsers }, "Use this browser's"),
          el("button", { type: "button", onClick: answered }, "Keep the companion's"))));
    },
  };
}

const LABELS = { zone: "the time zone", locale: "the language" };

/** [key, the companion's value, this browser's] for the zone and locale where they differ. */
function differing(settings) {
  const here = { zone: browserZone(), locale: navigator.language };
  return Object.entries(here)
    .filter(([key, value]) => value && settings[key] && !same(key, settings[key], value))
    .map(([key, value]) => [key, settings[key], value]);
}

// "Etc/UTC" and "UTC", "Asia/Calcutta" and "Asia/Kolkata": one zone under two names.
function canonicalZone(zone) {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return zone;
  }
}

// "en-GB" and "en-gb" are one locale; "en" says less than "en-GB" but is not a different one.
function same(key, theirs, here) {
  if (key === "zone") return canonicalZone(theirs) === canonicalZone(here);
  const [a, b] = [theirs, here].map((tag) => tag.toLowerCase().split("-"));
  return a.join("-") === b.join("-") || (a[0] === b[0] && (a.length === 1 || b.length === 1));
}
