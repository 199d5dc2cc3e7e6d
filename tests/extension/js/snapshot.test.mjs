// The page's snapshot as the content script takes it (extension/content/snapshot.js): drawings and
// styles left out, the HTML gzipped once, in the page, unpacking to exactly the text it packed.
// Run with `node --test tests/extension/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { gunzipSync } from "node:zlib";

globalThis.InterviewFollowUp = {};
await import("../../../extension/content/snapshot.js");
const { gzipBase64, capUtf8, trimmed } = globalThis.InterviewFollowUp;

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

test("drawings and style sheets are left out, their opening tags kept", () => {
  const html = '<head><style media="print">.a{}</style></head><body><h1>Engineer</h1>'
    + '<SVG role="img" aria-label="Acme"><path d="M0 0"/><title>Acme</title></SVG><p>Berlin</p></body>';
  assert.equal(trimmed(html),
    '<head><style media="print"></style></head><body><h1>Engineer</h1><SVG role="img" aria-label="Acme"></SVG><p>Berlin</p></body>');
});

test("an svg written inside a script's text cannot swallow the page after the script", () => {
  const script = '<script>var icon = "<svg><path/><\\/svg>";</script>';
  const html = `${script}<h1>Engineer</h1><svg><path/></svg><p>Berlin</p>`;
  assert.equal(trimmed(html), `${script}<h1>Engineer</h1><svg></svg><p>Berlin</p>`);
});

test("a drawing inside a drawing loses only its innermost part", () => {
  assert.equal(trimmed("<svg><g><svg><circle/></svg></g></svg><p>kept</p>"), "<svg><g><svg></svg></g></svg><p>kept</p>");
});
