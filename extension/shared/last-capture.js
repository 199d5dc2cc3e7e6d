/* The last capture's feedback as the extension's pages show it (the popup's "last capture"):
   headline, message and facts, every string as text. The shape is the one
   background/feedback.js documents and stores as chrome.storage.local.lastCapture. */
import { el } from "./dom.js";

export function buildLastCapture(feedback) {
  return el(
    "section",
    { class: `last-capture ${feedback.state}`, "aria-label": "Last capture" },
    el("p", { class: "last-capture-headline" }, feedback.headline),
    feedback.message ? el("p", { class: "last-capture-message" }, feedback.message) : null,
    feedback.facts?.length
      ? el("dl", { class: "last-capture-facts" }, feedback.facts.map((fact) => [el("dt", {}, fact.label), el("dd", {}, fact.value)]))
      : null,
  );
}
