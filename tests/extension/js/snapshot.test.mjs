// The page's snapshot as the content script packs it (extension/content/snapshot.js): the HTML is
// gzipped once, in the page, and unpacks to exactly the page's text in a fraction of its size.
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";

globalThis.InterviewFollowUp = {};
await import("../../../extension/content/snapshot.js");
const { gzipBase64, capUtf8 } = globalThis.InterviewFollowUp;

const page = `<html><body>${"<div class='job'>Büro in Zürich, 東京 office — 💼 </div>\n".repeat(20000)}</body></html>`;

test("the packed HTML unpacks to exactly the page's text", async () => {
  const packed = await gzipBase64(page);
  assert.equal(gunzipSync(Buffer.from(packed, "base64")).toString("utf8"), page);
});

test("the packed HTML is a fraction of the page's size", async () => {
  assert.ok((await gzipBase64(page)).length * 5 < Buffer.byteLength(page));
});

test("a page over the cap is cut without splitting a character", () => {
  const cut = capUtf8("ab東京💼", 7); // 2 + 3 bytes fit, the next 3-byte character does not
  assert.equal(cut, "ab東");
  assert.equal(capUtf8("short", 100), "short");
});
