/* The capture controls for the popup: "Track this page" captures the tab the user is on
   (Chrome grants activeTab when the toolbar button is clicked) and "Import an invite (.ics)"
   sends a calendar file the user picks. Each shows the capture's feedback as text. */
import { el } from "./dom.js";
import { buildLastCapture } from "./last-capture.js";
import { captureIcs, captureTab } from "./messages.js";

const MAX_INVITE_BYTES = 2 * 1024 * 1024;

// onResult(answer) is called after each capture, e.g. to reload the follow-up list.
export function buildCaptureControls({ onResult } = {}) {
  const result = el("div", { class: "capture-result", "aria-live": "polite" });
  const show = (answer) => {
    result.replaceChildren(
      answer.feedback ? buildLastCapture(answer.feedback) : el("p", { class: "status-line error" }, answer.error?.message || "That did not work."),
    );
    onResult?.(answer);
  };

  const trackButton = el("button", { type: "button", class: "primary" }, "Track this page");
  trackButton.addEventListener("click", async () => {
    trackButton.disabled = true;
    show(await captureTab());
    trackButton.disabled = false;
  });

  const fileInput = el("input", { type: "file", id: "invite-file", accept: ".ics,text/calendar", class: "visually-hidden" });
  fileInput.addEventListener("change", async () => {
    const [file] = fileInput.files;
    fileInput.value = "";
    if (!file) return;
    if (file.size > MAX_INVITE_BYTES) {
      show({ ok: false, error: { message: `${file.name} is too large to be an invite (over 2 MB).` } });
      return;
    }
    show(await captureIcs(await file.text(), file.name));
  });

  return el(
    "section",
    { class: "capture-controls", "aria-label": "Track" },
    el("div", { class: "actions" }, trackButton, el("label", { for: "invite-file", class: "button" }, "Import an invite (.ics)"), fileInput),
    result,
  );
}
