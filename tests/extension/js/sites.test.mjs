// Where the in-page Track button appears (extension/content/sites.js): on the supported sites'
// job and calendar pages, and nowhere else, for every address in tests/extension/site_urls.json.
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

globalThis.InterviewFollowUp = {};
await import("../../../extension/content/sites.js");
const { siteFor } = globalThis.InterviewFollowUp;
const { urls } = JSON.parse(readFileSync(new URL("../site_urls.json", import.meta.url), "utf8"));

test("each real address gets the button of its site, or none", () => {
  for (const [url, site] of Object.entries(urls)) {
    assert.equal(siteFor(url)?.name ?? null, site, url);
  }
});

test("job boards say Track this job, calendars Track this interview, webmails Track this e-mail", () => {
  const webmails = new Set(["gmail", "outlook_mail"]);
  for (const [url, site] of Object.entries(urls)) {
    if (!site) continue;
    const label = site.endsWith("_calendar") ? "Track this interview" : webmails.has(site) ? "Track this e-mail" : "Track this job";
    assert.equal(siteFor(url).label, label, url);
  }
});
