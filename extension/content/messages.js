/* The messages a content script may send to the service worker, one sending function each.
   Declared with the rest in shared/messages.js, which content scripts cannot import (they are
   not modules); tests/extension/js/messages.test.mjs keeps the two equal. */
(function (ns) {
  "use strict";

  ns.MESSAGES = Object.freeze({
    CAPTURE: "capture", FILL_MISSING: "fill-missing", MARK_APPLIED: "mark-applied", LOOKUP_PAGE: "lookup-page",
    OPEN_TRACKED: "open-tracked",
  });

  // Each may throw when the extension was reloaded under the page (its old scripts are cut off).
  ns.sendCapture = (snapshot) => chrome.runtime.sendMessage({ type: ns.MESSAGES.CAPTURE, snapshot });
  ns.sendFillMissing = (applicationId, fields) =>
    chrome.runtime.sendMessage({ type: ns.MESSAGES.FILL_MISSING, applicationId, fields });
  ns.sendApplied = (applicationId) => chrome.runtime.sendMessage({ type: ns.MESSAGES.MARK_APPLIED, applicationId });
  // The worker reads the page's address from the sender, never from the message.
  ns.lookUpThisPage = () => chrome.runtime.sendMessage({ type: ns.MESSAGES.LOOKUP_PAGE });
  ns.openTracked = () => chrome.runtime.sendMessage({ type: ns.MESSAGES.OPEN_TRACKED });
})(globalThis.InterviewFollowUp);
