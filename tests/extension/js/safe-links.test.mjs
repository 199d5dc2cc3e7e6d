// Which captured addresses the extension's pages turn into links (extension/shared/dom.js):
// the web, this extension's own pages, and a mailto: to one plain mailbox; never a script, another
// extension, or a mailto: that adds hidden recipients.
import assert from "node:assert/strict";
import { test } from "node:test";

globalThis.location = new URL("chrome-extension://ours/pages/applications.html");
const { isSafeUrl } = await import("../../../extension/shared/dom.js");

test("web addresses and our own pages become links", () => {
  assert.equal(isSafeUrl("https://jobs.lever.co/acme/0b0c6b1e-8d7a-4a8e-9f4e-2a1e5f0c9d11"), true);
  assert.equal(isSafeUrl("http://intranet.example/careers"), true);
  assert.equal(isSafeUrl("#application-3"), true);
  assert.equal(isSafeUrl("chrome-extension://ours/popup/popup.html"), true);
});

test("scripts, data and other extensions' pages never do", () => {
  for (const url of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,<b>x</b>",
    "chrome-extension://theirs/page.html", "file:///etc/passwd", "vbscript:msgbox"]) {
    assert.equal(isSafeUrl(url), false, url);
  }
});

test("a mailto: link goes to one plain mailbox and may carry a draft", () => {
  assert.equal(isSafeUrl("mailto:dana.lee@acme.example"), true);
  assert.equal(isSafeUrl("mailto:o'brien+jobs@acme.example"), true);
  assert.equal(isSafeUrl("mailto:dana@acme.example?subject=Thank%20you&body=Hello%0D%0A"), true);
  assert.equal(isSafeUrl("mailto:?subject=Thank%20you"), true); // the user fills in the recipient
});

test("a captured address cannot add hidden recipients to a mailto: link", () => {
  for (const url of ["mailto:hank@evil.example?bcc=spy%40x.example&subject=hi",
    "mailto:hank@evil.example?cc=spy@x.example", "mailto:a@x.example,spy@y.example",
    "mailto:hank@evil.example%3Fbcc%3Dspy%40x.example", "mailto:dana@acme.example?to=spy@x.example"]) {
    assert.equal(isSafeUrl(url), false, url);
  }
});
