// extension/background/page-snapshot.js: what a content script may send as a capture. A frame
// inside a page, or a page sending another site's address, is refused; extra fields are
// dropped so they never reach the companion. Run with `node --test tests/js/`.
import assert from "node:assert/strict";
import { test } from "node:test";
import { snapshotFromPage } from "../../../extension/background/page-snapshot.js";

const JOB = "https://boards.greenhouse.io/acme/jobs/1";
const PACKED = "H4sIADiKEmsC/7PJKMnNsbPRB1MAH4cbYA0AAAA="; // "<html></html>" gzipped, in base64
const snapshot = (fields = {}) => ({ url: JOB, title: "Job", html_gzip: PACKED, json_ld: [], selection: "", ...fields });
const topFrame = { frameId: 0, origin: "https://boards.greenhouse.io", url: JOB };

test("the page's own snapshot passes with only its known fields", () => {
  const { snapshot: passed, error } = snapshotFromPage(snapshot({ force: true, client_id: "x", extra: 1 }), topFrame);
  assert.equal(error, undefined);
  assert.deepEqual(passed, { url: JOB, title: "Job", html_gzip: PACKED, json_ld: [], selection: "" });
});

test("a snapshot from a frame inside the page is refused", () => {
  assert.match(snapshotFromPage(snapshot(), { ...topFrame, frameId: 3 }).error, /frame/);
});

test("a page cannot send a snapshot under another site's address", () => {
  const other = snapshot({ url: "https://www.linkedin.com/jobs/view/1/" });
  assert.match(snapshotFromPage(other, topFrame).error, /of itself/);
  const { origin, ...withoutOrigin } = topFrame; // older browsers: sender.url only
  assert.match(snapshotFromPage(other, withoutOrigin).error, /of itself/);
  assert.ok(snapshotFromPage(snapshot(), withoutOrigin).snapshot);
});

test("an incomplete or malformed snapshot is refused", () => {
  for (const bad of [null, { url: JOB }, snapshot({ json_ld: "{}" }), snapshot({ title: 5 }), snapshot({ url: "not a url" }),
    { url: JOB, title: "Job", html: "<html></html>", json_ld: [], selection: "" }]) {
    assert.ok(snapshotFromPage(bad, topFrame).error, JSON.stringify(bad));
  }
});
