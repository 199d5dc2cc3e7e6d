// Packing snapshots for the outbox (extension/background/compact.js): what is sent is exactly
// what was captured, and a page's HTML takes much less room while it waits.
// Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";

import { packBody, unpackBody } from "../../../extension/background/compact.js";

const snapshot = {
  url: "https://boards.greenhouse.io/acme/jobs/1",
  title: "Engineer — Acme ✓",
  html: `<html><body>${"<div class='job'>Büro in Zürich, 東京 office — 💼 </div>\n".repeat(20000)}</body></html>`,
  json_ld: [{ "@type": "JobPosting", title: "Engineer" }],
  selection: "",
};

test("a packed snapshot unpacks to exactly the captured one", async () => {
  assert.deepEqual(await unpackBody(await packBody(snapshot)), snapshot);
});

test("the HTML waits in a fraction of its size", async () => {
  const packed = await packBody(snapshot);
  assert.equal(packed.html, undefined);
  assert.ok(JSON.stringify(packed).length * 5 < JSON.stringify(snapshot).length);
});

test("an invite has no HTML and passes through unchanged", async () => {
  const invite = { ics: "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n" };
  assert.deepEqual(await packBody(invite), invite);
  assert.deepEqual(await unpackBody(invite), invite);
});
